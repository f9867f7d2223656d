import { Typography } from '@mui/material';
import { useGetIdentity, useLocale, useTranslate } from 'react-admin';
import type { ProgramRecord } from '../../institutional/types';
import { useSharedResources } from '../../documents/useProgramDocuments';
import { EmptyText, Panel } from './Panel';
import { DividedItem, DividedList } from './DividedList';

/** What happened to the program, newest first (from the workflow's own history). */
export const HistoryList = ({ program }: { program: ProgramRecord }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const { identity } = useGetIdentity();
  const { data: shares } = useSharedResources(program.id);
  // Resources a mentor shared with the CSO (issue 14) join the workflow's own steps, by date.
  const shared = (shares ?? []).map((s) => ({
    at: s.sharedAt,
    step: 'resource_shared',
    year: 0,
    by: s.sharedBy,
    title: locale === 'tr' ? s.titleTr : s.titleEn,
  }));
  const history: { at: string; step: string; year: number; by?: string | null; title?: string }[] = [
    ...(program.live?.history ?? []),
    ...shared,
  ].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  const names = new Map<string, string>([
    [program.mentorId, program.mentorName],
    ...(program.genderExpertId && program.genderExpertName ? [[program.genderExpertId, program.genderExpertName] as [string, string]] : []),
    // Managers' own actions (pause, reassign...) are named too.
    ...(identity?.fullName ? [[String(identity.id), identity.fullName] as [string, string]] : []),
  ]);
  return (
    <Panel title={translate('mentorflow.programs.history')} testId="history">
      {history.length === 0 ? (
        <EmptyText>
          {translate(program.live === null ? 'mentorflow.programs.history_unavailable' : 'mentorflow.programs.history_empty')}
        </EmptyText>
      ) : (
        <DividedList maxHeight={360}>
          {history.map((entry, i) => (
            <DividedItem py={0.75} key={`${entry.at}-${i}`} data-testid="history-entry" data-step={entry.step}>
              <Typography variant="body2">
                {entry.title !== undefined
                  ? translate('mentorflow.history_extra.resource_shared', { title: entry.title })
                  : translate(`mentorflow.history.${entry.step}`, { _: entry.step.replace(/_/g, ' ') })}
              </Typography>
              <Typography variant="caption" color="text.secondary">
                {new Date(entry.at).toLocaleString(locale === 'tr' ? 'tr-TR' : 'en-GB', {
                  dateStyle: 'medium',
                  timeStyle: 'short',
                })}
                {entry.year ? ` · ${translate('mentorflow.history.year', { year: entry.year })}` : ''}
                {entry.by && names.get(entry.by) ? ` · ${names.get(entry.by)}` : ''}
              </Typography>
            </DividedItem>
          ))}
        </DividedList>
      )}
    </Panel>
  );
};
