import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Res,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import { OWNER_TYPES } from './stored-file.entity';
import type { Response } from 'express';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/auth.decorators';
import { FileListQuery, UploadFileBodyDoc, UploadFileDto } from './file.dto';
import { FilesService, type UploadedPart } from './files.service';
import { UploadErrorsInterceptor } from './upload-errors.interceptor';

/** Sends a stored file with its name, its detected type and no sniffing by the browser. */
export function sendFile(
  res: Response,
  file: { name: string; contentType: string; size: number },
  stream: NodeJS.ReadableStream,
  inline = false,
) {
  res.attachment(file.name);
  if (inline) res.setHeader('Content-Disposition', String(res.getHeader('Content-Disposition')).replace(/^attachment/, 'inline'));
  res.setHeader('Content-Type', file.contentType);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Cache-Control', 'private, no-store');
  return new StreamableFile(stream as import('node:stream').Readable, { length: file.size });
}

@ApiTags('files')
@ApiBearerAuth()
@Controller('files')
export class FilesController {
  constructor(private readonly files: FilesService) {}

  @Post()
  @ApiOperation({
    summary:
      'Uploads a file for a program, plan item (evidence), visit (attendance sheet) or library resource; its type is checked by its bytes',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: UploadFileBodyDoc })
  @ApiNotFoundResponse({ description: 'no such program, plan item, visit or resource' })
  @UseInterceptors(UploadErrorsInterceptor, FileInterceptor('file'))
  upload(@UploadedFile() file: UploadedPart | undefined, @Body() dto: UploadFileDto, @CurrentUser() user: AuthUser) {
    return this.files.upload(file, dto.ownerType, dto.ownerId, user);
  }

  @Get()
  @ApiOperation({ summary: "The files of one owner (the owner's program rules apply)" })
  @ApiQuery({ name: 'ownerType', enum: OWNER_TYPES })
  @ApiQuery({ name: 'ownerId', schema: { type: 'string', format: 'uuid' } })
  @ApiNotFoundResponse({ description: 'no such owner' })
  list(@Query() q: FileListQuery, @CurrentUser() user: AuthUser) {
    return this.files.list(q.ownerType, q.ownerId, user);
  }

  @Get(':id/content')
  @ApiOperation({ summary: 'Downloads a file (Content-Disposition names it); audited' })
  @ApiQuery({ name: 'inline', required: false, enum: ['true', 'false'] })
  @ApiProduces(
    'application/pdf',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    'application/vnd.oasis.opendocument.text',
    'application/vnd.oasis.opendocument.spreadsheet',
    'application/vnd.oasis.opendocument.presentation',
    'image/png',
    'image/jpeg',
  )
  @ApiOkResponse({ description: 'the file', schema: { type: 'string', format: 'binary' } })
  async download(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query('inline') inline: string | undefined,
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) res: Response,
  ) {
    const { file, stream } = await this.files.open(id, user);
    return sendFile(res, file, stream, inline === 'true');
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Deletes a file (its uploader, an admin or a program manager); audited' })
  async remove(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() user: AuthUser) {
    await this.files.remove(id, user);
  }
}
