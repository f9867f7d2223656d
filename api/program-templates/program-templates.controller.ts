import { BadRequestException, Body, Controller, Get, HttpCode, Param, Post, Put, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, OpenToCsoMembers, Roles } from '../auth/auth.decorators';
import {
  CreateProgramTemplateDto,
  ProgramTemplateDto,
  ProgramTemplateListItemDto,
  PublishResponseDto,
  PutTemplateDraftDto,
  PutTemplateDraftResponseDto,
  TemplateVersionDto,
} from './program-template.dto';
import { ProgramTemplatesService } from './program-templates.service';

function versionNumber(raw: string): number {
  const n = Number(raw);
  if (!/^\d{1,6}$/.test(raw) || n < 1)
    throw new BadRequestException({
      statusCode: 400,
      message: 'Validation failed',
      errors: { version: 'version must be a whole number from 1' },
    });
  return n;
}

/** Program types designed in the console (issue 10): admins write, program managers read. */
@ApiTags('program-templates')
@ApiBearerAuth()
@Controller('program-templates')
export class ProgramTemplatesController {
  constructor(private readonly templates: ProgramTemplatesService) {}

  @Get()
  @Roles('admin', 'program_manager')
  @ApiOkResponse({ type: [ProgramTemplateListItemDto] })
  async list(@Res({ passthrough: true }) res: Response) {
    const rows = await this.templates.list();
    res.setHeader('Content-Range', `program-templates 0-${Math.max(rows.length - 1, 0)}/${rows.length}`);
    return rows;
  }

  @Get(':key')
  @Roles('admin', 'program_manager')
  @ApiOkResponse({ type: ProgramTemplateDto })
  get(@Param('key') key: string) {
    return this.templates.get(key);
  }

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'A new program type with an empty draft' })
  @ApiCreatedResponse({ type: ProgramTemplateDto })
  @ApiConflictResponse({ description: 'the key is taken' })
  create(@Body() dto: CreateProgramTemplateDto, @CurrentUser() user: AuthUser) {
    return this.templates.create(dto, user);
  }

  @Put(':key/draft')
  @Roles('admin')
  @ApiOperation({ summary: "Saves the type's draft, even when the checks fail; answers with the checks' errors" })
  @ApiOkResponse({ type: PutTemplateDraftResponseDto })
  putDraft(@Param('key') key: string, @Body() dto: PutTemplateDraftDto, @CurrentUser() user: AuthUser) {
    return this.templates.putDraft(key, dto.definition, user);
  }

  @Post(':key/publish')
  @Roles('admin')
  @HttpCode(201)
  @ApiOperation({ summary: 'Checks the draft and publishes it as the next version' })
  @ApiCreatedResponse({ type: PublishResponseDto })
  @ApiBadRequestResponse({ description: 'errors: {<path>: message} for each place the checks refuse; nothing is published' })
  async publish(@Param('key') key: string, @CurrentUser() user: AuthUser) {
    const { version, changes } = await this.templates.publish(key, user);
    return { version, changes };
  }

  /** Read by running programs' pages (any role that can see such a program), so open to every signed-in role. */
  @OpenToCsoMembers()
  @Get(':key/versions/:version')
  @ApiOkResponse({ type: TemplateVersionDto })
  version(@Param('key') key: string, @Param('version') version: string) {
    return this.templates.version(key, versionNumber(version));
  }
}
