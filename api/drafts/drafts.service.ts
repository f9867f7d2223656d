import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  Injectable,
  NotFoundException,
  PayloadTooLargeException,
} from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { Task } from '../tasks/task.entity';
import { Draft } from './draft.entity';
import type { DraftDto } from './draft.dto';

/** A draft holds one form's values; 256 KB is far above a full self-assessment (~40 KB). */
export const MAX_DRAFT_BYTES = 256 * 1024;

/**
 * Keys of record-dialog drafts: a kind and up to three parts, e.g. `visit:<programId>`.
 * `task:` is reserved for task drafts, which go through the task routes (assignee check).
 */
export const DRAFT_KEY = /^[a-z][a-z0-9_-]{0,39}(:[A-Za-z0-9_-]{1,64}){0,3}$/;

const invalid = (field: string, message: string) =>
  new BadRequestException({ statusCode: 400, message: 'Validation failed', errors: { [field]: message } });

@Injectable()
export class DraftsService {
  constructor(
    @InjectRepository(Draft) private readonly repo: Repository<Draft>,
    @InjectRepository(Task) private readonly tasks: Repository<Task>,
  ) {}

  private static toDto(d: Draft | null): DraftDto {
    return { data: d?.data ?? null, updatedAt: d?.updatedAt.toISOString() ?? null };
  }

  /** Only the assignee keeps a draft of a task: it is their unfinished work, nobody else's. */
  private async assignedTask(taskId: string, user: AuthUser): Promise<Task> {
    const t = await this.tasks.findOne({ where: { id: taskId } });
    if (!t) throw new NotFoundException(`Task ${taskId} not found`);
    if (t.assigneeId !== user.id) throw new ForbiddenException('Only the assignee keeps a draft of this task');
    return t;
  }

  private static checkKey(key: string) {
    if (!DRAFT_KEY.test(key)) throw invalid('key', 'key must look like kind:id (letters, digits, - and _)');
    if (key.startsWith('task:')) throw invalid('key', 'task drafts live at /api/tasks/:id/draft');
  }

  /** Refuses what PostgreSQL's jsonb cannot hold (NUL characters) and what is too big. */
  private static measure(data: Record<string, unknown>): number {
    const json = JSON.stringify(data);
    const size = Buffer.byteLength(json, 'utf8');
    if (size > MAX_DRAFT_BYTES) {
      throw new PayloadTooLargeException({
        statusCode: 413,
        message: `A draft is at most ${MAX_DRAFT_BYTES / 1024} KB; this one is ${Math.ceil(size / 1024)} KB`,
        errors: { data: `data must be at most ${MAX_DRAFT_BYTES / 1024} KB as JSON` },
      });
    }
    if (json.includes('\\u0000')) throw invalid('data', 'data must not contain NUL characters');
    return size;
  }

  private async save(ownerId: string, key: string, taskId: string | null, data: Record<string, unknown>): Promise<DraftDto> {
    const size = DraftsService.measure(data);
    const draft = this.repo.create({ ownerId, key, taskId, data, size, updatedAt: new Date() });
    // One statement, so two saves racing from two tabs cannot collide on the key: the latest wins.
    await this.repo.query(
      `INSERT INTO drafts (owner_id, key, task_id, data, size, updated_at) VALUES ($1, $2, $3, $4::jsonb, $5, $6)
       ON CONFLICT (owner_id, key) DO UPDATE SET task_id = EXCLUDED.task_id, data = EXCLUDED.data, size = EXCLUDED.size, updated_at = EXCLUDED.updated_at`,
      [ownerId, key, taskId, JSON.stringify(data), size, draft.updatedAt],
    );
    return DraftsService.toDto(draft);
  }

  async getForTask(taskId: string, user: AuthUser): Promise<DraftDto> {
    const t = await this.assignedTask(taskId, user);
    // Completed elsewhere or cancelled (e.g. the program was withdrawn): nothing left to restore.
    if (t.status !== 'open') {
      await this.removeForTask(taskId);
      return DraftsService.toDto(null);
    }
    return DraftsService.toDto(await this.repo.findOne({ where: { ownerId: user.id, key: `task:${taskId}` } }));
  }

  async putForTask(taskId: string, data: Record<string, unknown>, user: AuthUser): Promise<DraftDto> {
    const t = await this.assignedTask(taskId, user);
    if (t.status !== 'open') throw new ConflictException(`This task is already ${t.status}; its draft is gone`);
    return this.save(user.id, `task:${taskId}`, taskId, data);
  }

  async deleteForTask(taskId: string, user: AuthUser): Promise<void> {
    await this.assignedTask(taskId, user);
    await this.repo.delete({ ownerId: user.id, key: `task:${taskId}` });
  }

  /** After a task is completed: whoever kept a draft of it, it is done now. */
  async removeForTask(taskId: string): Promise<void> {
    await this.repo.delete({ taskId });
  }

  async get(key: string, user: AuthUser): Promise<DraftDto> {
    DraftsService.checkKey(key);
    return DraftsService.toDto(await this.repo.findOne({ where: { ownerId: user.id, key } }));
  }

  async put(key: string, data: Record<string, unknown>, user: AuthUser): Promise<DraftDto> {
    DraftsService.checkKey(key);
    return this.save(user.id, key, null, data);
  }

  async remove(key: string, user: AuthUser): Promise<void> {
    DraftsService.checkKey(key);
    await this.repo.delete({ ownerId: user.id, key });
  }
}
