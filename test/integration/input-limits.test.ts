/**
 * Input that PostgreSQL or Temporal could not take is refused at the API, naming the field, before
 * anything reaches a workflow: NUL bytes, lone surrogates, deep nesting, oversize text and bodies.
 * Nothing is written (visits table, workflow state) and the program still accepts the next action.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as data from '../support/institutional-data';
import { completeOpen, completeToPlan, openTask, startInstitutional } from '../support/programs';
import { signedInSuite } from '../support/signed-in';

const s = signedInSuite();
let program: { id: string; workflowId: string };
let items: { id: string; status: string }[];

const visit = (notes: string) => ({ date: '2026-11-02', mode: 'face_to_face', durationMinutes: 60, notes });

async function state(programId: string) {
  const r = await s.pm.get(`/programs/${programId}`);
  expect(r.status).toBe(200);
  const [{ count }] = await s.db.query('SELECT count(*)::int AS count FROM visits WHERE program_id = $1', [programId]);
  return {
    version: r.body.live.stateVersion as number,
    visitCount: r.body.visitCount as number,
    liveVisits: r.body.live.visitCount as number | undefined,
    rows: count as number,
  };
}

beforeAll(async () => {
  program = await startInstitutional(s.pm, s.users, 'Limits');
  await completeToPlan(s.mentor, s.gender, program.id, { plan: false });
}, 120_000);

describe('text PostgreSQL cannot store is a 400 naming the field', () => {
  it('a lone surrogate deep inside a task completion names its path', async () => {
    const task = await openTask(s.mentor, program.id, 'improvement_plan');
    const plan = data.improvementPlan();
    plan.items[1].title = 'Half \ud800 an emoji';
    const r = await s.mentor.post(`/tasks/${task.id}/complete`, plan);
    expect(r.status).toBe(400);
    expect(r.body.errors).toEqual({ 'items.1.title': expect.stringMatching(/items\.1\.title contains an invalid character/) });
    expect((await s.mentor.get(`/tasks/${task.id}`)).body.status).toBe('open');
    // The maximum applies to the stored (untrimmed) value: blanks do not get past it.
    const padded = data.improvementPlan();
    padded.items[0].title = `Plan${' '.repeat(400)}`;
    const p = await s.mentor.post(`/tasks/${task.id}/complete`, padded);
    expect(p.status).toBe(400);
    expect(p.body.errors).toEqual({ 'items.0.title': 'items.0.title must be at most 300 characters' });
    expect((await s.mentor.get(`/tasks/${task.id}`)).body.status).toBe('open');
    await completeOpen(s.mentor, program.id, 'improvement_plan', data.improvementPlan());
    items = (await s.mentor.get('/improvements', { filter: { programId: program.id }, sort: ['position', 'ASC'] })).body;
    expect(items.length).toBeGreaterThan(1);
  });

  it('a NUL byte in a plan item reason', async () => {
    const before = await state(program.id);
    const r = await s.mentor.put(`/improvements/${items[0].id}`, { status: 'in_progress', reason: 'x\u0000y' });
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ statusCode: 400, errors: { reason: 'reason contains a NUL character' } });
    expect(await state(program.id)).toEqual(before);
    // The program still takes the next action on that item.
    const next = await s.mentor.put(`/improvements/${items[0].id}`, { status: 'in_progress', reason: 'started' });
    expect(next.status, JSON.stringify(next.body)).toBe(200);
  });

  it('a NUL byte and a lone surrogate in a visit note', async () => {
    const before = await state(program.id);
    for (const notes of ['bad \u0000 note', 'half an emoji \ud83d', 'stray low \udc00 half']) {
      const r = await s.mentor.post(`/programs/${program.id}/visits`, visit(notes));
      expect(r.status).toBe(400);
      expect(Object.keys(r.body.errors)).toEqual(['notes']);
    }
    expect(await state(program.id)).toEqual(before);
    const ok = await s.mentor.post(`/programs/${program.id}/visits`, visit('A real visit 👍 çalıştık'));
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    const after = await state(program.id);
    expect(after.rows).toBe(before.rows + 1);
  });

  it('a NUL in a query parameter and in a field name', async () => {
    const q = await s.pm.get('/programs', { filter: { q: 'a\u0000b' } });
    expect(q.status).toBe(400);
    expect(q.body.errors).toEqual({ 'filter.q': 'filter.q contains a NUL character' });
    const k = await s.mentor.put(`/improvements/${items[1].id}`, { status: 'in_progress', ['re\u0000ason']: 'x' });
    expect(k.status).toBe(400);
  });

  it('JSON nested deeper than 32 levels', async () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 40; i++) deep = { a: deep };
    const r = await s.mentor.post(`/programs/${program.id}/visits`, { ...visit('deep'), extra: deep });
    expect(r.status).toBe(400);
    expect(Object.values(r.body.errors)[0]).toMatch(/nested too deeply/);
  });

  it('malformed JSON is a 400 in the standard shape', async () => {
    const r = await s.mentor.request('POST', `/programs/${program.id}/visits`, { rawBody: '{"notes": "x' });
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ statusCode: 400, errors: { body: expect.any(String) } });
  });
});

describe('oversize input is refused and nothing is written', () => {
  it('a 2 MB visit note is a 413 in the standard error shape', async () => {
    const before = await state(program.id);
    const r = await s.mentor.post(`/programs/${program.id}/visits`, visit('x'.repeat(2 * 1024 * 1024)));
    expect(r.status).toBe(413);
    expect(r.body).toMatchObject({
      statusCode: 413,
      message: expect.stringMatching(/larger than 256kb/),
      errors: { body: expect.any(String) },
    });
    expect(await state(program.id)).toEqual(before);
  });

  it('a visit note over 20000 characters, or padded past it with blanks, is a 400 naming notes', async () => {
    const before = await state(program.id);
    for (const notes of ['y'.repeat(20_001), `short${' '.repeat(20_000)}`]) {
      const r = await s.mentor.post(`/programs/${program.id}/visits`, visit(notes));
      expect(r.status).toBe(400);
      expect(r.body.errors).toEqual({ notes: 'notes must be at most 20000 characters' });
    }
    expect(await state(program.id)).toEqual(before);
  });

  it('a list over its maximum count is a 400 naming it', async () => {
    const before = await state(program.id);
    const ids = Array.from({ length: 101 }, () => items[0].id);
    const r = await s.mentor.post(`/programs/${program.id}/visits`, { ...visit('too many items'), planItemIds: ids });
    expect(r.status).toBe(400);
    expect(Object.keys(r.body.errors)).toEqual(['planItemIds']);
    expect(await state(program.id)).toEqual(before);
  });

  it('an oversize plan item reason and withdraw reason are a 400 naming reason', async () => {
    const before = await state(program.id);
    const r = await s.mentor.put(`/improvements/${items[1].id}`, { status: 'dropped', reason: 'z'.repeat(2001) });
    expect(r.status).toBe(400);
    expect(Object.keys(r.body.errors)).toEqual(['reason']);
    const w = await s.pm.post(`/programs/${program.id}/signals/withdraw`, { reason: 'w'.repeat(2001) });
    expect(w.status).toBe(400);
    expect(Object.keys(w.body.errors)).toEqual(['reason']);
    expect(await state(program.id)).toEqual(before);
    expect((await s.pm.get(`/programs/${program.id}`)).body.status).toBe('active');
    // Still accepts the next action.
    const ok = await s.mentor.put(`/improvements/${items[1].id}`, { status: 'in_progress' });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
  });

  it('the CSV import keeps its larger limit (over 256 KB is accepted up to 3 MB)', async () => {
    const header = 'name,city,fieldOfWork,contactPerson,email,phone\n';
    const csv = header + 'x'.repeat(300 * 1024);
    const r = await s.pm.post('/organizations/import', { csv });
    expect(r.status).not.toBe(413);
    const big = await s.pm.post('/organizations/import', { csv: header + 'x'.repeat(3 * 1024 * 1024) });
    expect(big.status).toBe(413);
  });
});
