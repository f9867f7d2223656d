import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { IsObject } from 'class-validator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { ProgramConfigService } from './program-config.service';

class UpdateDurationsDto {
  /** Milliseconds per key: yearLength, selfAssessmentDue, genderReportDue, ... */
  @IsObject()
  durations: Record<string, number>;
}

@ApiTags('config')
@ApiBearerAuth()
@Controller('config/institutional')
export class ProgramConfigController {
  constructor(private readonly configs: ProgramConfigService) {}

  @Get()
  current() {
    return this.configs.current();
  }

  @Put('durations')
  @Roles('admin')
  update(@Body() dto: UpdateDurationsDto, @CurrentUser() user: AuthUser) {
    return this.configs.updateDurations(dto.durations, user);
  }
}
