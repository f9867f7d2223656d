import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUrl, IsUUID, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { ELEMENTS } from '../../workflows/institutional/model';

export class ResourceDto {
  @ApiProperty({ enum: ['file', 'link'] }) @IsIn(['file', 'link'], { message: 'kind must be file or link' }) kind: 'file' | 'link';
  /** A link resource's address (http or https). */
  @ApiPropertyOptional()
  @ValidateIf((o: ResourceDto) => o.kind === 'link')
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'url must be an http(s) address' })
  @MaxLength(2000)
  url?: string | null;
  @ApiProperty() @IsString() @MinLength(1, { message: 'titleEn is required' }) @MaxLength(200) titleEn: string;
  @ApiProperty() @IsString() @MinLength(1, { message: 'titleTr is required' }) @MaxLength(200) titleTr: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(4000) descriptionEn?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(4000) descriptionTr?: string;
  @ApiProperty({ enum: ELEMENTS, isArray: true })
  @IsArray()
  @ArrayMaxSize(ELEMENTS.length)
  @IsIn(ELEMENTS, { each: true, message: 'elements must be management element slugs' })
  elements: string[];
  /** Study types are configuration (admins add their own): slug-like text. */
  @ApiProperty({ isArray: true, type: String })
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  studyTypes: string[];
}

export class ShareResourceDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'resourceId must be a uuid' }) resourceId: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) note?: string;
}
