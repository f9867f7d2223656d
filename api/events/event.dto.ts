import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsDateString, IsIn, IsString, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { IdList } from '../common/dto-fields';

export class CreateEventDto {
  @ApiProperty({ enum: ['meeting', 'workshop'] })
  @IsIn(['meeting', 'workshop'], { message: 'kind must be meeting or workshop' })
  kind: 'meeting' | 'workshop';

  @ApiProperty({ example: '2027-04-12' })
  @IsDateString({ strict: true }, { message: 'date must be a date (YYYY-MM-DD)' })
  date: string;

  @ApiProperty()
  @IsString()
  @MinLength(3, { message: 'topic must be at least 3 characters' })
  @MaxLength(300)
  topic: string;

  @ApiPropertyOptional()
  // Optional but not nullable (the column is required): null is refused like any other non-text.
  @ValidateIf((_o: object, v: unknown) => v !== undefined)
  @IsString()
  @MaxLength(20000)
  notes?: string;

  @ApiProperty({ description: 'attending organizations (at least two: it is CSO-CSO learning)' })
  @IdList({
    min: 2,
    minMessage: 'organizationIds needs at least two organizations',
    max: 200,
    message: 'organizationIds must be organization ids',
  })
  organizationIds: string[];
}

/** Any subset of the fields; null is refused like any other wrong type (the columns are required). */
export class UpdateEventDto extends PartialType(CreateEventDto, { skipNullProperties: false }) {}
