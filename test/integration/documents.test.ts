/**
 * Evidence and the self-assessment report (issue 14, items 3 and 4): a study is marked done only
 * with a file on the plan item or a reason; visits carry files (attendance sheets); the year's
 * self-assessment report is a PDF in English or Turkish whose text holds the participants, grades
 * with descriptors, strengths, improvement areas, gender observations and the plan.
 */
import { writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_INSTITUTIONAL_CONFIG } from '../../workflows/institutional/config';
import { LOGINS } from '../support/demo';
import { download, samplePdf, samplePng, upload } from '../support/files';
import * as data from '../support/institutional-data';
import { pdfText } from '../support/pdf-text';
import { completeOpen, completeToPlan, startInstitutional } from '../support/programs';
import { signedInSuite } from '../support/signed-in';

const s = signedInSuite();
let programId: string;
let orgName: string;
let items: { id: string; title: string }[];

const assessment = () => {
  const sa = data.selfAssessment(2);
  sa.participants = [
    { name: 'Ayşe Güneş', position: 'Yönetim kurulu başkanı' },
    { name: 'İsmail Çağlar', position: 'Koordinatör' },
    { name: 'Gülşen Işık', position: 'Gönüllü' },
  ];
  sa.elements.governance = { grade: 2, strengths: 'Düzenli kurul toplantıları', improvementAreas: 'Karar süreçleri yazılı değil' };
  sa.genderObservations = 'Kurulda kadınların temsili düşük; ücretli çalışanların çoğu kadın.';
  return sa;
};

beforeAll(async () => {
  await s.admin.put('/config/institutional/durations', { durations: { ...data.FAST, yearLength: 3_600_000 } });
  const program = await startInstitutional(s.pm, s.users, 'Güneşli Kadın Dayanışma Derneği');
  programId = program.id;
  orgName = (await s.pm.get(`/organizations/${program.organizationId}`)).body.name;
  await completeToPlan(s.mentor, s.gender, programId, { assessment: assessment() });
  items = (await s.mentor.get('/improvements', { filter: { programId, year: 1 }, sort: ['position', 'ASC'] })).body;
  expect(items).toHaveLength(4);
});

describe('evidence', () => {
  it('marks a study done only with a file on the plan item or a reason, and keeps the reason beside the item', async () => {
    const [plan, stakeholders] = items;
    // Neither files nor a reason: 400 naming evidence, and the workflow is not asked.
    const refused = await s.mentor.put(`/improvements/${plan.id}`, { status: 'done' });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toHaveProperty('evidence');
    const blank = await s.mentor.put(`/improvements/${plan.id}`, { status: 'done', noEvidenceReason: '   ' });
    expect(blank.status).toBe(400);
    expect((await s.mentor.get('/improvements', { filter: { id: plan.id } })).body[0].status).toBe('planned');

    // The strategic plan itself as evidence: then done is accepted.
    const file = await upload(
      s.mentor,
      { name: 'Stratejik Plan 2027-2029.pdf', bytes: samplePdf('Strategic plan') },
      { ownerType: 'plan_item', ownerId: plan.id },
    );
    expect(file.status, JSON.stringify(file.body)).toBe(201);
    expect(file.body.programId).toBe(programId);
    expect((await upload(s.mentor2, { name: 'x.pdf', bytes: samplePdf() }, { ownerType: 'plan_item', ownerId: plan.id })).status).toBe(403);
    const done = await s.mentor.put(`/improvements/${plan.id}`, { status: 'done' });
    expect(done.status, JSON.stringify(done.body)).toBe(200);

    // Without a file, a reason is enough; it is stored in the read model.
    const why = 'The map was drawn on the meeting-room wall; the CSO keeps the photo offline.';
    const second = await s.mentor.put(`/improvements/${stakeholders.id}`, { status: 'done', noEvidenceReason: why });
    expect(second.status, JSON.stringify(second.body)).toBe(200);
    const docs = await s.gender.get(`/programs/${programId}/documents`);
    expect(docs.status).toBe(200);
    expect(docs.body.evidence).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ improvementId: plan.id, noEvidenceReason: null, fileCount: 1 }),
        expect.objectContaining({ improvementId: stakeholders.id, noEvidenceReason: why, fileCount: 0 }),
      ]),
    );
    expect(docs.body.files.map((f: { ownerId: string }) => f.ownerId)).toEqual([plan.id]);
    expect((await s.mentor2.get(`/programs/${programId}/documents`)).status).toBe(403);
  });

  it('keeps files on a visit (attendance sheet) under the program rules', async () => {
    const v = await s.mentor.post(`/programs/${programId}/visits`, {
      date: '2026-11-02',
      mode: 'face_to_face',
      durationMinutes: 120,
      notes: 'Workshop on the plan',
    });
    expect(v.status, JSON.stringify(v.body)).toBe(201);
    const sheet = await upload(
      s.mentor,
      { name: 'katılım-listesi.png', bytes: samplePng(), type: 'image/png' },
      { ownerType: 'visit', ownerId: v.body.id },
    );
    expect(sheet.status, JSON.stringify(sheet.body)).toBe(201);
    expect((await s.pm.get('/files', { ownerType: 'visit', ownerId: v.body.id })).body.map((f: { name: string }) => f.name)).toEqual([
      'katılım-listesi.png',
    ]);
    expect((await s.mentor2.get('/files', { ownerType: 'visit', ownerId: v.body.id })).status).toBe(403);
    expect((await download(s.mentor2, `/files/${sheet.body.id}/content`)).status).toBe(403);
  });
});

describe('self-assessment report', () => {
  it("is a PDF in Turkish and in English with the year's participants, grades, descriptors, gender observations and plan", async () => {
    const tr = await download(s.mentor, `/programs/${programId}/reports/self-assessment?year=1&lang=tr`);
    expect(tr.status, tr.bytes.toString().slice(0, 300)).toBe(200);
    expect(tr.headers.get('content-type')).toBe('application/pdf');
    expect(tr.headers.get('content-disposition')).toMatch(
      /^attachment; filename="?oz-degerlendirme-gunesli-kadin-dayanisma-dernegi-.*-yil-1\.pdf"?$/,
    );
    expect(tr.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    if (process.env.REPORT_PDF_OUT) writeFileSync(`${process.env.REPORT_PDF_OUT}-tr.pdf`, tr.bytes);
    const text = (await pdfText(tr.bytes)).join('\n');
    const flat = text.replace(/\s+/g, ' ');
    for (const expected of [
      'Öz değerlendirme raporu',
      orgName,
      'Program yılı 1',
      'Ayşe Güneş',
      'İsmail Çağlar',
      'Gülşen Işık',
      'Yönetim kurulu başkanı',
      'Yönetişim ve karar alma',
      'Not: 2 / 5',
      'Başlangıç: farkındalık var, uygulama ara sıra',
      'Düzenli kurul toplantıları',
      'Karar süreçleri yazılı değil',
      'Şeffaflık',
      'Kurulda kadınların temsili düşük',
      'Decision making is male-dominated',
      'İyileştirme planı',
      'Write a three-year strategic plan',
      'Stratejik Plan 2027-2029.pdf',
      'Kanıt dosyası yok: The map was drawn',
      'Tamamlandı',
      'Paydaş analizi',
    ]) {
      expect(flat, expected).toContain(expected);
    }
    // Every element of the model is graded in it.
    for (const el of DEFAULT_INSTITUTIONAL_CONFIG.elements) expect(flat, el.slug).toContain(el.name.tr);

    const en = await download(s.pm, `/programs/${programId}/reports/self-assessment?year=1&lang=en`);
    expect(en.status).toBe(200);
    if (process.env.REPORT_PDF_OUT) writeFileSync(`${process.env.REPORT_PDF_OUT}-en.pdf`, en.bytes);
    const enText = (await pdfText(en.bytes)).join('\n').replace(/\s+/g, ' ');
    for (const expected of [
      'Self-assessment report',
      'Participants',
      'Governance and decision making',
      'Grade 2 of 5',
      'Initial: some awareness, practice is occasional',
      'Observations on gender',
      'Improvement plan',
      'Stakeholder analysis',
      'Ayşe Güneş',
    ]) {
      expect(enText, expected).toContain(expected);
    }
    // Without lang the program's own language decides: Turkish unless set otherwise.
    const plain = async () => (await pdfText((await download(s.mentor, `/programs/${programId}/reports/self-assessment?year=1`)).bytes))[0];
    expect((await s.mentor.get(`/programs/${programId}`)).body.language).toBe('tr');
    expect(await plain()).toContain('Öz değerlendirme raporu');
    const set = await s.mentor.put(`/programs/${programId}/language`, { language: 'en' });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    expect(set.body.language).toBe('en');
    expect(await plain()).toContain('Self-assessment report');
    // The same setting again changes nothing and is not audited twice.
    expect((await s.mentor.put(`/programs/${programId}/language`, { language: 'en' })).status).toBe(200);
    const changes = await s.db.query(`SELECT details FROM audit_log WHERE action = 'program.language' AND target_id = $1`, [programId]);
    expect(changes).toEqual([{ details: { from: 'tr', to: 'en' } }]);
    const refused = await s.mentor.put(`/programs/${programId}/language`, { language: 'de' });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toHaveProperty('language');
    expect((await s.mentor2.put(`/programs/${programId}/language`, { language: 'tr' })).status).toBe(403);
    expect((await s.mentor.put(`/programs/${programId}/language`, { language: 'tr' })).body.language).toBe('tr');

    const [audit] = await s.db.query(
      `SELECT result, details FROM audit_log WHERE action = 'report.self_assessment.download' AND actor_email = $1`,
      [LOGINS.pm],
    );
    expect(audit).toMatchObject({ result: 'ok', details: { year: 1, lang: 'en' } });
  });

  it('refuses a bad year or language naming the field, and another mentor with 403', async () => {
    const r = (q: string, c = s.mentor) => c.get(`/programs/${programId}/reports/self-assessment${q}`);
    expect((await r('?year=2')).body.errors).toHaveProperty('year');
    expect((await r('')).body.errors).toHaveProperty('year');
    expect((await r('?year=1&lang=de')).body.errors).toHaveProperty('lang');
    expect((await r('?year=1', s.mentor2)).status).toBe(403);
  });
});

describe('needs across CSOs', () => {
  it("counts a cohort's improvement areas and planned study types, per mentor too, naming the CSOs", async () => {
    const p2 = await startInstitutional(s.pm, s.users, 'Işık Gençlik Derneği', { mentorId: s.users[LOGINS.mentor2] });
    await completeToPlan(s.mentor2, s.gender, p2.id, { assessment: data.selfAssessment(3), plan: false });
    const plan = data.improvementPlan();
    plan.items = plan.items.filter((i) => i.studyType !== 'financial_procedures');
    await completeOpen(s.mentor2, p2.id, 'improvement_plan', plan);
    const firstOrg = (await s.pm.get(`/programs/${programId}`)).body.organizationId;

    const all = await s.pm.get('/reports/needs', { year: '1' });
    expect(all.status, JSON.stringify(all.body)).toBe(200);
    expect(all.body.programs).toBe(2);
    const st = Object.fromEntries(all.body.studyTypes.map((s: { studyType: string }) => [s.studyType, s]));
    expect(st.strategic_planning).toMatchObject({ planItems: 2, csos: 2, done: 1 });
    expect(st.strategic_planning.organizationIds.sort()).toEqual([firstOrg, p2.organizationId].sort());
    expect(st.financial_procedures).toMatchObject({ planItems: 1, csos: 1 });
    expect(all.body.studyTypes[0].csos).toBeGreaterThanOrEqual(all.body.studyTypes.at(-1).csos);
    const el = Object.fromEntries(all.body.elements.map((e: { element: string }) => [e.element, e]));
    expect(el.strategic_planning).toMatchObject({ plannedCsos: 2, planItems: 2, namedAreaCsos: 2 });
    expect(el.governance.lowGradeCsos).toBeGreaterThanOrEqual(1);
    expect(all.body.elements).toHaveLength(10);

    // A mentor sees their own CSOs only, whatever mentorId says; a PM filters by mentor.
    const own = await s.mentor.get('/reports/needs', { year: '1', mentorId: s.users[LOGINS.mentor2] });
    expect(own.body).toMatchObject({ programs: 1, mentorId: s.users[LOGINS.mentor] });
    expect((await s.pm.get('/reports/needs', { year: '1', mentorId: s.users[LOGINS.mentor2] })).body.programs).toBe(1);
    expect((await s.pm.get('/reports/needs', { year: 'x' })).body.errors).toHaveProperty('year');
    expect((await s.pm.get('/reports/needs', { mentorId: 'nope' })).body.errors).toHaveProperty('mentorId');
    expect((await s.gender.get('/reports/needs')).status).toBe(403);
  });
});
