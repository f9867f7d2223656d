import { ConflictException } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { AuditTrail } from '../../api/audit/audit-trail';
import type { AuditRecord, AuditService } from '../../api/audit/audit.service';

/** A transaction that commits what its callback wrote, or nothing when the callback throws. */
function fakeTrail() {
  const committed: { entry: AuditRecord; inTransaction: boolean }[] = [];
  const manager = {} as EntityManager;
  let pending: typeof committed = [];
  const audit = {
    record: async (entry: AuditRecord, m?: EntityManager) => {
      (m === manager ? pending : committed).push({ entry, inTransaction: m === manager });
    },
  } as unknown as AuditService;
  const db = {
    transaction: async <T>(fn: (m: EntityManager) => Promise<T>) => {
      pending = [];
      const result = await fn(manager);
      committed.push(...pending);
      return result;
    },
  } as unknown as DataSource;
  return { trail: new AuditTrail(db, audit), committed, manager };
}

const actor = { id: 'u1', email: 'pm@mentorflow.local' };

describe('AuditTrail', () => {
  it('writes the ok row in the transaction of the change, from the change result', async () => {
    const { trail, committed, manager } = fakeTrail();
    let seen: EntityManager | null = null;
    const id = await trail.transaction(
      actor,
      (id: string) => ({ action: 'event.create', targetType: 'event', targetId: id }),
      async (m) => {
        seen = m;
        return 'e1';
      },
    );
    expect(id).toBe('e1');
    expect(seen).toBe(manager);
    expect(committed).toEqual([
      { entry: { actor, result: 'ok', action: 'event.create', targetType: 'event', targetId: 'e1' }, inTransaction: true },
    ]);
  });

  it('writes nothing when the change fails, and none for an empty target list', async () => {
    const { trail, committed } = fakeTrail();
    const target = { action: 'x', targetType: 'program' };
    await expect(trail.transaction(actor, target, () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await trail.transaction(
      actor,
      () => [],
      async () => 0,
    );
    expect(committed).toEqual([]);
  });

  it('writes one row per target, with the actor a target names', async () => {
    const { trail, committed } = fakeTrail();
    const member = { id: 'm1', email: 'cso@mentorflow.local' };
    await trail.transaction(
      null,
      [
        { action: 'a', targetType: 'organization' },
        { action: 'b', targetType: 'organization', actor: member },
      ],
      async () => 1,
    );
    expect(committed.map((c) => [c.entry.action, c.entry.actor])).toEqual([
      ['a', null],
      ['b', member],
    ]);
  });

  it('records a refusal on its own and hands back the error to throw', async () => {
    const { trail, committed } = fakeTrail();
    const error = new ConflictException('no');
    const refused = await trail.refuse(actor, { action: 'user.update', targetType: 'user', targetId: 'u2', details: { why: 'x' } }, error);
    expect(refused).toBe(error);
    expect(committed).toEqual([
      {
        entry: { actor, result: 'rejected', action: 'user.update', targetType: 'user', targetId: 'u2', details: { why: 'x' } },
        inTransaction: false,
      },
    ]);
  });
});
