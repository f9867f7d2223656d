import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsObject, IsString, Matches, MaxLength, MinLength, NotContains, ValidateNested } from 'class-validator';

/** A designed type's key: programs.type, the workflow ids and the console's URLs use it. */
export const TEMPLATE_KEY_PATTERN = /^[a-z][a-z0-9-]{2,39}$/;
export const BUILT_IN_KEYS = ['institutional', 'advocacy'] as const;

export class TextDto {
  @ApiProperty({ example: 'Gender Mainstreaming Initiative' })
  @IsString({ message: 'en must be text' })
  @MinLength(1, { message: 'en is required' })
  @MaxLength(200, { message: 'en must be at most 200 characters' })
  en: string;

  @ApiProperty({ example: 'Toplumsal Cinsiyet Ana Akımlaştırma Girişimi' })
  @IsString({ message: 'tr must be text' })
  @MinLength(1, { message: 'tr is required' })
  @MaxLength(200, { message: 'tr must be at most 200 characters' })
  tr: string;
}

export class CreateProgramTemplateDto {
  @ApiProperty({ example: 'gender-mainstreaming', pattern: TEMPLATE_KEY_PATTERN.source })
  @IsString({ message: 'key must be text' })
  @Matches(TEMPLATE_KEY_PATTERN, { message: 'key must be 3 to 40 characters: a lowercase letter, then lowercase letters, digits or -' })
  @NotContains('--', { message: 'key must not contain --' })
  key: string;

  @ApiProperty({ type: TextDto })
  @IsObject({ message: 'name must be {en, tr}' })
  @ValidateNested()
  @Type(() => TextDto)
  name: TextDto;
}

export class PutTemplateDraftDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'a TemplateDefinition (workflows/templates/language.ts); saved even when incomplete',
  })
  @IsObject({ message: 'definition must be a template definition object' })
  definition: Record<string, unknown>;
}

export class TemplateErrorDto {
  @ApiProperty({ example: 'stages[1].tasks[0].role' }) path: string;
  @ApiProperty() message: string;
}

export class TemplateDraftDto {
  @ApiProperty({ type: 'object', additionalProperties: true }) definition: Record<string, unknown>;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt: string;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true }) updatedBy: string | null;
}

export class PutTemplateDraftResponseDto {
  @ApiProperty({ type: TemplateDraftDto }) draft: TemplateDraftDto;
  @ApiProperty({ type: [TemplateErrorDto], description: "the checks' refusals (publishing would refuse these)" })
  errors: TemplateErrorDto[];
}

export class TemplateVersionSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() version: number;
  @ApiProperty({ type: String, format: 'date-time' }) publishedAt: string;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true }) publishedBy: string | null;
  @ApiProperty({ type: [String] }) changes: string[];
}

export class ProgramTemplateListItemDto {
  @ApiProperty() id: string;
  @ApiProperty() key: string;
  @ApiProperty({ type: TextDto }) name: TextDto;
  @ApiPropertyOptional({ type: Number, nullable: true }) latestVersion: number | null;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true }) publishedAt: string | null;
  @ApiProperty() hasDraft: boolean;
  @ApiProperty() programCount: number;
}

export class ProgramTemplateDto {
  @ApiProperty() id: string;
  @ApiProperty() key: string;
  @ApiProperty({ type: TextDto }) name: TextDto;
  @ApiPropertyOptional({ type: TemplateDraftDto, nullable: true }) draft: TemplateDraftDto | null;
  @ApiProperty({ type: [TemplateVersionSummaryDto] }) versions: TemplateVersionSummaryDto[];
}

export class PublishResponseDto {
  @ApiProperty() version: number;
  @ApiProperty({ type: [String] }) changes: string[];
}

export class TemplateVersionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() key: string;
  @ApiProperty() version: number;
  @ApiProperty({ type: 'object', additionalProperties: true }) definition: Record<string, unknown>;
  @ApiProperty({ type: 'object', additionalProperties: true }) compiled: Record<string, unknown>;
  @ApiProperty({ type: [String] }) changes: string[];
  @ApiProperty({ type: String, format: 'date-time' }) publishedAt: string;
}

export const isBuiltInKey = (key: string) => (BUILT_IN_KEYS as readonly string[]).includes(key);
