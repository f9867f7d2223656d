import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEmail, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { PROGRAM_TYPES } from '../../workflows/programs/types';
import { ROLES, type Role } from './role';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateUserDto {
  @ApiProperty({ example: 'mentor6@mentorflow.local' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email: string;

  @ApiProperty({ example: 'Ayşe Yılmaz' })
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  fullName: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES, { message: `role must be one of: ${ROLES.join(', ')}` })
  role: Role;

  @ApiProperty({ minLength: 8 })
  @IsString()
  @MinLength(8, { message: 'password must be at least 8 characters' })
  @MaxLength(200)
  password: string;

  @ApiPropertyOptional({ type: [String], enum: PROGRAM_TYPES, description: 'Program types this person mentors' })
  @IsOptional()
  @IsArray({ message: 'programTypes must be a list' })
  @ArrayMaxSize(PROGRAM_TYPES.length)
  @IsIn(PROGRAM_TYPES, { each: true, message: `programTypes must be some of: ${PROGRAM_TYPES.join(', ')}` })
  programTypes?: string[];
}

export class UpdateUserDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  fullName?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES, { message: `role must be one of: ${ROLES.join(', ')}` })
  role?: Role;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  isActive?: boolean;

  @ApiPropertyOptional({ minLength: 8 })
  @IsOptional()
  @IsString()
  @MinLength(8, { message: 'password must be at least 8 characters' })
  @MaxLength(200)
  password?: string;

  @ApiPropertyOptional({ type: [String], enum: PROGRAM_TYPES, description: 'Program types this person mentors' })
  @IsOptional()
  @IsArray({ message: 'programTypes must be a list' })
  @ArrayMaxSize(PROGRAM_TYPES.length)
  @IsIn(PROGRAM_TYPES, { each: true, message: `programTypes must be some of: ${PROGRAM_TYPES.join(', ')}` })
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
