import type { ContactMode } from '../../workflows/institutional/model';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';

export class CreateProgramDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'organizationId must be an organization id' })
  organizationId: string;

  @ApiProperty({ enum: ['institutional'] })
  @IsIn(['institutional'], { message: 'type must be institutional (advocacy comes with its own issue)' })
  type: 'institutional';

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'mentorId must be a user id' })
  mentorId: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'genderExpertId must be a user id' })
  genderExpertId: string;

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
  @IsOptional() @IsUUID('all', { message: 'genderExpertId must be a user id' }) genderExpertId?: string;
}

export class VisitDto {
  // Types only here: the workflow's validator checks every rule and reports all bad fields at once.
  @IsString() date: string;
  @IsString() mode: ContactMode;
  @IsInt({ message: 'durationMinutes must be a whole number' }) durationMinutes: number;
  @IsString() notes: string;
  @IsOptional() @IsUUID('all', { each: true, message: 'planItemIds must be improvement ids' }) planItemIds?: string[];
}
