import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsString, MaxLength, MinLength, ValidateIf, ArrayMaxSize, IsArray, IsOptional, Matches } from 'class-validator';
import { PROGRAM_TYPES } from '../../workflows/programs/types';
import { asWritten, EmailAddress, NewPassword, trim } from '../common/dto-fields';
import { TEMPLATE_KEY_PATTERN } from '../program-templates/program-template.dto';
import { ROLES, STAFF_ROLES, type Role } from './role';

/** OWASP ASVS L2 (2.1.1): at least 12 characters. */
export const PASSWORD_MIN_LENGTH = 12;

const FullName = () => asWritten(Transform(trim), IsString(), MinLength(2), MaxLength(200));

/** The program types a person mentors: built-in types or designed types' keys (checked against them by the service). */
const ProgramTypes = () =>
  asWritten(
    ApiPropertyOptional({
      type: [String],
      description: `Program types this person mentors: ${PROGRAM_TYPES.join(', ')} or designed types' keys`,
    }),
    IsOptional(),
    IsArray({ message: 'programTypes must be a list' }),
    ArrayMaxSize(50),
    Matches(TEMPLATE_KEY_PATTERN, {
      each: true,
      message: `programTypes must be some of: ${PROGRAM_TYPES.join(', ')}, or designed types' keys`,
    }),
  );

export class CreateUserDto {
  @EmailAddress('mentor6@mentorflow.local')
  email: string;

  @ApiProperty({ example: 'Ayşe Yılmaz' })
  @FullName()
  fullName: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(STAFF_ROLES, { message: `role must be one of: ${STAFF_ROLES.join(', ')} (CSO members join by invitation)` })
  role: Role;

  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH, maxLength: 200 })
  @NewPassword(PASSWORD_MIN_LENGTH)
  password: string;

  @ProgramTypes()
  programTypes?: string[];
}

/** Optional, but not nullable: null is checked (and refused) like any other wrong value. */
const IsAbsent = () => ValidateIf((_o: object, v: unknown) => v !== undefined);

export class UpdateUserDto {
  @ApiPropertyOptional()
  @IsAbsent()
  @FullName()
  fullName?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsAbsent()
  @IsIn(STAFF_ROLES, { message: `role must be one of: ${STAFF_ROLES.join(', ')} (CSO members join by invitation)` })
  role?: Role;

  @ApiPropertyOptional()
  @IsAbsent()
  @IsBoolean()
  isActive?: boolean;

  @ApiPropertyOptional({ minLength: PASSWORD_MIN_LENGTH, maxLength: 200 })
  @IsAbsent()
  @NewPassword(PASSWORD_MIN_LENGTH)
  password?: string;

  @ProgramTypes()
  programTypes?: string[];
}

export class UserDto {
  @ApiProperty() id: string;
  @ApiProperty() email: string;
  @ApiProperty() fullName: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty() isActive: boolean;
  @ApiProperty({ type: [String] }) programTypes: string[];
  @ApiProperty() createdAt: Date;
}
