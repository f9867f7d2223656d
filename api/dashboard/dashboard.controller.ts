import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, OpenToCsoMembers } from '../auth/auth.decorators';
import { DashboardService } from './dashboard.service';

/** One call per dashboard, shaped by role. */
@ApiTags('dashboard')
@ApiBearerAuth()
@Controller('dashboard')
export class DashboardController {
  constructor(private readonly dashboards: DashboardService) {}

  @OpenToCsoMembers()
  @Get()
  get(@CurrentUser() user: AuthUser) {
    return this.dashboards.forUser(user);
  }
}
