import { PROGRAM_TYPES, type ProgramType } from '../../workflows/programs/types';
import type { ContactMode } from '../../workflows/institutional/model';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsDateString, IsIn, ValidateIf, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';

export class CreateProgramDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'organizationId must be an organization id' })
  organizationId: string;

  @ApiProperty({ enum: PROGRAM_TYPES })
  @IsIn(PROGRAM_TYPES, { message: `type must be one of: ${PROGRAM_TYPES.join(', ')}` })
  type: ProgramType;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'mentorId must be a user id' })
  mentorId: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'required for institutional programs' })
  @ValidateIf((o: CreateProgramDto) => o.type === 'institutional' || o.genderExpertId !== undefined)
  @IsUUID('all', { message: 'genderExpertId must be a user id (required for institutional programs)' })
  genderExpertId?: string;

  /** Advocacy: start even when the mentor is at the configured limit of CSOs. */
  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean({ message: 'override must be true or false' })
  override?: boolean;

  @ApiPropertyOptional({ example: '2027-01-15' })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'startDate must be a date (YYYY-MM-DD)' })
  startDate?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 5, default: 2 })
  @IsOptional()
  @IsInt({ message: 'years must be a whole number' })
  @Min(1)
  @Max(5)
  years?: number;
}

export class PauseDto {
  @IsOptional() @IsString() @MaxLength(2000) reason?: string;
}
export class EmptyDto {}
export class WithdrawDto {
  @IsString({ message: 'reason is required' }) @MinLength(3, { message: 'reason must be at least 3 characters' }) @MaxLength(2000) reason: string;
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
  @IsOptional() @IsArray() @ArrayMaxSize(100, { message: 'planItemIds can hold at most 100 entries' }) @IsUUID('all', { each: true, message: 'planItemIds must be improvement ids' }) planItemIds?: string[];
}
