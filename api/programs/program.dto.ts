import { IsProgramType } from '../program-types/is-program-type';
import { genderExpertRequired } from '../program-types/built-in-types';
import { PROGRAM_TYPES } from '../../workflows/programs/types';
import type { ContactMode } from '../../workflows/institutional/model';
import { PROGRAM_LANGUAGES, type ProgramLanguage } from './program.entity';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { asWritten } from '../common/dto-fields';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDateString,
  IsIn,
  ValidateIf,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { TEMPLATE_KEY_PATTERN } from '../program-templates/program-template.dto';

/** A built-in type or a designed type's key (whether it exists is checked by the service: 400 `type`). */
const PROGRAM_TYPE_MESSAGE = `type must be one of: ${PROGRAM_TYPES.join(', ')}, or a designed program type's key`;

/** `type`: a built-in type or the key of a designed type that exists. */
export const ProgramTypeField = (example?: string) =>
  asWritten(
    ApiProperty({
      description: `${PROGRAM_TYPES.join(', ')} or a designed program type's key`,
      example,
      pattern: TEMPLATE_KEY_PATTERN.source,
    }),
    IsString({ message: PROGRAM_TYPE_MESSAGE }),
    IsProgramType({ message: PROGRAM_TYPE_MESSAGE }),
  );
/** An optional first day (YYYY-MM-DD); today when left out. */
export const StartDateField = () =>
  asWritten(IsOptional(), IsDateString({ strict: true }, { message: 'startDate must be a date (YYYY-MM-DD)' }));
/** An optional program length: 1 to 5 years. */
export const YearsField = (intMessage?: string) =>
  asWritten(IsOptional(), IsInt(intMessage ? { message: intMessage } : {}), Min(1), Max(5));
/** `genderExpertId`: required when the program's type has a gender expert (genderExpertRequired), else optional. */
export const GenderExpertField = (description: string, message: string) =>
  asWritten(
    ApiPropertyOptional({ format: 'uuid', description }),
    ValidateIf((o: { type: string; genderExpertId?: string }) => genderExpertRequired(o.type) || o.genderExpertId !== undefined),
    IsUUID('all', { message }),
  );
/** The language of the program's documents. */
export const LanguageField = () => IsIn(PROGRAM_LANGUAGES, { message: 'language must be en or tr' });

export class CreateProgramDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'organizationId must be an organization id' })
  organizationId: string;

  @ProgramTypeField('institutional')
  type: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'mentorId must be a user id' })
  mentorId: string;

  @GenderExpertField(
    'required for institutional programs and designed types with a gender expert',
    'genderExpertId must be a user id (required for institutional programs)',
  )
  genderExpertId?: string;

  /** Advocacy: start even when the mentor is at the configured limit of CSOs. */
  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean({ message: 'override must be true or false' })
  override?: boolean;

  @ApiPropertyOptional({ example: '2027-01-15' })
  @StartDateField()
  startDate?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 5, default: 2 })
  @YearsField('years must be a whole number')
  years?: number;

  @ApiPropertyOptional({ enum: PROGRAM_LANGUAGES, default: 'tr', description: "the language of the program's documents" })
  @IsOptional()
  @LanguageField()
  language?: ProgramLanguage;
}

export class ProgramLanguageDto {
  @ApiProperty({ enum: PROGRAM_LANGUAGES, description: "the language of the program's documents (the self-assessment report)" })
  @LanguageField()
  language: ProgramLanguage;
}

export class PauseDto {
  @IsOptional() @IsString() @MaxLength(2000) reason?: string;
}
export class EmptyDto {}
/** Designed types: the manager ends the current stage (its `manager_close` rule). */
export class CloseStageDto {
  @IsString({ message: 'stageId must be the id of the current stage' })
  @MinLength(1, { message: 'stageId must be the id of the current stage' })
  @MaxLength(64, { message: 'stageId must be at most 64 characters' })
  stageId: string;
}
export class WithdrawDto {
  @IsString({ message: 'reason is required' })
  @MinLength(3, { message: 'reason must be at least 3 characters' })
  @MaxLength(2000)
  reason: string;
}
export class ReassignDto {
  @IsOptional() @IsUUID('all', { message: 'mentorId must be a user id' }) mentorId?: string;
  /** Advocacy: reassign even when the new mentor is at the limit. */
  @IsOptional() @IsBoolean({ message: 'override must be true or false' }) override?: boolean;
  @IsOptional() @IsUUID('all', { message: 'genderExpertId must be a user id' }) genderExpertId?: string;
}

export class VisitDto {
  // Types and sizes only here: the workflow's validator checks every rule and reports all bad
  // fields at once. The maxima match workflows/institutional/validation.ts (validateVisit).
  @IsString() @MaxLength(10, { message: 'date must be a date (YYYY-MM-DD)' }) date: string;
  @IsString() @MaxLength(40) mode: ContactMode;
  @IsInt({ message: 'durationMinutes must be a whole number' }) durationMinutes: number;
  @IsString() @MaxLength(20000, { message: 'notes must be at most 20000 characters' }) notes: string;
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100, { message: 'planItemIds can hold at most 100 entries' })
  @IsUUID('all', { each: true, message: 'planItemIds must be improvement ids' })
  planItemIds?: string[];
  /** The mentor's private note (issue 12): stored in PostgreSQL only, never in workflow history, never shown to the CSO. */
  @IsOptional()
  @IsString({ message: 'internalNotes must be a text' })
  @MaxLength(20000, { message: 'internalNotes must be at most 20000 characters' })
  internalNotes?: string;
}
