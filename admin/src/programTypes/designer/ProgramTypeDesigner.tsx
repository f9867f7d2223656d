import { useState } from 'react';
import { Box, Button, Card, CardContent, CircularProgress, FormControlLabel, Switch, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import AssessmentIcon from '@mui/icons-material/Assessment';
import PublishIcon from '@mui/icons-material/Publish';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Confirm, HttpError, Loading, Title, useNotify, usePermissions, useTranslate } from 'react-admin';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { isAllowed, type Role } from '../../auth/roles';
import { DraftStatus, LeaveGuard } from '../../common/drafts';
import { useMentorflowDataProvider } from '../../data/dataProvider';
import type { ProgramTypeRecord, TemplateDefinition } from '../types';
import { useText } from '../text';
import { move, newStage, normalizeDefinition } from './definition';
import { ErrorsProvider, toErrorMap, type ErrorMap } from './errors';
import { ErrorSummary } from './ErrorSummary';
import { PathField, TextPair } from './fields';
import { FiguresEditor } from './FiguresEditor';
import { StageCard } from './StageCard';
import { useTemplateDraft } from './useTemplateDraft';
import { VersionsPanel } from './VersionsPanel';

const Section = ({
  title,
  children,
  action,
  testId,
}: {
  title: string;
  children: React.ReactNode;
  action?: React.ReactNode;
  testId?: string;
}) => (
  <Card variant="outlined" data-testid={testId}>
    <CardContent sx={{ display: 'grid', gap: 2, p: { xs: 1.5, sm: 2 } }}>
      <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <Typography variant="h6" component="h2">
          {title}
        </Typography>
        {action}
      </Box>
      {children}
    </CardContent>
  </Card>
);

const Designer = ({ record, initial, readOnly }: { record: ProgramTypeRecord; initial: TemplateDefinition; readOnly: boolean }) => {
  const translate = useTranslate();
  const text = useText();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const dataProvider = useMentorflowDataProvider();
  const { definition, setDefinition, autosave, errors } = useTemplateDraft(record.key, initial, record.draft?.updatedAt ?? null);
  const [publishErrors, setPublishErrors] = useState<ErrorMap | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [publishing, setPublishing] = useState(false);
  const edit = (change: Partial<TemplateDefinition>) => {
    if (readOnly) return;
    setDefinition((previous) => ({ ...previous, ...change }));
  };
  // The latest save's checks; after a refused publish, its own errors until the next save.
  const shown: ErrorMap = { ...toErrorMap(errors ?? []), ...(publishErrors ?? {}) };

  const publish = async () => {
    setConfirming(false);
    setPublishing(true);
    try {
      if (!(await autosave.flush())) throw new Error(translate('mentorflow.drafts.error'));
      const result = await dataProvider.publishTemplate(record.key);
      setPublishErrors(null);
      notify('mentorflow.designer.published', { type: 'success', messageArgs: { version: result.version } });
      await queryClient.invalidateQueries({ queryKey: ['program-type', record.key] });
    } catch (error) {
      const body = error instanceof HttpError ? (error.body as { errors?: Record<string, string>; message?: string } | null) : null;
      if (body?.errors) {
        setPublishErrors(toErrorMap(body.errors));
        notify('mentorflow.designer.publish_refused', { type: 'warning', messageArgs: { smart_count: Object.keys(body.errors).length } });
      } else {
        notify(error instanceof Error ? error.message : String(error), { type: 'error' });
      }
    } finally {
      setPublishing(false);
    }
  };

  const latest = record.versions.reduce((max, version) => Math.max(max, version.version), 0);
  return (
    <ErrorsProvider value={shown}>
      <Title title={text(definition.name) || record.key} />
      {!readOnly && <LeaveGuard active={autosave.unsaved} save={autosave.flush} />}
      <Box sx={{ p: { xs: 1, sm: 2 }, display: 'grid', gap: 2, maxWidth: 1200 }} data-testid="program-type-designer" data-key={record.key}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, flexWrap: 'wrap' }}>
          <Box sx={{ flex: '1 1 260px', minWidth: 0 }}>
            <Typography variant="h5" component="h1" sx={{ overflowWrap: 'anywhere' }}>
              {text(definition.name) || record.key}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {record.key} ·{' '}
              {latest
                ? translate('mentorflow.designer.latest_version', { version: latest })
                : translate('mentorflow.designer.not_published')}
            </Typography>
          </Box>
          {!readOnly && <DraftStatus draft={autosave} />}
          {latest > 0 && (
            <Button
              component={RouterLink}
              to={`/program-types/${encodeURIComponent(record.key)}/report`}
              startIcon={<AssessmentIcon />}
              data-testid="open-type-report"
            >
              {translate('mentorflow.designer.report')}
            </Button>
          )}
          {!readOnly && (
            <Button
              variant="contained"
              startIcon={publishing ? <CircularProgress size={16} color="inherit" /> : <PublishIcon />}
              disabled={publishing}
              onClick={() => setConfirming(true)}
              data-testid="publish"
            >
              {translate('mentorflow.designer.publish')}
            </Button>
          )}
        </Box>
        <ErrorSummary errors={shown} title={publishErrors ? 'mentorflow.designer.publish_errors' : 'mentorflow.designer.check_errors'} />
        <Box component="fieldset" disabled={readOnly} sx={{ border: 0, p: 0, m: 0, minWidth: 0, display: 'grid', gap: 2 }}>
          <Section title={translate('mentorflow.designer.general')}>
            <TextPair
              path="name"
              label={translate('mentorflow.designer.type_name')}
              value={definition.name}
              onChange={(name) => edit({ name })}
            />
            <TextPair
              path="description"
              label={translate('mentorflow.designer.description')}
              value={definition.description ?? { en: '', tr: '' }}
              onChange={(description) => edit({ description: description.en || description.tr ? description : undefined })}
            />
            <Box sx={{ display: 'flex', gap: 3, flexWrap: 'wrap', alignItems: 'center' }}>
              <FormControlLabel
                label={translate('mentorflow.designer.has_gender_expert')}
                control={
                  <Switch
                    checked={definition.genderExpert}
                    onChange={(event) => edit({ genderExpert: event.target.checked })}
                    slotProps={{ input: { 'data-testid': 'genderExpert' } as never }}
                  />
                }
              />
              <PathField
                path="cycles.count"
                type="number"
                label={translate('mentorflow.designer.cycles')}
                helperText={translate('mentorflow.designer.cycles_help')}
                value={definition.cycles.count}
                onChange={(count) => edit({ cycles: { count: count === '' ? Number.NaN : Number(count) } })}
                sx={{ maxWidth: 260 }}
              />
            </Box>
          </Section>
          <Section
            title={translate('mentorflow.designer.stages')}
            testId="stages"
            action={
              readOnly ? undefined : (
                <Button
                  startIcon={<AddIcon />}
                  onClick={() => edit({ stages: [...definition.stages, newStage(definition, definition.stages.length)] })}
                  data-testid="stages.add"
                >
                  {translate('mentorflow.designer.add_stage')}
                </Button>
              )
            }
          >
            {definition.stages.length === 0 && <Typography color="text.secondary">{translate('mentorflow.designer.no_stages')}</Typography>}
            {definition.stages.map((stage, index) => (
              <StageCard
                key={`${index}-${stage.id}`}
                definition={definition}
                stage={stage}
                index={index}
                count={definition.stages.length}
                readOnly={readOnly}
                onChange={(next) => edit({ stages: definition.stages.map((s, i) => (i === index ? next : s)) })}
                onMove={(to) => edit({ stages: move(definition.stages, index, to) })}
                onDropStage={(from) => edit({ stages: move(definition.stages, from, index) })}
                onRemove={() => edit({ stages: definition.stages.filter((_, i) => i !== index) })}
              />
            ))}
          </Section>
          <Section title={translate('mentorflow.designer.figures')} testId="figures">
            <FiguresEditor definition={definition} readOnly={readOnly} onChange={(figures) => edit({ figures })} />
          </Section>
        </Box>
        <Section title={translate('mentorflow.designer.versions')} testId="versions-section">
          <VersionsPanel versions={record.versions} />
        </Section>
      </Box>
      <Confirm
        isOpen={confirming}
        title="mentorflow.designer.publish_title"
        content="mentorflow.designer.publish_text"
        translateOptions={{ name: text(definition.name) || record.key, version: latest + 1 }}
        confirm="mentorflow.designer.publish"
        onConfirm={publish}
        onClose={() => setConfirming(false)}
      />
    </ErrorsProvider>
  );
};

/**
 * The program designer (`/program-types/:id/show`): the type's draft (or, without one, its latest
 * published version) laid out as stages; admins edit and publish, program managers read.
 */
export const ProgramTypeDesigner = () => {
  const { id = '' } = useParams();
  const dataProvider = useMentorflowDataProvider();
  const { permissions } = usePermissions<Role>();
  const readOnly = !isAllowed(permissions, 'program-types', 'edit');
  const { data, error, isPending } = useQuery({
    queryKey: ['program-type', id],
    queryFn: async () => {
      const record = await dataProvider.getProgramType(id);
      const latest = record.versions.reduce<number>((max, version) => Math.max(max, version.version), 0);
      const stored = record.draft?.definition ?? (latest ? (await dataProvider.getTemplateVersion(id, latest)).definition : null);
      return { record, initial: normalizeDefinition(stored, record.name) };
    },
    // The design in the editor is the person's own state: refetching would not replace it.
    refetchOnWindowFocus: false,
  });
  if (isPending) return <Loading />;
  if (error || !data)
    return (
      <Typography color="error" sx={{ p: 2 }}>
        {String((error as Error | null)?.message ?? '')}
      </Typography>
    );
  // Re-mounted for a new published version (its draft baseline changes), never while typing.
  return (
    <Designer key={`${data.record.key}-${data.record.versions.length}`} record={data.record} initial={data.initial} readOnly={readOnly} />
  );
};

export default ProgramTypeDesigner;
