import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { EmailAddress, RequiredText, trim } from '../common/dto-fields';

export class CreateOrganizationDto {
  @ApiProperty({ example: 'Kadın Dayanışma Derneği', minLength: 2, maxLength: 200 })
  @Transform(trim)
  @IsString({ message: 'name must be text' })
  @MinLength(2, { message: 'name must be at least 2 characters' })
  @MaxLength(200, { message: 'name must be at most 200 characters' })
  name: string;

  @ApiProperty({ example: 'Ankara' })
  @RequiredText(100)
  city: string;

  @ApiProperty({ example: 'Women’s rights' })
  @RequiredText(200)
  fieldOfWork: string;

  @ApiProperty({ example: 'Fatma Demir' })
  @RequiredText(200)
  contactPerson: string;

  @EmailAddress('info@kadindayanisma.org')
  email: string;

  @ApiProperty({ example: '+90 312 555 01 02' })
  @Transform(trim)
  @IsString({ message: 'phone must be text' })
  @Matches(/^\+?[0-9][0-9 ()\-.]{5,30}$/, { message: 'phone must be a phone number, e.g. +90 312 555 01 02' })
  phone: string;
}

/**
 * PUT accepts any subset of the writable fields; unknown fields are still rejected, and so is
 * null (every column is required: "absent" is how to keep a value).
 */
export class UpdateOrganizationDto extends PartialType(CreateOrganizationDto, { skipNullProperties: false }) {}

export class OnboardingDto {
  @ApiProperty() workflowId: string;
  @ApiProperty({ enum: ['running', 'completed', 'failed', 'canceled', 'terminated', 'timed_out', 'unknown'] })
  status: string;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true }) onboardedAt: Date | null;
  @ApiProperty({ type: String, nullable: true, description: 'Admins and program managers only (null for others)' }) temporalUiUrl:
    string | null;
}

export class OrganizationDto extends CreateOrganizationDto {
  @ApiProperty() id: string;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
  @ApiPropertyOptional({ type: OnboardingDto, nullable: true }) onboarding: OnboardingDto | null;
}

export class ImportCsvDto {
  @ApiProperty({ description: 'The CSV text, header first', example: 'name,city,fieldOfWork,contactPerson,email,phone' })
  @IsString({ message: 'csv must be text' })
  @IsNotEmpty({ message: 'csv is required' })
  @MaxLength(2_000_000, { message: 'csv is too large (2 MB at most)' })
  csv: string;
}
