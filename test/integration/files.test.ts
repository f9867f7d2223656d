/**
 * Files (issue 14, item 1): uploads kept in PostgreSQL behind FileStorage, their type checked by
 * their bytes, a size limit from FILE_MAX_BYTES, the program's access rules on every read and
 * write, and an audit row for every upload, download and deletion (refused ones too).
 */
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { LOGINS } from '../support/demo';
import { download, sampleDocx, sampleExe, samplePdf, samplePng, sampleZip, upload } from '../support/files';
import * as data from '../support/institutional-data';
import { startInstitutional } from '../support/programs';
import { signedInSuite } from '../support/signed-in';

const MAX = 64 * 1024;
const s = signedInSuite({ env: { FILE_MAX_BYTES: String(MAX) } });
let programId: string;

beforeAll(async () => {
  await s.admin.put('/config/institutional/durations', { durations: data.FAST });
  programId = (await startInstitutional(s.pm, s.users, 'Dosya Derneği')).id;
});

const owner = () => ({ ownerType: 'program', ownerId: programId });
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const audits = (action: string, targetId?: string) =>
  s.db.query(
    `SELECT action, result, actor_email, target_id, details FROM audit_log WHERE action = $1 ${targetId ? 'AND target_id = $2' : ''} ORDER BY at`,
    targetId ? [action, targetId] : [action],
  );

describe('files', () => {
  it('stores a file in PostgreSQL and gives back the same bytes, named, typed by content, audited', async () => {
    const bytes = samplePdf('Stratejik plan — ğüşıöç İ', 5000);
    const up = await upload(s.mentor, { name: 'Stratejik Planı 2027.pdf', bytes, type: 'application/octet-stream' }, owner());
    expect(up.status, JSON.stringify(up.body)).toBe(201);
    expect(up.body).toMatchObject({
      name: 'Stratejik Planı 2027.pdf',
      contentType: 'application/pdf',
      extension: 'pdf',
      size: bytes.length,
      sha256: sha(bytes),
      ownerType: 'program',
      ownerId: programId,
      programId,
    });

    const [row] = await s.db.query(
      `SELECT sha256, size, octet_length(b.data) AS stored FROM files f JOIN file_blobs b USING (id) WHERE f.id = $1`,
      [up.body.id],
    );
    expect(row).toEqual({ sha256: sha(bytes), size: bytes.length, stored: bytes.length });

    const got = await download(s.pm, `/files/${up.body.id}/content`);
    expect(got.status).toBe(200);
    expect(sha(got.bytes)).toBe(sha(bytes));
    expect(got.bytes.equals(bytes)).toBe(true);
    expect(got.headers.get('content-type')).toBe('application/pdf');
    expect(got.headers.get('x-content-type-options')).toBe('nosniff');
    expect(got.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('Stratejik Planı 2027.pdf')}`);

    const list = await s.gender.get('/files', { ownerType: 'program', ownerId: programId });
    expect(list.status).toBe(200);
    expect(list.body.map((f: { id: string }) => f.id)).toEqual([up.body.id]);
    expect(list.body[0].uploaderName).toBeTruthy();

    expect(await audits('file.upload', up.body.id)).toEqual([
      expect.objectContaining({
        result: 'ok',
        actor_email: LOGINS.mentor,
        details: expect.objectContaining({ sha256: sha(bytes), programId }),
      }),
    ]);
    expect(await audits('file.download', up.body.id)).toEqual([expect.objectContaining({ result: 'ok', actor_email: LOGINS.pm })]);

    const del = await s.mentor.delete(`/files/${up.body.id}`);
    expect(del.status).toBe(204);
    expect(await s.db.query(`SELECT 1 FROM files WHERE id = $1 UNION ALL SELECT 1 FROM file_blobs WHERE id = $1`, [up.body.id])).toEqual(
      [],
    );
    expect((await download(s.pm, `/files/${up.body.id}/content`)).status).toBe(404);
    expect(await audits('file.delete', up.body.id)).toEqual([
      expect.objectContaining({ result: 'ok', actor_email: LOGINS.mentor, details: expect.objectContaining({ sha256: sha(bytes) }) }),
    ]);
  });

  it('accepts office documents and images by their bytes and refuses a renamed .exe, a plain zip and junk, naming file', async () => {
    const docx = await upload(s.mentor, { name: 'mali-prosedurler.docx', bytes: sampleDocx() }, owner());
    expect(docx.status, JSON.stringify(docx.body)).toBe(201);
    expect(docx.body.contentType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const png = await upload(s.mentor, { name: 'katilim.png', bytes: samplePng(), type: 'image/png' }, owner());
    expect(png.status, JSON.stringify(png.body)).toBe(201);
    expect(png.body.contentType).toBe('image/png');

    const before = Number((await s.db.query(`SELECT count(*) FROM files`))[0].count);
    for (const [name, bytes] of [
      ['setup.pdf', sampleExe()],
      ['plan.docx', sampleZip()],
      ['plan.pdf', Buffer.from('just some text, not a PDF')],
    ] as const) {
      const r = await upload(s.mentor, { name, bytes, type: 'application/pdf' }, owner());
      expect(r.status, name).toBe(400);
      expect(r.body.errors.file, name).toMatch(/file must be PDF/);
    }
    expect((await upload(s.mentor, { name: 'setup.pdf', bytes: sampleExe() }, owner())).body.errors.file).toContain('exe');
    expect(Number((await s.db.query(`SELECT count(*) FROM files`))[0].count)).toBe(before);
    const refused = await audits('file.upload');
    expect(refused.filter((a: { result: string }) => a.result === 'rejected')).toHaveLength(4);
  });

  it('refuses a file over FILE_MAX_BYTES, a missing file and bad owner fields with a 4xx naming the field', async () => {
    const big = await upload(s.mentor, { name: 'big.pdf', bytes: samplePdf('big', MAX + 1) }, owner());
    expect(big.status).toBe(413);
    expect(big.body.errors.file).toContain(`at most ${MAX} bytes`);
    const justUnder = await upload(s.mentor, { name: 'fits.pdf', bytes: samplePdf('fits', MAX) }, owner());
    expect(justUnder.status, JSON.stringify(justUnder.body)).toBe(201);

    const none = await upload(s.mentor, null, owner());
    expect(none.status).toBe(400);
    expect(none.body.errors).toHaveProperty('file');
    const badType = await upload(s.mentor, { name: 'a.pdf', bytes: samplePdf() }, { ownerType: 'budget', ownerId: programId });
    expect(badType.status).toBe(400);
    expect(badType.body.errors).toHaveProperty('ownerType');
    const badId = await upload(s.mentor, { name: 'a.pdf', bytes: samplePdf() }, { ownerType: 'program', ownerId: 'nope' });
    expect(badId.status).toBe(400);
    expect(badId.body.errors).toHaveProperty('ownerId');
    const unknown = await upload(
      s.mentor,
      { name: 'a.pdf', bytes: samplePdf() },
      { ownerType: 'visit', ownerId: '00000000-0000-4000-8000-000000000000' },
    );
    expect(unknown.status).toBe(404);
  });

  it("keeps another mentor out of a CSO's files (403 on upload, list, download and delete), audited", async () => {
    const mine = await upload(s.mentor, { name: 'gizli.pdf', bytes: samplePdf('private') }, owner());
    expect(mine.status).toBe(201);
    expect((await upload(s.mentor2, { name: 'x.pdf', bytes: samplePdf() }, owner())).status).toBe(403);
    expect((await s.mentor2.get('/files', { ownerType: 'program', ownerId: programId })).status).toBe(403);
    expect((await download(s.mentor2, `/files/${mine.body.id}/content`)).status).toBe(403);
    expect((await s.mentor2.delete(`/files/${mine.body.id}`)).status).toBe(403);
    // The gender expert reads her program's files but deletes only her own.
    expect((await download(s.gender, `/files/${mine.body.id}/content`)).status).toBe(200);
    expect((await s.gender.delete(`/files/${mine.body.id}`)).status).toBe(403);
    expect((await s.db.query(`SELECT 1 FROM files WHERE id = $1`, [mine.body.id])).length).toBe(1);

    const denied = await s.db.query(
      `SELECT action FROM audit_log WHERE actor_email = $1 AND result = 'rejected' AND action LIKE 'file.%' ORDER BY at`,
      [LOGINS.mentor2],
    );
    expect(denied.map((a: { action: string }) => a.action)).toEqual(['file.upload', 'file.download', 'file.delete']);
    // Without a token: 401, nothing read.
    expect((await s.stack.api.request('GET', `/files/${mine.body.id}/content`, { token: null })).status).toBe(401);
  });
});
