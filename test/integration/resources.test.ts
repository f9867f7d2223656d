/**
 * The resource library (issue 14, item 2): admins and program managers publish links and files
 * tagged with elements and study types, mentors browse them by element and share one with a
 * program of theirs (not with another mentor's CSO).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { LOGINS } from '../support/demo';
import { download, sampleDocx, upload } from '../support/files';
import { startInstitutional } from '../support/programs';
import { signedInSuite } from '../support/signed-in';

const s = signedInSuite();
let programId: string;

beforeAll(async () => {
  programId = (await startInstitutional(s.pm, s.users, 'Kaynak Derneği')).id;
});

const link = {
  kind: 'link',
  url: 'https://example.org/strategic-planning-guide',
  titleEn: 'Strategic planning guide',
  titleTr: 'Stratejik planlama rehberi',
  descriptionEn: 'Steps and a template',
  descriptionTr: 'Adımlar ve bir şablon',
  elements: ['strategic_planning'],
  studyTypes: ['strategic_planning'],
};

describe('resource library', () => {
  it('is published by managers, browsed by element, and shared by a mentor with their own program only', async () => {
    const a = await s.pm.post('/resources', link);
    expect(a.status, JSON.stringify(a.body)).toBe(201);
    const b = await s.admin.post('/resources', {
      ...link,
      kind: 'file',
      url: null,
      titleEn: 'Financial procedures template',
      titleTr: 'Mali prosedürler şablonu',
      elements: ['resources', 'governance'],
      studyTypes: ['financial_procedures'],
    });
    expect(b.status, JSON.stringify(b.body)).toBe(201);
    const up = await upload(s.pm, { name: 'mali-prosedurler.docx', bytes: sampleDocx() }, { ownerType: 'resource', ownerId: b.body.id });
    expect(up.status, JSON.stringify(up.body)).toBe(201);

    // Mentors read, never publish or change the library.
    expect((await s.mentor.post('/resources', link)).status).toBe(403);
    expect((await s.mentor.put(`/resources/${a.body.id}`, link)).status).toBe(403);
    expect((await upload(s.mentor, { name: 'x.docx', bytes: sampleDocx() }, { ownerType: 'resource', ownerId: b.body.id })).status).toBe(
      403,
    );

    const byElement = await s.mentor.get('/resources', { filter: { element: 'governance' } });
    expect(byElement.status).toBe(200);
    expect(byElement.body.map((r: { titleEn: string }) => r.titleEn)).toEqual(['Financial procedures template']);
    expect(byElement.body[0].file).toMatchObject({ id: up.body.id, name: 'mali-prosedurler.docx' });
    expect(byElement.headers.get('content-range')).toBe('resources 0-0/1');
    expect(
      (await s.mentor.get('/resources', { filter: { studyType: 'strategic_planning' } })).body.map((r: { id: string }) => r.id),
    ).toEqual([a.body.id]);
    expect((await s.mentor.get('/resources', { filter: { q: 'şablon' } })).body).toHaveLength(2);
    // Anyone signed in downloads a library file.
    expect((await download(s.mentor2, `/files/${up.body.id}/content`)).status).toBe(200);

    const shared = await s.mentor.post(`/programs/${programId}/resources`, { resourceId: a.body.id, note: 'Read before our next visit' });
    expect(shared.status, JSON.stringify(shared.body)).toBe(201);
    expect(shared.body).toMatchObject({ resourceId: a.body.id, titleTr: 'Stratejik planlama rehberi', note: 'Read before our next visit' });
    expect((await s.mentor2.post(`/programs/${programId}/resources`, { resourceId: a.body.id })).status).toBe(403);
    expect((await s.mentor2.get(`/programs/${programId}/resources`)).status).toBe(403);
    const list = await s.pm.get(`/programs/${programId}/resources`);
    expect(list.body.map((s: { resourceId: string }) => s.resourceId)).toEqual([a.body.id]);
    const [audit] = await s.db.query(`SELECT result, actor_email FROM audit_log WHERE action = 'resource.share' AND target_id = $1`, [
      programId,
    ]);
    expect(audit).toEqual({ result: 'ok', actor_email: LOGINS.mentor });

    // Edited and deleted by managers; its file goes with it (audited).
    const edited = await s.pm.put(`/resources/${b.body.id}`, {
      ...link,
      kind: 'file',
      url: null,
      titleEn: 'Financial procedures (v2)',
      titleTr: 'Mali prosedürler (v2)',
      elements: ['resources'],
      studyTypes: ['financial_procedures'],
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(edited.body.elements).toEqual(['resources']);
    expect((await s.pm.delete(`/resources/${b.body.id}`)).status).toBe(204);
    expect(await s.db.query(`SELECT 1 FROM files WHERE id = $1`, [up.body.id])).toEqual([]);
    expect(await s.db.query(`SELECT result FROM audit_log WHERE action = 'file.delete' AND target_id = $1`, [up.body.id])).toEqual([
      { result: 'ok' },
    ]);
  });

  it('refuses bad resources naming the field', async () => {
    const bad = await s.pm.post('/resources', { ...link, url: 'javascript:alert(1)', elements: ['nonsense'], titleTr: '' });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.errors).sort()).toEqual(expect.arrayContaining(['url', 'titleTr']));
    expect(Object.keys(bad.body.errors).some((k) => k.startsWith('elements'))).toBe(true);
    expect((await s.pm.get('/resources', { filter: { element: 'nope' } })).body.errors).toHaveProperty('filter.element');
    expect((await s.mentor.post(`/programs/${programId}/resources`, { resourceId: '00000000-0000-4000-8000-000000000000' })).status).toBe(
      404,
    );
  });
});
