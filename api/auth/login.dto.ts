import { ApiProperty } from '@nestjs/swagger';
import { ROLES } from '../users/role';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { EmailAddress } from '../common/dto-fields';

export class LoginDto {
  // People type their address with capitals or a trailing space; that is not a wrong login.
  @EmailAddress('pm@mentorflow.local')
  email: string;

  @ApiProperty({ example: 'mentorflow-demo' })
  @IsString()
  @MinLength(1, { message: 'password is required' })
  @MaxLength(200)
  password: string;
}

export class AuthUserDto {
  @ApiProperty() id: string;
  @ApiProperty() email: string;
  @ApiProperty() fullName: string;
  @ApiProperty({ enum: ROLES }) role: string;
  @ApiProperty({ type: String, nullable: true, description: "a cso_member's organisation" }) organizationId: string | null;
  @ApiProperty({ type: String, nullable: true }) organizationName: string | null;
}

export class LoginResponseDto {
  @ApiProperty() accessToken: string;
  @ApiProperty() expiresIn: number;
  @ApiProperty({ type: AuthUserDto }) user: AuthUserDto;
}
