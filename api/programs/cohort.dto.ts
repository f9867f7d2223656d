import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { PROGRAM_LANGUAGES, type ProgramLanguage } from './program.entity';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { GenderExpertField, LanguageField, ProgramTypeField, StartDateField, YearsField } from './program.dto';
import { IdList } from '../common/dto-fields';

export class CohortPlanDto {
  @ProgramTypeField()
  type: string;
  @ApiProperty()
  @IdList({ min: 1, max: 500, message: 'organizationIds must be organization ids' })
  organizationIds: string[];
  /** The mentors to balance over; all active mentors when left out. */
  @ApiPropertyOptional()
  @IsOptional()
  @IdList({ max: 200, message: 'mentorIds must be user ids' })
  mentorIds?: string[];
}

export class CohortItemDto {
  @IsUUID('all', { message: 'organizationId must be an organization id' }) organizationId: string;
  @IsUUID('all', { message: 'mentorId must be a user id' }) mentorId: string;
}

export class CohortStartDto {
  @ProgramTypeField()
  type: string;
  @ApiProperty({ type: [CohortItemDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => CohortItemDto)
  items: CohortItemDto[];
  /** Required for institutional cohorts: every institutional program has a gender expert. */
  @GenderExpertField(
    'required for institutional cohorts',
    "genderExpertId must be a gender expert's user id (required for institutional cohorts)",
  )
  genderExpertId?: string;
  @ApiPropertyOptional()
  @StartDateField()
  startDate?: string;
  @ApiPropertyOptional() @YearsField() years?: number;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() override?: boolean;
  @ApiPropertyOptional({ enum: PROGRAM_LANGUAGES, default: 'tr' })
  @IsOptional()
  @LanguageField()
  language?: ProgramLanguage;
}

export class BulkSignalDto {
  @ApiProperty()
  @IdList({ min: 1, max: 200, message: 'ids must be program ids' })
  ids: string[];
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) reason?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID('all', { message: 'mentorId must be a user id' }) mentorId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID('all', { message: 'genderExpertId must be a user id' }) genderExpertId?: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() override?: boolean;
  /** close-stage: the stage to end (each program's current one). */
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(64) stageId?: string;
}
