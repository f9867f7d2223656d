import { useState, type DragEvent } from 'react';
import { Badge, Box, Button, Card, CardContent, Checkbox, Divider, FormControlLabel, IconButton, Tooltip, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import DragIndicatorIcon from '@mui/icons-material/DragIndicator';
import ExpandLessIcon from '@mui/icons-material/ExpandLess';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { useTranslate } from 'react-admin';
import type { RecordDef, StageDef, StageEnd, TaskDef, TemplateDefinition, TimerDef } from '../types';
import { useText } from '../text';
import { newRecord, newTask, newTimer } from './definition';
import { useErrorsUnder } from './errors';
import { DurationField, Part, PathField, PathSelect, RolesField, TextPair, useRoleChoices } from './fields';
import { FormButton } from './FormButton';
import { RemoveButton } from './RemoveButton';

interface StageCardProps {
  definition: TemplateDefinition;
  stage: StageDef;
  index: number;
  count: number;
  readOnly: boolean;
  onChange: (stage: StageDef) => void;
  onMove: (to: number) => void;
  /** A stage dragged onto this one moves to this place. */
  onDropStage: (from: number) => void;
  onRemove: () => void;
}

const row = { display: 'grid', gap: 1.5, gridTemplateColumns: { xs: '1fr', md: 'repeat(3, minmax(0, 1fr))' }, alignItems: 'start' };
const item = { border: 1, borderColor: 'divider', borderRadius: 1, p: { xs: 1, sm: 1.5 }, display: 'grid', gap: 1.5 };

const replaceAt = <T,>(list: T[], index: number, value: T) => list.map((entry, i) => (i === index ? value : entry));

const TaskEditor = ({
  path,
  task,
  onChange,
  onRemove,
  readOnly,
}: {
  path: string;
  task: TaskDef;
  onChange: (task: TaskDef) => void;
  onRemove: () => void;
  readOnly: boolean;
}) => {
  const translate = useTranslate();
  const text = useText();
  const roles = useRoleChoices();
  return (
    <Box sx={item} data-path={path} data-testid="task-editor">
      <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 1 }}>
        <Typography variant="subtitle2">{text(task.name) || translate('mentorflow.designer.new_task')}</Typography>
        {!readOnly && <RemoveButton name={task.name.en} onRemove={onRemove} testId={`${path}.remove`} />}
      </Box>
      <TextPair
        path={`${path}.name`}
        label={translate('mentorflow.designer.name')}
        value={task.name}
        onChange={(name) => onChange({ ...task, name })}
      />
      <Box sx={row}>
        <PathSelect
          path={`${path}.role`}
          label={translate('mentorflow.designer.role')}
          value={task.role}
          choices={roles}
          onChange={(role) => onChange({ ...task, role: role as TaskDef['role'] })}
        />
        <DurationField
          path={`${path}.due`}
          label={translate('mentorflow.designer.due_after')}
          value={task.due}
          onChange={(due) => onChange({ ...task, due })}
        />
        <PathSelect
          path={`${path}.opens`}
          label={translate('mentorflow.designer.opens')}
          value={task.opens ?? 'stage_start'}
          choices={[
            { id: 'stage_start', name: translate('mentorflow.designer.opens_stage_start') },
            { id: 'by_timer', name: translate('mentorflow.designer.opens_by_timer') },
          ]}
          onChange={(opens) => onChange({ ...task, opens: opens as TaskDef['opens'] })}
        />
      </Box>
      <Box sx={{ display: 'flex', gap: 1.5, flexWrap: 'wrap', alignItems: 'center' }}>
        <FormButton
          path={`${path}.form`}
          title={text(task.name)}
          form={task.form}
          readOnly={readOnly}
          onChange={(form) => onChange({ ...task, form })}
        />
        <PathField
          path={`${path}.id`}
          label={translate('mentorflow.designer.id')}
          value={task.id}
          onChange={(id) => onChange({ ...task, id })}
          sx={{ maxWidth: 240 }}
        />
      </Box>
    </Box>
  );
};

const RecordEditor = ({
  path,
  record,
  onChange,
  onRemove,
  readOnly,
}: {
  path: string;
  record: RecordDef;
  onChange: (record: RecordDef) => void;
  onRemove: () => void;
  readOnly: boolean;
}) => {
  const translate = useTranslate();
  const text = useText();
  return (
    <Box sx={item} data-path={path} data-testid="record-editor">
      <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 1 }}>
        <Typography variant="subtitle2">{text(record.name) || translate('mentorflow.designer.new_record')}</Typography>
        {!readOnly && <RemoveButton name={record.name.en} onRemove={onRemove} testId={`${path}.remove`} />}
      </Box>
      <TextPair
        path={`${path}.name`}
        label={translate('mentorflow.designer.name')}
        value={record.name}
        onChange={(name) => onChange({ ...record, name })}
      />
      <RolesField
        path={`${path}.addedBy`}
        label={translate('mentorflow.designer.added_by')}
        value={record.addedBy}
        onChange={(addedBy) => onChange({ ...record, addedBy })}
      />
      <Box sx={{ display: 'flex', gap: 1.5, flexWrap: 'wrap', alignItems: 'center' }}>
        <FormButton
          path={`${path}.form`}
          title={text(record.name)}
          form={record.form}
          readOnly={readOnly}
          onChange={(form) => onChange({ ...record, form })}
        />
        <PathField
          path={`${path}.id`}
          label={translate('mentorflow.designer.id')}
          value={record.id}
          onChange={(id) => onChange({ ...record, id })}
          sx={{ maxWidth: 240 }}
        />
      </Box>
    </Box>
  );
};

const TimerEditor = ({
  path,
  timer,
  stage,
  onChange,
  onRemove,
  readOnly,
}: {
  path: string;
  timer: TimerDef;
  stage: StageDef;
  onChange: (timer: TimerDef) => void;
  onRemove: () => void;
  readOnly: boolean;
}) => {
  const translate = useTranslate();
  const text = useText();
  const roles = useRoleChoices();
  const fromValue = timer.from.kind === 'last_record' ? `last_record:${timer.from.recordId}` : 'stage_start';
  const actionValue = timer.action.kind === 'open_task' ? `open_task:${timer.action.taskId}` : timer.action.kind;
  const fromChoices = [
    { id: 'stage_start', name: translate('mentorflow.designer.from_stage_start') },
    ...stage.records.map((record) => ({
      id: `last_record:${record.id}`,
      name: translate('mentorflow.designer.from_last_record', { name: text(record.name) || record.id }),
    })),
  ];
  const actionChoices = [
    { id: 'end_stage', name: translate('mentorflow.designer.action_end_stage') },
    { id: 'remind', name: translate('mentorflow.designer.action_remind') },
    ...stage.tasks.map((task) => ({
      id: `open_task:${task.id}`,
      name: translate('mentorflow.designer.action_open_task', { name: text(task.name) || task.id }),
    })),
  ];
  return (
    <Box sx={item} data-path={path} data-testid="timer-editor">
      <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 1 }}>
        <PathField
          path={`${path}.id`}
          label={translate('mentorflow.designer.id')}
          value={timer.id}
          onChange={(id) => onChange({ ...timer, id })}
          sx={{ maxWidth: 240 }}
        />
        {!readOnly && <RemoveButton name={timer.id} onRemove={onRemove} testId={`${path}.remove`} />}
      </Box>
      <Box sx={row}>
        <PathSelect
          path={`${path}.from`}
          label={translate('mentorflow.designer.from')}
          value={fromValue}
          choices={fromChoices}
          onChange={(value) =>
            onChange({
              ...timer,
              from:
                value === 'stage_start' ? { kind: 'stage_start' } : { kind: 'last_record', recordId: value.slice('last_record:'.length) },
            })
          }
        />
        <DurationField
          path={`${path}.after`}
          label={translate('mentorflow.designer.after')}
          value={timer.after}
          onChange={(after) => onChange({ ...timer, after })}
        />
        <PathSelect
          path={`${path}.action`}
          label={translate('mentorflow.designer.action')}
          value={actionValue}
          choices={actionChoices}
          onChange={(value) =>
            onChange({
              ...timer,
              action:
                value === 'end_stage'
                  ? { kind: 'end_stage' }
                  : value === 'remind'
                    ? { kind: 'remind', role: 'mentor', message: { en: '', tr: '' } }
                    : { kind: 'open_task', taskId: value.slice('open_task:'.length) },
            })
          }
        />
      </Box>
      {timer.action.kind === 'remind' && (
        <>
          <PathSelect
            path={`${path}.action.role`}
            label={translate('mentorflow.designer.remind_who')}
            value={timer.action.role}
            choices={roles}
            onChange={(role) =>
              timer.action.kind === 'remind' && onChange({ ...timer, action: { ...timer.action, role: role as TaskDef['role'] } })
            }
            sx={{ maxWidth: 280 }}
          />
          <TextPair
            path={`${path}.action.message`}
            label={translate('mentorflow.designer.message')}
            value={timer.action.message}
            onChange={(message) => timer.action.kind === 'remind' && onChange({ ...timer, action: { ...timer.action, message } })}
          />
        </>
      )}
      <FormControlLabel
        label={translate('mentorflow.designer.repeat')}
        control={
          <Checkbox
            size="small"
            checked={!!timer.repeat}
            onChange={(event) => onChange({ ...timer, repeat: event.target.checked || undefined })}
            slotProps={{ input: { 'data-testid': `${path}.repeat` } as never }}
          />
        }
      />
    </Box>
  );
};

const END_KINDS: StageEnd['kind'][] = ['all_tasks_done', 'manager_close', 'timer', 'condition'];

const EndRulesEditor = ({
  path,
  stage,
  onChange,
  readOnly,
}: {
  path: string;
  stage: StageDef;
  onChange: (end: StageEnd[]) => void;
  readOnly: boolean;
}) => {
  const translate = useTranslate();
  const ruleFor = (kind: StageEnd['kind']): StageEnd =>
    kind === 'timer' ? { kind, timerId: stage.timers[0]?.id ?? '' } : kind === 'condition' ? { kind, when: '' } : { kind };
  return (
    <Box sx={{ display: 'grid', gap: 1.5 }} data-path={path}>
      {stage.end.map((rule, index) => (
        <Box
          key={index}
          sx={{
            display: 'grid',
            gap: 1,
            gridTemplateColumns: { xs: '1fr auto', md: 'minmax(0, 1fr) minmax(0, 2fr) auto' },
            alignItems: 'start',
          }}
          data-testid="end-rule"
        >
          <PathSelect
            path={`${path}[${index}].kind`}
            label={translate('mentorflow.designer.ends_when')}
            value={rule.kind}
            choices={END_KINDS.map((kind) => ({ id: kind, name: translate(`mentorflow.designer.end_kinds.${kind}`) }))}
            onChange={(kind) => onChange(replaceAt(stage.end, index, ruleFor(kind as StageEnd['kind'])))}
          />
          <Box sx={{ gridColumn: { xs: '1 / 2', md: 'auto' }, gridRow: { xs: 2, md: 'auto' } }}>
            {rule.kind === 'timer' && (
              <PathSelect
                path={`${path}[${index}].timerId`}
                label={translate('mentorflow.designer.timer')}
                value={rule.timerId}
                choices={[{ id: '', name: '—' }, ...stage.timers.map((timer) => ({ id: timer.id, name: timer.id }))]}
                onChange={(timerId) => onChange(replaceAt(stage.end, index, { kind: 'timer', timerId }))}
              />
            )}
            {rule.kind === 'condition' && (
              <PathField
                path={`${path}[${index}].when`}
                label={translate('mentorflow.designer.condition')}
                helperText={translate('mentorflow.designer.feel_help')}
                value={rule.when}
                onChange={(when) => onChange(replaceAt(stage.end, index, { kind: 'condition', when }))}
                slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: 'monospace' } } }}
              />
            )}
          </Box>
          {!readOnly && (
            <RemoveButton
              name={translate(`mentorflow.designer.end_kinds.${rule.kind}`)}
              onRemove={() => onChange(stage.end.filter((_, i) => i !== index))}
              testId={`${path}[${index}].remove`}
            />
          )}
        </Box>
      ))}
      {!readOnly && (
        <Button
          size="small"
          startIcon={<AddIcon />}
          sx={{ justifySelf: 'start' }}
          onClick={() => onChange([...stage.end, { kind: 'manager_close' }])}
          data-testid={`${path}.add`}
        >
          {translate('mentorflow.designer.add_end_rule')}
        </Button>
      )}
    </Box>
  );
};

const NextRulesEditor = ({
  path,
  stage,
  definition,
  onChange,
  readOnly,
}: {
  path: string;
  stage: StageDef;
  definition: TemplateDefinition;
  onChange: (next: StageDef['next']) => void;
  readOnly: boolean;
}) => {
  const translate = useTranslate();
  const text = useText();
  const rules = stage.next ?? [];
  const targets = [
    ...definition.stages.filter((other) => other.id !== stage.id).map((other) => ({ id: other.id, name: text(other.name) || other.id })),
    { id: 'end', name: translate('mentorflow.designer.end_of_cycle') },
  ];
  const set = (next: NonNullable<StageDef['next']>) => onChange(next.length ? next : undefined);
  return (
    <Box sx={{ display: 'grid', gap: 1.5 }} data-path={path}>
      {rules.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          {translate('mentorflow.designer.next_default')}
        </Typography>
      )}
      {rules.map((rule, index) => (
        <Box
          key={index}
          sx={{
            display: 'grid',
            gap: 1,
            gridTemplateColumns: { xs: '1fr auto', md: 'minmax(0, 2fr) minmax(0, 1fr) auto' },
            alignItems: 'start',
          }}
          data-testid="next-rule"
        >
          <PathField
            path={`${path}[${index}].when`}
            label={translate('mentorflow.designer.when_optional')}
            value={rule.when ?? ''}
            onChange={(when) => set(replaceAt(rules, index, { ...rule, when: when || undefined }))}
            slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: 'monospace' } } }}
          />
          <PathSelect
            path={`${path}[${index}].to`}
            label={translate('mentorflow.designer.go_to')}
            value={rule.to}
            choices={targets}
            onChange={(to) => set(replaceAt(rules, index, { ...rule, to }))}
          />
          {!readOnly && (
            <RemoveButton name={rule.to} onRemove={() => set(rules.filter((_, i) => i !== index))} testId={`${path}[${index}].remove`} />
          )}
        </Box>
      ))}
      {!readOnly && (
        <Button
          size="small"
          startIcon={<AddIcon />}
          sx={{ justifySelf: 'start' }}
          onClick={() => set([...rules, { to: targets[0]?.id ?? 'end' }])}
          data-testid={`${path}.add`}
        >
          {translate('mentorflow.designer.add_next_rule')}
        </Button>
      )}
    </Box>
  );
};

/**
 * One stage of the design: its names, tasks, records, timers, how it ends and where it goes
 * next. Reordered with the arrow buttons or by dragging its handle onto another stage.
 */
export const StageCard = ({ definition, stage, index, count, readOnly, onChange, onMove, onDropStage, onRemove }: StageCardProps) => {
  const translate = useTranslate();
  const text = useText();
  const path = `stages[${index}]`;
  const errors = useErrorsUnder(path);
  const [open, setOpen] = useState(true);
  const [dragOver, setDragOver] = useState(false);
  const add = (label: string, onClick: () => void, testId: string) =>
    readOnly ? undefined : (
      <Button size="small" startIcon={<AddIcon />} onClick={onClick} data-testid={testId}>
        {label}
      </Button>
    );
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragOver(false);
    const from = Number(event.dataTransfer.getData('text/x-stage-index'));
    if (Number.isInteger(from) && from !== index) onDropStage(from);
  };
  return (
    <Card
      variant="outlined"
      data-path={path}
      data-testid="stage-card"
      data-stage-id={stage.id}
      onDragOver={
        readOnly
          ? undefined
          : (event) => {
              event.preventDefault();
              setDragOver(true);
            }
      }
      onDragLeave={() => setDragOver(false)}
      onDrop={readOnly ? undefined : onDrop}
      sx={{ borderColor: dragOver ? 'primary.main' : errors.length ? 'error.light' : 'divider', borderWidth: dragOver ? 2 : 1 }}
    >
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5, px: 1, py: 0.5, bgcolor: 'action.hover', flexWrap: 'wrap' }}>
        {!readOnly && (
          <Box
            draggable
            onDragStart={(event) => event.dataTransfer.setData('text/x-stage-index', String(index))}
            sx={{ cursor: 'grab', display: { xs: 'none', sm: 'flex' }, color: 'text.secondary' }}
            aria-hidden
            data-testid={`${path}.drag`}
          >
            <DragIndicatorIcon fontSize="small" />
          </Box>
        )}
        <Badge color="error" variant="dot" invisible={errors.length === 0}>
          <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
            {translate('mentorflow.designer.stage_n', { n: index + 1 })}: {text(stage.name) || translate('mentorflow.designer.unnamed')}
          </Typography>
        </Badge>
        <Box sx={{ flex: 1 }} />
        {!readOnly && (
          <>
            <Tooltip title={translate('mentorflow.designer.move_up')}>
              <span>
                <IconButton
                  size="small"
                  disabled={index === 0}
                  onClick={() => onMove(index - 1)}
                  aria-label={translate('mentorflow.designer.move_up')}
                  data-testid={`${path}.up`}
                >
                  <ArrowUpwardIcon fontSize="small" />
                </IconButton>
              </span>
            </Tooltip>
            <Tooltip title={translate('mentorflow.designer.move_down')}>
              <span>
                <IconButton
                  size="small"
                  disabled={index === count - 1}
                  onClick={() => onMove(index + 1)}
                  aria-label={translate('mentorflow.designer.move_down')}
                  data-testid={`${path}.down`}
                >
                  <ArrowDownwardIcon fontSize="small" />
                </IconButton>
              </span>
            </Tooltip>
            <RemoveButton name={text(stage.name)} onRemove={onRemove} testId={`${path}.remove`} />
          </>
        )}
        <IconButton
          size="small"
          onClick={() => setOpen(!open)}
          aria-expanded={open}
          aria-label={translate(open ? 'mentorflow.designer.collapse' : 'mentorflow.designer.expand')}
        >
          {open ? <ExpandLessIcon fontSize="small" /> : <ExpandMoreIcon fontSize="small" />}
        </IconButton>
      </Box>
      {open && (
        <CardContent sx={{ display: 'grid', gap: 2, p: { xs: 1.5, sm: 2 } }}>
          <TextPair
            path={`${path}.name`}
            label={translate('mentorflow.designer.stage_name')}
            value={stage.name}
            onChange={(name) => onChange({ ...stage, name })}
          />
          <PathField
            path={`${path}.id`}
            label={translate('mentorflow.designer.id')}
            value={stage.id}
            onChange={(id) => onChange({ ...stage, id })}
            sx={{ maxWidth: 240 }}
          />
          <Divider />
          <Part
            title={translate('mentorflow.designer.tasks')}
            action={add(
              translate('mentorflow.designer.add_task'),
              () => onChange({ ...stage, tasks: [...stage.tasks, newTask(definition)] }),
              `${path}.tasks.add`,
            )}
          >
            {stage.tasks.map((task, i) => (
              <TaskEditor
                key={i}
                path={`${path}.tasks[${i}]`}
                task={task}
                readOnly={readOnly}
                onChange={(next) => onChange({ ...stage, tasks: replaceAt(stage.tasks, i, next) })}
                onRemove={() => onChange({ ...stage, tasks: stage.tasks.filter((_, j) => j !== i) })}
              />
            ))}
          </Part>
          <Part
            title={translate('mentorflow.designer.records')}
            action={add(
              translate('mentorflow.designer.add_record'),
              () => onChange({ ...stage, records: [...stage.records, newRecord(definition)] }),
              `${path}.records.add`,
            )}
          >
            {stage.records.map((record, i) => (
              <RecordEditor
                key={i}
                path={`${path}.records[${i}]`}
                record={record}
                readOnly={readOnly}
                onChange={(next) => onChange({ ...stage, records: replaceAt(stage.records, i, next) })}
                onRemove={() => onChange({ ...stage, records: stage.records.filter((_, j) => j !== i) })}
              />
            ))}
          </Part>
          <Part
            title={translate('mentorflow.designer.timers')}
            action={add(
              translate('mentorflow.designer.add_timer'),
              () => onChange({ ...stage, timers: [...stage.timers, newTimer(definition)] }),
              `${path}.timers.add`,
            )}
          >
            {stage.timers.map((timer, i) => (
              <TimerEditor
                key={i}
                path={`${path}.timers[${i}]`}
                timer={timer}
                stage={stage}
                readOnly={readOnly}
                onChange={(next) => onChange({ ...stage, timers: replaceAt(stage.timers, i, next) })}
                onRemove={() => onChange({ ...stage, timers: stage.timers.filter((_, j) => j !== i) })}
              />
            ))}
          </Part>
          <Part title={translate('mentorflow.designer.end_rules')}>
            <EndRulesEditor path={`${path}.end`} stage={stage} readOnly={readOnly} onChange={(end) => onChange({ ...stage, end })} />
          </Part>
          <Part title={translate('mentorflow.designer.next_rules')}>
            <NextRulesEditor
              path={`${path}.next`}
              stage={stage}
              definition={definition}
              readOnly={readOnly}
              onChange={(next) => onChange({ ...stage, next })}
            />
          </Part>
        </CardContent>
      )}
    </Card>
  );
};
