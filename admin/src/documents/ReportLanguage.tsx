import { useMutation } from '@tanstack/react-query';
import { MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useNotify, useTranslate } from 'react-admin';
import { useMentorflowDataProvider } from '../data/dataProvider';
import { useProgramRefresh } from '../programs/show/useProgramRefresh';

export type ProgramLanguage = 'en' | 'tr';
/** The languages a program's documents are written in, in the order they are offered. */
export const PROGRAM_LANGUAGES: ProgramLanguage[] = ['tr', 'en'];

/**
 * The language the program's reports are written in (issue 14: "the program's configured
 * language"), read by everyone who sees the program and changed by those who work on it.
 */
export const ReportLanguage = ({ programId, language, editable }: { programId: string; language: ProgramLanguage; editable: boolean }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useMentorflowDataProvider();
  const refresh = useProgramRefresh();
  const { mutate: change, isPending: saving } = useMutation({
    mutationFn: (next: ProgramLanguage) => dataProvider.setProgramLanguage(programId, next),
    onSuccess: () => {
      notify('mentorflow.documents.language_saved', { type: 'info' });
      refresh();
    },
    onError: (e) => notify(e.message, { type: 'warning' }),
  });
  const name = (l: ProgramLanguage) => translate(`mentorflow.documents.language_names.${l}`);
  if (!editable) {
    return (
      <Typography variant="body2" color="text.secondary" data-testid="report-language">
        {translate('mentorflow.documents.language')}: {name(language)}
      </Typography>
    );
  }
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <TextField
        select
        size="small"
        label={translate('mentorflow.documents.language')}
        value={language}
        disabled={saving}
        onChange={(e) => change(e.target.value as ProgramLanguage)}
        helperText={translate('mentorflow.documents.language_help')}
        slotProps={{ htmlInput: { 'data-testid': 'report-language-select' } }}
        sx={{ minWidth: 200, maxWidth: 360 }}
      >
        {PROGRAM_LANGUAGES.map((l) => (
          <MenuItem key={l} value={l}>
            {name(l)}
          </MenuItem>
        ))}
      </TextField>
    </Stack>
  );
};
