import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { PASSWORD_MIN_LENGTH } from '../users/user.dto';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateInvitationDto {
  @ApiProperty({ example: 'ayse@example.org' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email: string;

  @ApiProperty({ example: 'Ayşe Yılmaz' })
  @Transform(trim)
  @IsString({ message: 'fullName must be a text' })
  @MinLength(2, { message: 'fullName must be at least 2 characters' })
  @MaxLength(200)
  fullName: string;

  @ApiPropertyOptional({ enum: ['en', 'tr'] })
  @IsOptional()
  @IsIn(['en', 'tr'], { message: 'language must be en or tr' })
  language?: 'en' | 'tr';
}

export class AcceptInvitationDto {
  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH, maxLength: 200 })
  @IsString({ message: 'password must be a text' })
  @MinLength(PASSWORD_MIN_LENGTH, { message: `password must be at least ${PASSWORD_MIN_LENGTH} characters` })
  @MaxLength(200)
  password: string;
}
