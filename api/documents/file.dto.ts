import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsUUID } from 'class-validator';
import { OWNER_TYPES, type OwnerType } from './stored-file.entity';

/** The form fields sent with an upload, beside the multipart field `file`. */
export class UploadFileDto {
  @ApiProperty({ enum: OWNER_TYPES })
  @IsIn(OWNER_TYPES, { message: `ownerType must be one of ${OWNER_TYPES.join(', ')}` })
  ownerType: OwnerType;
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'ownerId must be a uuid' }) ownerId: string;
}

export class UploadFileBodyDoc extends UploadFileDto {
  @ApiProperty({ type: 'string', format: 'binary', description: 'PDF, docx/xlsx/pptx, odt/ods/odp, PNG or JPEG, up to FILE_MAX_BYTES' })
  file: unknown;
}

export class FileListQuery {
  @IsIn(OWNER_TYPES, { message: `ownerType must be one of ${OWNER_TYPES.join(', ')}` }) ownerType: OwnerType;
  @IsUUID('all', { message: 'ownerId must be a uuid' }) ownerId: string;
}
