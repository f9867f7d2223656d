import { BadRequestException, ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { DataSource, Repository } from 'typeorm';
import { AuditTrail } from '../audit/audit-trail';
import type { AuthUser } from '../auth/auth-user';
import { ProgramReadService } from '../programs/program-read.service';
import { FILE_STORAGE, type FileStorage } from './file-storage';
import { ALLOWED_LIST, detectFileType } from './file-types';
import { StoredFile, type OwnerType } from './stored-file.entity';

export interface UploadedPart {
  originalname: string;
  buffer: Buffer;
  size: number;
}

const fieldError = (field: string, message: string) => new BadRequestException({ statusCode: 400, message, errors: { [field]: message } });

const isManager = (u: AuthUser) => u.role === 'admin' || u.role === 'program_manager';

/** A file name safe to store and to send back in Content-Disposition: no path, no control characters. */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/g;

function cleanName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  const name = base.replace(CONTROL_CHARACTERS, '').trim().slice(0, 255);
  return name || 'file';
}

/**
 * Uploaded files: their owners (a program, a plan item, a visit, a library resource), who may
 * read and change them (the program's access rules, api/programs/program-access.ts), and the
 * audit of every upload, download and deletion, refused ones included.
 */
@Injectable()
export class FilesService {
  constructor(
    @InjectRepository(StoredFile) private readonly repo: Repository<StoredFile>,
    @InjectDataSource() private readonly db: DataSource,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    private readonly programs: ProgramReadService,
    private readonly trail: AuditTrail,
  ) {}

  /** The program an owner belongs to, once the caller may read (or write) it; null for a library resource. */
  async ownerProgram(ownerType: OwnerType, ownerId: string, user: AuthUser, write: boolean): Promise<string | null> {
    if (ownerType === 'resource') {
      const rows = await this.db.query(`SELECT 1 FROM resources WHERE id = $1`, [ownerId]);
      if (!rows.length) throw new NotFoundException(`Resource ${ownerId} not found`);
      if (write && !isManager(user)) throw new ForbiddenException('Only admins and program managers change the resource library');
      return null;
    }
    let programId = ownerId;
    if (ownerType !== 'program') {
      const table = ownerType === 'plan_item' ? 'improvements' : 'visits';
      const rows: { program_id: string }[] = await this.db.query(`SELECT program_id FROM ${table} WHERE id = $1`, [ownerId]);
      if (!rows.length) throw new NotFoundException(`${ownerType === 'plan_item' ? 'Plan item' : 'Visit'} ${ownerId} not found`);
      programId = rows[0].program_id;
    }
    await this.programs.getVisible(programId, user);
    return programId;
  }

  /** Runs `fn`; a 403 or 404 on the way is audited as a refused `action` before it goes out. */
  private async audited<T>(user: AuthUser, action: string, target: Record<string, unknown>, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      if (err instanceof ForbiddenException || err instanceof NotFoundException || err instanceof BadRequestException) {
        const refused = {
          action,
          targetType: 'file',
          targetId: (target.fileId as string) ?? null,
          details: { ...target, reason: err.message },
        };
        await this.trail.note(user, refused, 'rejected');
      }
      throw err;
    }
  }

  async upload(part: UploadedPart | undefined, ownerType: OwnerType, ownerId: string, user: AuthUser) {
    if (!part) throw fieldError('file', 'file is required: send it as the multipart field "file"');
    return this.audited(user, 'file.upload', { ownerType, ownerId, name: cleanName(part.originalname), size: part.size }, async () => {
      if (part.size === 0) throw fieldError('file', 'file is empty');
      const kind = await detectFileType(part.buffer);
      if (!kind.ok) throw fieldError('file', `file must be ${ALLOWED_LIST}; its contents are ${kind.seen}`);
      const programId = await this.ownerProgram(ownerType, ownerId, user, true);
      const id = randomUUID();
      const name = cleanName(part.originalname);
      const audited = (row: StoredFile) => ({
        action: 'file.upload',
        targetType: 'file',
        targetId: id,
        details: { name, size: row.size, sha256: row.sha256, contentType: kind.mime, ownerType, ownerId, programId },
      });
      const saved = await this.trail.transaction(user, audited, async (m) => {
        const { size, sha256 } = await this.storage.put(id, part.buffer, m);
        const row = m.getRepository(StoredFile).create({
          id,
          name,
          contentType: kind.mime,
          extension: kind.ext,
          size,
          sha256,
          ownerType,
          ownerId,
          programId,
          uploadedBy: user.id,
          uploadedAt: new Date(),
        });
        await m.getRepository(StoredFile).insert(row);
        return row;
      });
      return this.toDto(saved, user.fullName);
    });
  }

  async list(ownerType: OwnerType, ownerId: string, user: AuthUser) {
    await this.ownerProgram(ownerType, ownerId, user, false);
    return this.listUnchecked(ownerType, [ownerId]);
  }

  /** Files of owners the caller has already been checked for (e.g. every plan item of a visible program). */
  async listUnchecked(ownerType: OwnerType, ownerIds: string[]) {
    if (!ownerIds.length) return [];
    const rows = await this.repo
      .createQueryBuilder('f')
      .leftJoin('users', 'u', 'u.id = f.uploaded_by')
      .addSelect('u.full_name', 'uploader_name')
      .where('f.owner_type = :ownerType AND f.owner_id IN (:...ownerIds)', { ownerType, ownerIds })
      .orderBy('f.uploaded_at', 'ASC')
      .getRawAndEntities();
    return rows.entities.map((f, i) => this.toDto(f, (rows.raw[i] as { uploader_name?: string }).uploader_name ?? null));
  }

  async countFor(ownerType: OwnerType, ownerId: string): Promise<number> {
    return this.repo.count({ where: { ownerType, ownerId } });
  }

  private async findChecked(id: string, user: AuthUser, write: boolean): Promise<StoredFile> {
    const f = await this.repo.findOne({ where: { id } });
    if (!f) throw new NotFoundException(`File ${id} not found`);
    await this.ownerProgram(f.ownerType, f.ownerId, user, write && f.ownerType === 'resource');
    return f;
  }

  async open(id: string, user: AuthUser): Promise<{ file: StoredFile; stream: Readable }> {
    return this.audited(user, 'file.download', { fileId: id }, async () => {
      const file = await this.findChecked(id, user, false);
      const stream = await this.storage.get(id);
      if (!stream) throw new NotFoundException(`The contents of file ${id} are missing`);
      const details = { name: file.name, ownerType: file.ownerType, ownerId: file.ownerId, programId: file.programId };
      await this.trail.note(user, { action: 'file.download', targetType: 'file', targetId: id, details });
      return { file, stream };
    });
  }

  /** The uploader, an admin or a program manager removes a file (and a resource's file with its library rules). */
  async remove(id: string, user: AuthUser): Promise<void> {
    await this.audited(user, 'file.delete', { fileId: id }, async () => {
      const file = await this.findChecked(id, user, true);
      if (!isManager(user) && file.uploadedBy !== user.id)
        throw new ForbiddenException('Only the person who uploaded a file, an admin or a program manager deletes it');
      const details = { name: file.name, sha256: file.sha256, ownerType: file.ownerType, ownerId: file.ownerId, programId: file.programId };
      await this.trail.transaction(user, { action: 'file.delete', targetType: 'file', targetId: id, details }, async (m) => {
        await m.getRepository(StoredFile).delete({ id });
        await this.storage.delete(id, m);
      });
    });
  }

  toDto(f: StoredFile, uploaderName: string | null) {
    return { ...f, uploaderName };
  }
}
