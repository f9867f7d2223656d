import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiPayloadTooLargeResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, OpenToCsoMembers } from '../auth/auth.decorators';
import { DraftDto, PutDraftDto } from './draft.dto';
import { DraftsService } from './drafts.service';

/**
 * Drafts: unsaved form values kept per person while they type (not in the workflow: nothing is
 * decided until the form is submitted). Not audited: a draft changes nothing.
 */
@ApiTags('drafts')
@ApiBearerAuth()
@Controller()
export class DraftsController {
  constructor(private readonly drafts: DraftsService) {}

  @OpenToCsoMembers()
  @Get('tasks/:id/draft')
  @ApiOperation({ summary: "The assignee's draft of a task form ({data: null} when there is none); 403 for anyone else" })
  @ApiOkResponse({ type: DraftDto })
  getTaskDraft(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() user: AuthUser) {
    return this.drafts.getForTask(id, user);
  }

  @OpenToCsoMembers()
  @Put('tasks/:id/draft')
  @ApiOperation({ summary: "Saves the assignee's draft of an open task; 409 once the task is completed" })
  @ApiOkResponse({ type: DraftDto })
  @ApiPayloadTooLargeResponse({ description: 'the draft is over 256 KB' })
  putTaskDraft(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: PutDraftDto, @CurrentUser() user: AuthUser) {
    return this.drafts.putForTask(id, dto.data, user);
  }

  @OpenToCsoMembers()
  @Delete('tasks/:id/draft')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'the draft is discarded (or there was none)' })
  async deleteTaskDraft(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() user: AuthUser) {
    await this.drafts.deleteForTask(id, user);
  }

  @OpenToCsoMembers()
  @Get('drafts/:key')
  @ApiOperation({ summary: 'Your draft of a record dialog, e.g. key visit:<programId> ({data: null} when none)' })
  @ApiParam({ name: 'key', example: 'visit:5f0c…' })
  @ApiOkResponse({ type: DraftDto })
  getDraft(@Param('key') key: string, @CurrentUser() user: AuthUser) {
    return this.drafts.get(key, user);
  }

  @OpenToCsoMembers()
  @Put('drafts/:key')
  @ApiOkResponse({ type: DraftDto })
  @ApiPayloadTooLargeResponse({ description: 'the draft is over 256 KB' })
  putDraft(@Param('key') key: string, @Body() dto: PutDraftDto, @CurrentUser() user: AuthUser) {
    return this.drafts.put(key, dto.data, user);
  }

  @OpenToCsoMembers()
  @Delete('drafts/:key')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'the draft is discarded (or there was none)' })
  async deleteDraft(@Param('key') key: string, @CurrentUser() user: AuthUser) {
    await this.drafts.remove(key, user);
  }
}
