import { Body, Controller, Get, NotFoundException, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsObject, IsOptional } from 'class-validator';
import { PROGRAM_TYPES, type ProgramType } from '../../workflows/programs/types';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, OpenToCsoMembers, Roles } from '../auth/auth.decorators';
import { definedOnly } from '../common/defined-only';
import { ProgramConfigService } from './program-config.service';

class UpdateDurationsDto {
  /** Milliseconds per key (institutional: yearLength, selfAssessmentDue, ...; advocacy: checkinCadence, ...). */
  @IsObject()
  durations: Record<string, number>;
}

/** Any subset; each part is checked in depth by the service (400 naming the field). */
class UpdateConfigDto {
  @IsOptional() @IsObject() durations?: Record<string, number>;
  /** Advocacy: how many advocacy CSOs one mentor may follow. */
  @IsOptional() mentorLimit?: number;
  /** Institutional: names, standards and descriptors of the 10 elements (en, tr). */
  @IsOptional() @IsArray() @ArrayMaxSize(50) elements?: unknown[];
  @IsOptional() @IsArray() @ArrayMaxSize(50) principles?: unknown[];
  @IsOptional() @IsObject() gradeScale?: Record<string, unknown>;
  @IsOptional() @IsArray() @ArrayMaxSize(100) studyTypes?: string[];
}

function programType(type: string): ProgramType {
  if (!(PROGRAM_TYPES as readonly string[]).includes(type)) throw new NotFoundException(`Unknown program type ${type}`);
  return type as ProgramType;
}

@ApiTags('config')
@ApiBearerAuth()
@Controller('config')
export class ProgramConfigController {
  constructor(private readonly configs: ProgramConfigService) {}

  @OpenToCsoMembers()
  @Get(':type')
  current(@Param('type') type: string) {
    return this.configs.current(programType(type));
  }

  @Get(':type/versions')
  @Roles('admin', 'program_manager')
  versions(@Param('type') type: string) {
    return this.configs.versions(programType(type));
  }

  @Put(':type')
  @Roles('admin')
  update(@Param('type') type: string, @Body() dto: UpdateConfigDto, @CurrentUser() user: AuthUser) {
    return this.configs.update(programType(type), definedOnly(dto), user);
  }

  @Put(':type/durations')
  @Roles('admin')
  updateDurations(@Param('type') type: string, @Body() dto: UpdateDurationsDto, @CurrentUser() user: AuthUser) {
    return this.configs.update(programType(type), { durations: dto.durations }, user);
  }
}
