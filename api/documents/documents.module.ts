import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { TypeOrmModule } from '@nestjs/typeorm';
import { memoryStorage } from 'multer';
import { AuditModule } from '../audit/audit.module';
import { AppConfigService } from '../config/app-config.service';
import { ProgramsCoreModule } from '../programs/programs-core.module';
import { FILE_STORAGE } from './file-storage';
import { FilesController } from './files.controller';
import { FilesService } from './files.service';
import { PostgresFileStorage } from './postgres-file-storage';
import { NeedsReportController } from './needs-report.controller';
import { ProgramDocumentsController } from './program-documents.controller';
import { StoredFile } from './stored-file.entity';

/**
 * Files (issue 14): uploads kept by a FileStorage (PostgreSQL), with the program's access rules
 * and an audit row for every upload, download and deletion.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([StoredFile]),
    AuditModule,
    ProgramsCoreModule,
    // The size limit comes from FILE_MAX_BYTES; one file per request, names in UTF-8 (Turkish names).
    MulterModule.registerAsync({
      inject: [AppConfigService],
      useFactory: (config: AppConfigService) => ({
        storage: memoryStorage(),
        defParamCharset: 'utf8',
        limits: { fileSize: config.get('FILE_MAX_BYTES'), files: 1, fields: 10, fieldSize: 4096 },
      }),
    }),
  ],
  controllers: [FilesController, ProgramDocumentsController, NeedsReportController],
  providers: [FilesService, { provide: FILE_STORAGE, useClass: PostgresFileStorage }],
  exports: [FilesService],
})
export class DocumentsModule {}
