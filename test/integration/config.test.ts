/**
 * Low-code configuration: admins edit the management model, scale, study types and durations;
 * every edit is a new version; running programs keep theirs, new ones take the newest.
 */
import { describe, expect, it } from 'vitest';
import * as inst from '../support/institutional-data';
import { openTask, startInstitutional } from '../support/programs';
import { signedInSuite } from '../support/signed-in';

const s = signedInSuite();

const start = (label: string) => startInstitutional(s.pm, s.users, label);

describe('configuration', () => {
  it('versions every edit; a running program keeps its scale, a new one uses the newest', async () => {
    const before = (await s.admin.get('/config/institutional')).body;
    expect(before.version).toBe(1);
    const old = await start('Old scale');

    const scale = {
      min: 1,
      max: 4,
      descriptors: {
        1: { en: 'Absent', tr: 'Yok' },
        2: { en: 'Initial', tr: 'Başlangıç' },
        3: { en: 'Established', tr: 'Yerleşik' },
        4: { en: 'Exemplary', tr: 'Örnek' },
      },
    };
    const elements = before.elements.map((e: { slug: string; name: object }) =>
      e.slug === 'governance'
        ? {
            ...e,
            name: { en: 'Governance', tr: 'Yönetişim' },
            standard: { en: 'The board meets and decides openly', tr: 'Yönetim kurulu düzenli toplanır ve açık karar alır' },
          }
        : e,
    );
    const saved = await s.admin.put('/config/institutional', {
      gradeScale: scale,
      elements,
      studyTypes: [...before.studyTypes, 'digital_security'],
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.version).toBe(2);
    expect((await s.pm.get('/config/institutional/versions')).body.map((v: { version: number }) => v.version)).toEqual([2]);

    const fresh = await start('New scale');
    expect(fresh.configVersion).toBe(2);
    expect((await s.pm.get(`/programs/${fresh.id}`)).body.config.elements[0].name.en).toBe('Governance');

    // Grade 5 is outside the new 1-4 scale, but still inside the old program's 1-5.
    const five = inst.selfAssessment();
    five.elements.governance.grade = 5;
    const refused = await s.mentor.post(`/tasks/${(await openTask(s.mentor, fresh.id, 'self_assessment')).id}/complete`, five);
    expect(refused.status).toBe(400);
    expect(refused.body.errors['elements.governance.grade']).toMatch(/between 1 and 4/);
    const ok = await s.mentor.post(`/tasks/${(await openTask(s.mentor, old.id, 'self_assessment')).id}/complete`, five);
    expect(ok.status).toBe(200);
    expect((await s.pm.get(`/programs/${old.id}`)).body.configVersion).toBe(1);
  });

  it('rejects bad model edits naming the field and saves nothing', async () => {
    const current = (await s.admin.get('/config/institutional')).body;
    const bad = await s.admin.put('/config/institutional', {
      gradeScale: { min: 1, max: 3, descriptors: { 1: { en: 'a', tr: 'b' } } },
      elements: current.elements.slice(0, 9),
      studyTypes: ['strategic_planning', 'Bad Type'],
    });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.errors).sort()).toEqual([
      'elements',
      'gradeScale.descriptors.2',
      'gradeScale.descriptors.3',
      'studyTypes',
      'studyTypes.1',
    ]);
    expect((await s.admin.put('/config/advocacy', { gradeScale: current.gradeScale })).status).toBe(400);
    expect((await s.admin.put('/config/institutional', { durations: { yearLength: 10 } })).body.errors).toHaveProperty(
      'durations.yearLength',
    );
    expect((await s.pm.put('/config/institutional', { durations: { yearLength: 60_000 } })).status).toBe(403);
    expect((await s.admin.get('/config/institutional')).body.version).toBe(current.version);
  });
});
