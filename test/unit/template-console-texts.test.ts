/**
 * The console's words for designed program types (issue 10's leftovers): English and Turkish have
 * the same keys; audit actions and designed programs' history steps are said in words, with the
 * type, version, task, record kind or timer they name; bulk close-stage is sent per stage.
 */
import { describe, expect, it } from 'vitest';
import { auditActionLabel } from '../../admin/src/audit/actionLabel';
import { closeStages } from '../../admin/src/cohorts/bulk/closeStages';
import type { BulkSignalResult } from '../../admin/src/cohorts/types';
import { auditActionsEn } from '../../admin/src/i18n/auditActions.en';
import { auditActionsTr } from '../../admin/src/i18n/auditActions.tr';
import { templateOpsEn } from '../../admin/src/i18n/templateOps.en';
import { templateOpsTr } from '../../admin/src/i18n/templateOps.tr';
import { historyStepName } from '../../admin/src/templatePrograms/historyStepName';
import { gmiTemplate } from './template-fixtures';

type Tree = { [key: string]: Tree | string };
const keys = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)));
const lookup = (tree: Tree, path: string): string | undefined => {
  let node: Tree | string | undefined = tree;
  for (const part of path.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
};
/** Polyglot's interpolation, enough for these texts; `_` is the fallback for a missing key. */
const translator =
  (messages: Tree) =>
  (key: string, options: Record<string, unknown> = {}) => {
    const text = lookup(messages, key);
    if (text === undefined) return typeof options._ === 'string' ? options._ : key;
    return text.replace(/%\{(\w+)\}/g, (_, name: string) => String(options[name] ?? ''));
  };
const en = translator(templateOpsEn as unknown as Tree);
const tr = translator(templateOpsTr as unknown as Tree);
const typeName = (key: string) => (key === 'gmi' ? 'Gender Mainstreaming Initiative' : key);

describe('templateOps texts', () => {
  it('has the same keys in English and Turkish, none empty', () => {
    const enKeys = keys(templateOpsEn as unknown as Tree).sort();
    expect(keys(templateOpsTr as unknown as Tree).sort()).toEqual(enKeys);
    expect(Object.keys(auditActionsTr).sort()).toEqual(Object.keys(auditActionsEn).sort());
    expect(Object.values({ ...auditActionsEn, ...auditActionsTr }).every((text) => text.trim() !== '')).toBe(true);
    for (const key of enKeys) {
      expect(lookup(templateOpsEn as unknown as Tree, key), key).not.toBe('');
      expect(lookup(templateOpsTr as unknown as Tree, key), key).not.toBe('');
    }
  });
});

describe('auditActionLabel', () => {
  const row = (action: string, details: Record<string, unknown> | null = null, targetId: string | null = 'gmi') => ({
    action,
    details,
    targetId,
  });

  it('names the template actions with their type, version, record kind and stage', () => {
    expect(auditActionLabel(row('program_template.publish', { version: 3 }), 'en', en, typeName)).toBe(
      'Program type published: Gender Mainstreaming Initiative, version 3',
    );
    expect(auditActionLabel(row('program_template.publish', { errors: {} }), 'en', en, typeName)).toBe(
      'Program type published: Gender Mainstreaming Initiative',
    );
    expect(auditActionLabel(row('program_template.draft.save'), 'tr', tr, typeName)).toBe(
      'Program türü taslağı kaydedildi: Gender Mainstreaming Initiative',
    );
    expect(auditActionLabel(row('program_template.create'), 'en', en, typeName)).toBe(
      'Program type created: Gender Mainstreaming Initiative',
    );
    expect(auditActionLabel(row('program.start', { templateKey: 'gmi', templateVersion: 2 }, 'p1'), 'en', en, typeName)).toBe(
      'Program started: Gender Mainstreaming Initiative, version 2',
    );
    expect(auditActionLabel(row('program.start', { type: 'institutional' }, 'p1'), 'en', en, typeName)).toBe('Program started');
    expect(auditActionLabel(row('workflow.update.addRecord', { kind: 'peer_meeting' }, 'p1'), 'tr', tr, typeName)).toBe(
      'Kayıt eklendi: peer meeting',
    );
    expect(auditActionLabel(row('workflow.signal.close-stage', { stageId: 'meetings' }, 'p1'), 'en', en, typeName)).toBe(
      'Stage closed: meetings',
    );
    expect(auditActionLabel(row('workflow.signal.close-stage', null, 'p1'), 'en', en, typeName)).toBe('Stage closed');
    expect(auditActionLabel(row('workflow.update.completeTask.practice_review', null, 't1'), 'en', en, typeName)).toBe(
      'Task completed: practice review',
    );
  });

  it('says the other actions in words and shows an unknown action as its key', () => {
    expect(auditActionLabel(row('workflow.signal.pause', null, 'p1'), 'tr', tr, typeName)).toBe('Program duraklatıldı');
    expect(auditActionLabel(row('auth.login', null, null), 'en', en, typeName)).toBe('Signed in');
    expect(auditActionLabel(row('cso.invite', null, null), 'en', en, typeName)).toBe('cso.invite');
  });
});

describe('historyStepName', () => {
  const def = gmiTemplate();
  const names = new Map<string, string>(
    def.stages.flatMap((s) => [[s.id, s.name.en] as [string, string], ...s.tasks.map((t) => [t.id, t.name.en] as [string, string])]),
  );
  const step = (s: string, t = en) =>
    historyStepName(s, def, names, (key, options) => {
      // The shared texts (stage_started, mentorflow.history.*) live in other files: stand-ins here.
      if (key === 'mentorflow.template_programs.stage_ended') return `Stage ended: ${options?.name}`;
      if (key === 'mentorflow.history.paused') return 'Paused';
      return t(key, options);
    });

  it('translates every step the template workflow writes', () => {
    expect(step('cycle_completed')).toBe('Cycle completed');
    expect(step('cycle_completed', tr)).toBe('Döngü tamamlandı');
    expect(step('completed')).toBe('Program completed');
    expect(step('started', tr)).toBe('Program başladı');
    expect(step('practice_review')).toBe('Task completed: Practice review');
    expect(step('stage_ended:meetings')).toBe('Stage ended: Regular meetings');
    expect(step('timer:open_joint')).toBe('Timer opened “Joint action”');
    expect(step('timer:no_meeting', tr)).toBe('Hatırlatma gönderildi');
    expect(step('timer:stage_end')).toBe('Timer ended the stage');
    expect(step('paused')).toBe('Paused');
    expect(step('something_new')).toBe('something new');
  });
});

describe('closeStages', () => {
  it('sends one request per current stage and joins the answers', async () => {
    const sent: { ids: string[]; stageId: string }[] = [];
    const send = async (body: { ids: string[]; stageId: string }): Promise<BulkSignalResult> => {
      sent.push(body);
      const ok = body.stageId === 'meetings';
      return {
        accepted: ok ? body.ids.length : 0,
        refused: ok ? 0 : body.ids.length,
        results: body.ids.map((id) => ({ programId: id, organizationId: id, ok })),
      };
    };
    const programs = [
      { id: 'a', stage: 'meetings' },
      { id: 'b', stage: 'review' },
      { id: 'c', stage: 'meetings' },
    ];
    const result = await closeStages(programs, ['a', 'b', 'c', 'd'], send);
    expect(sent).toEqual([
      { ids: ['a', 'c'], stageId: 'meetings' },
      { ids: ['b'], stageId: 'review' },
    ]);
    expect(result).toMatchObject({ accepted: 2, refused: 2 });
    expect(result.results.find((r) => r.programId === 'd')).toMatchObject({ ok: false, statusCode: 404 });
  });
});
