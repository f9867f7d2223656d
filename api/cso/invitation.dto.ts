import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { EmailAddress, NewPassword, trim } from '../common/dto-fields';
import { PASSWORD_MIN_LENGTH } from '../users/user.dto';

export class CreateInvitationDto {
  @EmailAddress('ayse@example.org')
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
  @NewPassword(PASSWORD_MIN_LENGTH, 'password must be a text')
  password: string;
}
