import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { ProgramTemplatesModule } from '../program-templates/program-templates.module';
import { DemoUsersSeeder } from './demo-users.seeder';
import { User } from './user.entity';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({
  imports: [TypeOrmModule.forFeature([User]), AuditModule, ProgramTemplatesModule],
  controllers: [UsersController],
  providers: [UsersService, DemoUsersSeeder],
  exports: [UsersService],
})
export class UsersModule {}
