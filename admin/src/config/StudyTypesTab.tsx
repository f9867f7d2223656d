import { useState } from 'react';
import { Alert, Box, Button, IconButton, List, ListItem, ListItemText, TextField, Tooltip, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import SaveIcon from '@mui/icons-material/Save';
import { useTranslate } from 'react-admin';
import { useStudyTypeLabel } from '../dashboard/labels';
import type { SubmissionErrors } from '../common/fieldPaths';
import { BusyButton } from '../common/forms/BusyButton';
import type { InstitutionalConfig } from './types';
import { useSaveConfig } from './useConfig';

const SLUG = /^[a-z][a-z_]{2,39}$/;
const REQUIRED = 'gender_mainstreaming';

/** "Volunteer management" -> "volunteer_management" */
const toSlug = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .replace(/[^a-z]+/g, '_')
    .replace(/^_+|_+$/g, '');

/**
 * The study types an improvement can be tied to. Removing one affects new plans only;
 * gender mainstreaming stays (gender plans are made of it).
 */
export const StudyTypesTab = ({ config }: { config: InstitutionalConfig }) => {
  const translate = useTranslate();
  const label = useStudyTypeLabel();
  const save = useSaveConfig('institutional');
  const [types, setTypes] = useState<string[]>(config.studyTypes);
  const [draft, setDraft] = useState('');
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<SubmissionErrors>({});
  const slug = toSlug(draft);
  const draftError =
    draft && !SLUG.test(slug)
      ? 'mentorflow.config.study_types.invalid'
      : types.includes(slug)
        ? 'mentorflow.config.study_types.duplicate'
        : null;
  const dirty = types.join() !== config.studyTypes.join();

  const add = () => {
    if (!slug || draftError) return;
    setTypes([...types, slug]);
    setDraft('');
  };
  const submit = async () => {
    setBusy(true);
    setErrors((await save({ studyTypes: types })) ?? {});
    setBusy(false);
  };
  const rootMessage = (errors.root as { serverError?: string } | undefined)?.serverError ?? (errors.studyTypes as string | undefined);

  return (
    <Box sx={{ pt: 2, maxWidth: 720 }} data-testid="config-study-types">
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {translate('mentorflow.config.study_types.help')}
      </Typography>
      {rootMessage && (
        <Alert severity="error" sx={{ mb: 2 }} data-testid="config-error">
          {rootMessage}
        </Alert>
      )}
      <List dense sx={{ border: 1, borderColor: 'divider', borderRadius: 1, mb: 2 }}>
        {types.map((type, index) => (
          <ListItem
            key={type}
            divider={index < types.length - 1}
            data-testid="config-study-type"
            secondaryAction={
              <Tooltip title={translate(type === REQUIRED ? 'mentorflow.config.study_types.required' : 'ra.action.remove')}>
                <span>
                  <IconButton
                    edge="end"
                    disabled={type === REQUIRED}
                    onClick={() => setTypes(types.filter((t) => t !== type))}
                    aria-label={translate('ra.action.remove')}
                  >
                    <DeleteIcon />
                  </IconButton>
                </span>
              </Tooltip>
            }
          >
            <ListItemText
              primary={label(type)}
              secondary={(errors[`studyTypes.${index}`] as string | undefined) ?? type}
              slotProps={{
                secondary: {
                  sx: { fontFamily: 'monospace' },
                  color: errors[`studyTypes.${index}`] ? 'error' : undefined,
                },
              }}
            />
          </ListItem>
        ))}
      </List>
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
        <TextField
          size="small"
          label={translate('mentorflow.config.study_types.new')}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => event.key === 'Enter' && add()}
          error={!!draftError}
          helperText={draftError ? translate(draftError) : slug ? translate('mentorflow.config.study_types.slug', { slug }) : ' '}
          sx={{ flex: 1 }}
          slotProps={{ htmlInput: { 'data-testid': 'config-study-type-new' } }}
        />
        <Button startIcon={<AddIcon />} onClick={add} disabled={!slug || !!draftError} sx={{ mt: 0.25 }}>
          {translate('ra.action.add')}
        </Button>
      </Box>
      <BusyButton
        variant="contained"
        sx={{ mt: 2 }}
        onClick={submit}
        busy={busy}
        disabled={!dirty}
        label="mentorflow.config.save"
        labelArgs={{ version: config.version + 1 }}
        icon={<SaveIcon />}
        testId="config-save"
      />
    </Box>
  );
};
