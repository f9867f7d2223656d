import { useState } from 'react';
import { Box, Button, Chip, LinearProgress, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import EmailIcon from '@mui/icons-material/EmailOutlined';
import GroupsIcon from '@mui/icons-material/Groups';
import PhoneIcon from '@mui/icons-material/Phone';
import VideocamIcon from '@mui/icons-material/VideocamOutlined';
import type { ComponentType } from 'react';
import { useGetIdentity, useGetList, useLocale, usePermissions, useTranslate } from 'react-admin';
import { canWorkOnPlan, type Role } from '../../auth/roles';
import type { ImprovementRecord, ProgramRecord, VisitRecord } from '../types';
import { VisitFiles } from '../../documents/VisitFiles';
import { EmptyText, Panel } from '../../programs/show/Panel';
import { VisitDialog } from './VisitDialog';

const MODE_ICONS: Record<string, ComponentType<{ fontSize?: 'small' }>> = {
  face_to_face: GroupsIcon,
  email: EmailIcon,
  phone: PhoneIcon,
  video: VideocamIcon,
};

const formatDate = (value: string, locale: string) =>
  new Date(`${value.slice(0, 10)}T00:00:00`).toLocaleDateString(locale === 'tr' ? 'tr-TR' : 'en-GB', {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
  });

/** Visits and remote support, newest first, as a timeline; the mentor logs new ones here. */
export const VisitsPanel = ({ program }: { program: ProgramRecord }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const { permissions } = usePermissions<Role>();
  const { identity } = useGetIdentity();
  const [open, setOpen] = useState(false);
  const { data: visits, isPending } = useGetList<VisitRecord>('visits', {
    filter: { programId: program.id },
    sort: { field: 'date', order: 'DESC' },
    pagination: { page: 1, perPage: 50 },
  });
  const { data: planItems } = useGetList<ImprovementRecord>('improvements', {
    filter: { programId: program.id, year: program.year },
    sort: { field: 'position', order: 'ASC' },
    pagination: { page: 1, perPage: 100 },
  });
  const titles = new Map((planItems ?? []).map((i) => [i.id, i.title]));
  const mayLog = canWorkOnPlan(permissions, identity?.id === program.mentorId) && (program.live?.status ?? program.status) === 'active';
  return (
    <Panel
      title={translate('mentorflow.programs.visits', { smart_count: program.visitCount ?? visits?.length ?? 0 })}
      testId="visits-panel"
      action={
        mayLog && (
          <Button size="small" variant="outlined" startIcon={<AddIcon />} onClick={() => setOpen(true)} data-testid="log-visit">
            {translate('mentorflow.visits.log')}
          </Button>
        )
      }
    >
      {isPending ? (
        <LinearProgress />
      ) : !visits || visits.length === 0 ? (
        <EmptyText testId="visits-empty">{translate('mentorflow.visits.empty')}</EmptyText>
      ) : (
        <Box component="ol" sx={{ listStyle: 'none', m: 0, p: 0 }} data-testid="visits-timeline">
          {visits.map((visit, i) => {
            const Icon = MODE_ICONS[visit.mode] ?? GroupsIcon;
            return (
              <Box component="li" key={visit.id} sx={{ display: 'flex', gap: 1.5 }} data-testid="visit">
                <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center' }}>
                  <Box
                    sx={{
                      width: 32,
                      height: 32,
                      borderRadius: '50%',
                      bgcolor: visit.mode === 'face_to_face' ? 'primary.main' : 'secondary.main',
                      color: 'common.white',
                      display: 'flex',
                      alignItems: 'center',
                      justifyContent: 'center',
                      flexShrink: 0,
                    }}
                  >
                    <Icon fontSize="small" />
                  </Box>
                  {i < visits.length - 1 && <Box sx={{ flex: 1, width: 2, bgcolor: 'divider', my: 0.5 }} />}
                </Box>
                <Box sx={{ pb: 2, minWidth: 0 }}>
                  <Typography variant="body2" sx={{ fontWeight: 600 }}>
                    {formatDate(visit.date, locale)} · {translate(`mentorflow.contact_modes.${visit.mode}`, { _: visit.mode })}
                    <Box component="span" sx={{ color: 'text.secondary', fontWeight: 400 }}>
                      {' · '}
                      {translate('mentorflow.visits.minutes', { smart_count: visit.durationMinutes })}
                    </Box>
                  </Typography>
                  <Typography variant="body2" color="text.secondary" sx={{ whiteSpace: 'pre-line' }}>
                    {visit.notes}
                  </Typography>
                  {visit.internalNotes && (
                    <Typography
                      variant="body2"
                      color="text.secondary"
                      sx={{ whiteSpace: 'pre-line', fontStyle: 'italic' }}
                      data-testid="visit-internal-notes"
                    >
                      {translate('mentorflow.visits.internal_label')}: {visit.internalNotes}
                    </Typography>
                  )}
                  {visit.planItemIds?.length > 0 && (
                    <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap', mt: 0.5 }}>
                      {visit.planItemIds.map((id) => (
                        <Chip key={id} size="small" variant="outlined" label={titles.get(id) ?? '…'} />
                      ))}
                    </Box>
                  )}
                  <VisitFiles programId={program.id} visitId={visit.id} canUpload={mayLog} />
                </Box>
              </Box>
            );
          })}
        </Box>
      )}
      <VisitDialog open={open} programId={program.id} planItems={planItems ?? []} onClose={() => setOpen(false)} />
    </Panel>
  );
};
