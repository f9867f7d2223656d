import { auditActionsEn } from '../i18n/auditActions.en';
import { auditActionsTr } from '../i18n/auditActions.tr';
import type { AuditRecord } from './types';

type Translate = (key: string, options?: Record<string, unknown>) => string;

const interpolate = (text: string, options: Record<string, unknown>) =>
  text.replace(/%\{(\w+)\}/g, (_, name: string) => String(options[name] ?? ''));

/** `workflow.signal.close-stage` -> `workflow_signal_close_stage`: one flat key per action (polyglot nests on dots). */
const keyOf = (action: string) => action.replace(/[.-]/g, '_');

const COMPLETE_TASK = 'workflow.update.completeTask.';

/**
 * A readable name of an audit row's action in the console's language, with what it was done
 * to where the row's details say it (a designed type's name and version, a task, a record kind).
 * Actions without a text (added later, or by another module) show their key.
 */
export const auditActionLabel = (
  record: Pick<AuditRecord, 'action' | 'details' | 'targetId'>,
  locale: string,
  translate: Translate,
  typeName: (key: string) => string,
): string => {
  const texts = locale === 'tr' ? auditActionsTr : auditActionsEn;
  const say = (key: string, options: Record<string, unknown> = {}) =>
    texts[key] !== undefined ? interpolate(texts[key], options) : record.action;
  const details = record.details ?? {};
  const str = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');
  if (record.action.startsWith(COMPLETE_TASK)) {
    const type = record.action.slice(COMPLETE_TASK.length);
    // Built-in task types have names; a designed type's task id is shown as words.
    return say('complete_task', { task: translate(`mentorflow.task_types.${type}`, { _: type.replace(/_/g, ' ') }) });
  }
  const options: Record<string, unknown> = {};
  let key = keyOf(record.action);
  if (record.action.startsWith('program_template.')) options.name = typeName(record.targetId ?? '');
  if (record.action === 'program_template.publish' && details.version !== undefined) {
    key = 'program_template_publish_version';
    options.version = details.version;
  }
  if (record.action === 'program.start' && details.templateKey) {
    key = 'program_start_template';
    options.name = typeName(str(details.templateKey));
    options.version = str(details.templateVersion);
  }
  if (record.action === 'workflow.update.addRecord' && details.kind) {
    key = 'workflow_update_addRecord_kind';
    options.kind = str(details.kind).replace(/_/g, ' ');
  }
  if (record.action === 'workflow.signal.close-stage' && details.stageId) {
    key = 'workflow_signal_close_stage_named';
    options.stage = str(details.stageId).replace(/_/g, ' ');
  }
  return say(key, options);
};
