import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessDeniedAudit } from './access-denied.audit';
import { AuditEntry } from './audit-entry.entity';
import { AuditTrail } from './audit-trail';
import { AuditController } from './audit.controller';
import { AuditService } from './audit.service';

@Module({
  imports: [TypeOrmModule.forFeature([AuditEntry])],
  controllers: [AuditController],
  providers: [AuditService, AuditTrail, AccessDeniedAudit],
  exports: [AuditService, AuditTrail, AccessDeniedAudit],
})
export class AuditModule {}
