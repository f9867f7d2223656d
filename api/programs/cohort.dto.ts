import { genderExpertRequired } from '../program-types/built-in-types';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { PROGRAM_LANGUAGES, type ProgramLanguage } from './program.entity';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { LanguageField, ProgramTypeField, StartDateField } from './program.dto';

export class CohortPlanDto {
  @ProgramTypeField()
  type: string;
  @ApiProperty()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true, message: 'organizationIds must be organization ids' })
  organizationIds: string[];
  /** The mentors to balance over; all active mentors when left out. */
  @ApiPropertyOptional()
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true, message: 'mentorIds must be user ids' })
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
  @ApiPropertyOptional({ format: 'uuid', description: 'required for institutional cohorts' })
  @ValidateIf((o: CohortStartDto) => genderExpertRequired(o.type) || o.genderExpertId !== undefined)
  @IsUUID('all', { message: "genderExpertId must be a gender expert's user id (required for institutional cohorts)" })
  genderExpertId?: string;
  @ApiPropertyOptional()
  @StartDateField()
  startDate?: string;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1) @Max(5) years?: number;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() override?: boolean;
  @ApiPropertyOptional({ enum: PROGRAM_LANGUAGES, default: 'tr' })
  @IsOptional()
  @LanguageField()
  language?: ProgramLanguage;
}

export class BulkSignalDto {
  @ApiProperty()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true, message: 'ids must be program ids' })
  ids: string[];
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) reason?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID('all', { message: 'mentorId must be a user id' }) mentorId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID('all', { message: 'genderExpertId must be a user id' }) genderExpertId?: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() override?: boolean;
  /** close-stage: the stage to end (each program's current one). */
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(64) stageId?: string;
}
