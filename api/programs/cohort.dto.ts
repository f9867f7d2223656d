import { IsProgramType } from '../program-types/is-program-type';
import { genderExpertRequired } from '../program-types/built-in-types';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { PROGRAM_LANGUAGES, type ProgramLanguage } from './program.entity';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDateString,
  IsIn,
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
import { PROGRAM_TYPES } from '../../workflows/programs/types';
import { PROGRAM_TYPE_KEY, PROGRAM_TYPE_MESSAGE } from './program.dto';

export class CohortPlanDto {
  @ApiProperty({ description: `${PROGRAM_TYPES.join(', ')} or a designed program type's key`, pattern: PROGRAM_TYPE_KEY.source })
  @IsString({ message: PROGRAM_TYPE_MESSAGE })
  @IsProgramType({ message: PROGRAM_TYPE_MESSAGE })
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
  @ApiProperty({ description: `${PROGRAM_TYPES.join(', ')} or a designed program type's key`, pattern: PROGRAM_TYPE_KEY.source })
  @IsString({ message: PROGRAM_TYPE_MESSAGE })
  @IsProgramType({ message: PROGRAM_TYPE_MESSAGE })
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
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'startDate must be a date (YYYY-MM-DD)' })
  startDate?: string;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1) @Max(5) years?: number;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() override?: boolean;
  @ApiPropertyOptional({ enum: PROGRAM_LANGUAGES, default: 'tr' })
  @IsOptional()
  @IsIn(PROGRAM_LANGUAGES, { message: 'language must be en or tr' })
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
