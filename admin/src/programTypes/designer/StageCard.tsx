import { Fragment, useState, type DragEvent, type ReactNode } from 'react';
import { Badge, Box, Card, CardContent, Checkbox, Divider, FormControlLabel, IconButton, Tooltip, Typography } from '@mui/material';
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
import {
  AddButton,
  DurationField,
  IdField,
  Part,
  PathField,
  PathSelect,
  RolesField,
  TextPair,
  useBinder,
  useRoleChoices,
  type PartEditorProps,
} from './fields';
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

interface ItemProps<T> extends PartEditorProps<T> {
  onRemove: () => void;
}

/** One task, record or timer of a stage: a bordered box, its heading beside the remove button. */
const ItemBox = ({
  path,
  testId,
  heading,
  removeName,
  onRemove,
  readOnly,
  children,
}: Omit<ItemProps<never>, 'onChange'> & { testId: string; heading: ReactNode; removeName: string; children: ReactNode }) => (
  <Box sx={item} data-path={path} data-testid={testId}>
    <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 1 }}>
      {heading}
      {!readOnly && <RemoveButton name={removeName} onRemove={onRemove} testId={`${path}.remove`} />}
    </Box>
    {children}
  </Box>
);

/** A task or a record: its names, what is particular to it, then its form and id. */
const NamedItemEditor = <T extends TaskDef | RecordDef>({
  path,
  value,
  onChange,
  onRemove,
  readOnly,
  testId,
  newName,
  children,
}: ItemProps<T> & { value: T; testId: string; newName: string; children: ReactNode }) => {
  const translate = useTranslate();
  const text = useText();
  const bind = useBinder(path, value, onChange);
  return (
    <ItemBox
      path={path}
      testId={testId}
      heading={<Typography variant="subtitle2">{text(value.name) || translate(newName)}</Typography>}
      removeName={value.name.en}
      onRemove={onRemove}
      readOnly={readOnly}
    >
      <TextPair {...bind('name')} />
      {children}
      <Box sx={{ display: 'flex', gap: 1.5, flexWrap: 'wrap', alignItems: 'center' }}>
        <FormButton
          path={`${path}.form`}
          title={text(value.name)}
          form={value.form}
          readOnly={readOnly}
          onChange={(form) => onChange({ ...value, form })}
        />
        <IdField path={path} value={value.id} onChange={(id) => onChange({ ...value, id })} />
      </Box>
    </ItemBox>
  );
};

const TaskEditor = ({ value: task, ...props }: ItemProps<TaskDef> & { value: TaskDef }) => {
  const translate = useTranslate();
  const roles = useRoleChoices();
  const bind = useBinder(props.path, task, props.onChange);
  return (
    <NamedItemEditor value={task} testId="task-editor" newName="mentorflow.designer.new_task" {...props}>
      <Box sx={row}>
        <PathSelect {...bind('role')} choices={roles} />
        <DurationField {...bind('due', 'due_after')} />
        <PathSelect
          {...bind('opens')}
          value={task.opens ?? 'stage_start'}
          choices={[
            { id: 'stage_start', name: translate('mentorflow.designer.opens_stage_start') },
            { id: 'by_timer', name: translate('mentorflow.designer.opens_by_timer') },
          ]}
        />
      </Box>
    </NamedItemEditor>
  );
};

const RecordEditor = ({ value: record, ...props }: ItemProps<RecordDef> & { value: RecordDef }) => {
  const bind = useBinder(props.path, record, props.onChange);
  return (
    <NamedItemEditor value={record} testId="record-editor" newName="mentorflow.designer.new_record" {...props}>
      <RolesField {...bind('addedBy', 'added_by')} />
    </NamedItemEditor>
  );
};

// A timer's start and action, each one select value ("last_record:<id>", "open_task:<id>"), and back.
const fromValue = (from: TimerDef['from']) => (from.kind === 'last_record' ? `last_record:${from.recordId}` : 'stage_start');
const fromOf = (value: string): TimerDef['from'] =>
  value === 'stage_start' ? { kind: 'stage_start' } : { kind: 'last_record', recordId: value.slice('last_record:'.length) };
const actionValue = (action: TimerDef['action']) => (action.kind === 'open_task' ? `open_task:${action.taskId}` : action.kind);
const actionOf = (value: string): TimerDef['action'] =>
  value === 'end_stage'
    ? { kind: 'end_stage' }
    : value === 'remind'
      ? { kind: 'remind', role: 'mentor', message: { en: '', tr: '' } }
      : { kind: 'open_task', taskId: value.slice('open_task:'.length) };

const TimerEditor = ({
  path,
  value: timer,
  stage,
  onChange,
  onRemove,
  readOnly,
}: ItemProps<TimerDef> & { value: TimerDef; stage: StageDef }) => {
  const translate = useTranslate();
  const text = useText();
  const roles = useRoleChoices();
  const bind = useBinder(path, timer, onChange);
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
    <ItemBox
      path={path}
      testId="timer-editor"
      heading={<IdField path={path} value={timer.id} onChange={(id) => onChange({ ...timer, id })} />}
      removeName={timer.id}
      onRemove={onRemove}
      readOnly={readOnly}
    >
      <Box sx={row}>
        <PathSelect
          {...bind('from')}
          value={fromValue(timer.from)}
          choices={fromChoices}
          onChange={(value) => onChange({ ...timer, from: fromOf(value) })}
        />
        <DurationField {...bind('after')} />
        <PathSelect
          {...bind('action')}
          value={actionValue(timer.action)}
          choices={actionChoices}
          onChange={(value) => onChange({ ...timer, action: actionOf(value) })}
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
    </ItemBox>
  );
};

/** A list of rules, one row each (its inputs, then remove), and "Add ..." under them. */
const RuleRows = <R,>({
  path,
  rules,
  testId,
  columns,
  readOnly,
  renderRule,
  removeName,
  onRemoveAt,
  add,
  children,
}: {
  path: string;
  rules: R[];
  testId: string;
  /** The row's columns on a wide screen (the remove button's last). */
  columns: string;
  readOnly: boolean;
  renderRule: (rule: R, index: number) => ReactNode;
  removeName: (rule: R) => string;
  onRemoveAt: (index: number) => void;
  add: { label: string; onClick: () => void };
  /** Above the rules, e.g. what happens when there is none. */
  children?: ReactNode;
}) => (
  <Box sx={{ display: 'grid', gap: 1.5 }} data-path={path}>
    {children}
    {rules.map((rule, index) => (
      <Box
        key={index}
        sx={{ display: 'grid', gap: 1, gridTemplateColumns: { xs: '1fr auto', md: columns }, alignItems: 'start' }}
        data-testid={testId}
      >
        {renderRule(rule, index)}
        {!readOnly && <RemoveButton name={removeName(rule)} onRemove={() => onRemoveAt(index)} testId={`${path}[${index}].remove`} />}
      </Box>
    ))}
    {!readOnly && <AddButton label={add.label} onClick={add.onClick} testId={`${path}.add`} sx={{ justifySelf: 'start' }} />}
  </Box>
);

const END_KINDS: StageEnd['kind'][] = ['all_tasks_done', 'manager_close', 'timer', 'condition'];

const EndRulesEditor = ({ path, stage, onChange, readOnly }: PartEditorProps<StageEnd[]> & { stage: StageDef }) => {
  const translate = useTranslate();
  const ruleFor = (kind: StageEnd['kind']): StageEnd =>
    kind === 'timer' ? { kind, timerId: stage.timers[0]?.id ?? '' } : kind === 'condition' ? { kind, when: '' } : { kind };
  return (
    <RuleRows
      path={path}
      rules={stage.end}
      testId="end-rule"
      columns="minmax(0, 1fr) minmax(0, 2fr) auto"
      readOnly={readOnly}
      removeName={(rule) => translate(`mentorflow.designer.end_kinds.${rule.kind}`)}
      onRemoveAt={(index) => onChange(stage.end.filter((_, i) => i !== index))}
      add={{ label: translate('mentorflow.designer.add_end_rule'), onClick: () => onChange([...stage.end, { kind: 'manager_close' }]) }}
      renderRule={(rule, index) => (
        <>
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
        </>
      )}
    />
  );
};

const NextRulesEditor = ({
  path,
  stage,
  definition,
  onChange,
  readOnly,
}: PartEditorProps<StageDef['next']> & { stage: StageDef; definition: TemplateDefinition }) => {
  const translate = useTranslate();
  const text = useText();
  const rules = stage.next ?? [];
  const targets = [
    ...definition.stages.filter((other) => other.id !== stage.id).map((other) => ({ id: other.id, name: text(other.name) || other.id })),
    { id: 'end', name: translate('mentorflow.designer.end_of_cycle') },
  ];
  const set = (next: NonNullable<StageDef['next']>) => onChange(next.length ? next : undefined);
  return (
    <RuleRows
      path={path}
      rules={rules}
      testId="next-rule"
      columns="minmax(0, 2fr) minmax(0, 1fr) auto"
      readOnly={readOnly}
      removeName={(rule) => rule.to}
      onRemoveAt={(index) => set(rules.filter((_, i) => i !== index))}
      add={{ label: translate('mentorflow.designer.add_next_rule'), onClick: () => set([...rules, { to: targets[0]?.id ?? 'end' }]) }}
      renderRule={(rule, index) => (
        <>
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
        </>
      )}
    >
      {rules.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          {translate('mentorflow.designer.next_default')}
        </Typography>
      )}
    </RuleRows>
  );
};

type ItemKind = 'tasks' | 'records' | 'timers';

const ADD_LABELS: Record<ItemKind, string> = {
  tasks: 'mentorflow.designer.add_task',
  records: 'mentorflow.designer.add_record',
  timers: 'mentorflow.designer.add_timer',
};

/** A stage's tasks, records or timers: each in its editor, "Add ..." beside the title. */
const StageItems = <T,>({
  title,
  addLabel,
  path,
  items,
  create,
  readOnly,
  onChange,
  renderItem,
}: {
  title: string;
  addLabel: string;
  /** E.g. "stages[0].tasks": the items are "stages[0].tasks[N]". */
  path: string;
  items: T[];
  create: () => T;
  readOnly: boolean;
  onChange: (items: T[]) => void;
  renderItem: (value: T, props: ItemProps<T>) => ReactNode;
}) => (
  <Part
    title={title}
    action={readOnly ? undefined : <AddButton label={addLabel} onClick={() => onChange([...items, create()])} testId={`${path}.add`} />}
  >
    {items.map((value, i) => (
      <Fragment key={i}>
        {renderItem(value, {
          path: `${path}[${i}]`,
          readOnly,
          onChange: (next) => onChange(replaceAt(items, i, next)),
          onRemove: () => onChange(items.filter((_, j) => j !== i)),
        })}
      </Fragment>
    ))}
  </Part>
);

/**
 * One stage of the design: its names, tasks, records, timers, how it ends and where it goes
 * next. Reordered with the arrow buttons or by dragging its handle onto another stage.
 */
const MOVES = {
  up: { icon: ArrowUpwardIcon, label: 'mentorflow.designer.move_up' },
  down: { icon: ArrowDownwardIcon, label: 'mentorflow.designer.move_down' },
};

/** Moves a stage one place up or down (the span keeps the tooltip on a disabled button). */
const MoveButton = ({
  direction,
  disabled,
  onClick,
  testId,
}: {
  direction: keyof typeof MOVES;
  disabled: boolean;
  onClick: () => void;
  testId: string;
}) => {
  const translate = useTranslate();
  const { icon: Icon, label } = MOVES[direction];
  return (
    <Tooltip title={translate(label)}>
      <span>
        <IconButton size="small" disabled={disabled} onClick={onClick} aria-label={translate(label)} data-testid={testId}>
          <Icon fontSize="small" />
        </IconButton>
      </span>
    </Tooltip>
  );
};

export const StageCard = ({ definition, stage, index, count, readOnly, onChange, onMove, onDropStage, onRemove }: StageCardProps) => {
  const translate = useTranslate();
  const text = useText();
  const path = `stages[${index}]`;
  const bind = useBinder(path, stage, onChange);
  const errors = useErrorsUnder(path);
  const [open, setOpen] = useState(true);
  const [dragOver, setDragOver] = useState(false);
  const items = <K extends ItemKind>(
    kind: K,
    create: (definition: TemplateDefinition) => StageDef[K][number],
    renderItem: (value: StageDef[K][number], props: ItemProps<StageDef[K][number]>) => ReactNode,
  ) => (
    <StageItems<StageDef[K][number]>
      title={translate(`mentorflow.designer.${kind}`)}
      addLabel={translate(ADD_LABELS[kind])}
      path={`${path}.${kind}`}
      items={stage[kind]}
      create={() => create(definition)}
      readOnly={readOnly}
      onChange={(next) => onChange({ ...stage, [kind]: next })}
      renderItem={renderItem}
    />
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
            <MoveButton direction="up" disabled={index === 0} onClick={() => onMove(index - 1)} testId={`${path}.up`} />
            <MoveButton direction="down" disabled={index === count - 1} onClick={() => onMove(index + 1)} testId={`${path}.down`} />
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
          <TextPair {...bind('name', 'stage_name')} />
          <IdField path={path} value={stage.id} onChange={(id) => onChange({ ...stage, id })} />
          <Divider />
          {items('tasks', newTask, (task, props) => (
            <TaskEditor value={task} {...props} />
          ))}
          {items('records', newRecord, (record, props) => (
            <RecordEditor value={record} {...props} />
          ))}
          {items('timers', newTimer, (timer, props) => (
            <TimerEditor value={timer} stage={stage} {...props} />
          ))}
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
