import { useState, type ReactNode } from 'react';
import { Box, Button, Divider, Link, Stack, Typography } from '@mui/material';
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import ShareIcon from '@mui/icons-material/Share';
import { useQueryClient } from '@tanstack/react-query';
import { useGetIdentity, useGetList, useLocale, useNotify, usePermissions, useTranslate } from 'react-admin';
import { canWorkOnPlan, type Role } from '../auth/roles';
import type { ImprovementRecord, ProgramRecord } from '../institutional/types';
import { EmptyText, Panel } from '../programs/show/Panel';
import { FileLine, UploadButton } from './FileList';
import { downloadTo } from './filesApi';
import { ReportLanguage } from './ReportLanguage';
import { ShareResourceDialog } from './ShareResourceDialog';
import { useProgramDocuments, useSharedResources, type SharedResource } from './useProgramDocuments';

/** One part of the panel under its subtitle; the parts after the first below a line. */
const Part = ({ title, divided, children }: { title: string; divided?: boolean; children: ReactNode }) => (
  <>
    {divided && <Divider sx={{ my: 1 }} />}
    <Typography variant="subtitle2" sx={{ mb: 0.5 }}>
      {title}
    </Typography>
    {children}
  </>
);

/** The self-assessment report of each year so far, in the program's language and a copy in the other. */
const SelfAssessmentReports = ({ program, editable }: { program: ProgramRecord; editable: boolean }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const reportLang = program.language ?? 'tr';
  const otherLang = reportLang === 'tr' ? 'en' : 'tr';
  const years = Array.from({ length: program.year }, (_, i) => i + 1);
  return (
    <>
      <Box sx={{ mb: 1 }}>
        <ReportLanguage programId={program.id} language={reportLang} editable={editable} />
      </Box>
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', mb: 1.5, rowGap: 1 }}>
        {years.map((year) => {
          const download = (l: 'en' | 'tr') =>
            downloadTo(`/programs/${program.id}/reports/self-assessment?year=${year}&lang=${l}`, `self-assessment-${year}.pdf`).catch((e) =>
              notify(e.status === 409 ? 'mentorflow.documents.report_not_ready' : e.message, { type: 'warning' }),
            );
          return (
            <Stack key={year} direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
              <Button
                size="small"
                variant="outlined"
                startIcon={<PictureAsPdfIcon />}
                data-testid={`report-year-${year}`}
                onClick={() => download(reportLang)}
              >
                {translate('mentorflow.documents.report_year', { year })}
              </Button>
              <Button size="small" data-testid={`report-year-${year}-other`} onClick={() => download(otherLang)}>
                {translate(`mentorflow.documents.copy_in.${otherLang}`)}
              </Button>
            </Stack>
          );
        })}
      </Stack>
    </>
  );
};

/** The library resources shared with the program, titled in the console's language. */
const SharedResourceList = ({ shares }: { shares: SharedResource[] }) => {
  const locale = useLocale();
  const title = (s: SharedResource) => (locale === 'tr' ? s.titleTr : s.titleEn);
  return (
    <Box component="ul" sx={{ m: 0, pl: 2 }}>
      {shares.map((s) => (
        <li key={s.id} data-testid="shared-resource">
          {s.kind === 'link' && s.url ? (
            <Link href={s.url} target="_blank" rel="noopener noreferrer" variant="body2">
              {title(s)}
            </Link>
          ) : s.fileId ? (
            <Link component="button" type="button" variant="body2" onClick={() => downloadTo(`/files/${s.fileId}/content`, s.titleEn)}>
              {title(s)}
            </Link>
          ) : (
            <Typography variant="body2" component="span">
              {title(s)}
            </Typography>
          )}
          {s.note && (
            <Typography variant="caption" color="text.secondary" component="div">
              {s.note}
            </Typography>
          )}
        </li>
      ))}
    </Box>
  );
};

/**
 * The program's documents: the self-assessment report of each year (PDF, in the program's
 * language, with a copy in the other language), the files of the program, its plan items (evidence) and visits (attendance sheets),
 * and the library resources shared with it.
 */
export const ProgramDocumentsPanel = ({ program }: { program: ProgramRecord }) => {
  const translate = useTranslate();
  const client = useQueryClient();
  const { permissions } = usePermissions<Role>();
  const { identity } = useGetIdentity();
  const mayWork = canWorkOnPlan(permissions, identity?.id === program.mentorId);
  const { data: docs } = useProgramDocuments(program.id);
  const { data: shares } = useSharedResources(program.id);
  const [sharing, setSharing] = useState(false);
  // Same query as the plan panel (cached): item titles for the evidence lines.
  const { data: planItems } = useGetList<ImprovementRecord>('improvements', {
    filter: { programId: program.id, year: program.year },
    sort: { field: 'position', order: 'ASC' },
    pagination: { page: 1, perPage: 100 },
  });
  const titles = new Map((planItems ?? []).map((i) => [i.id, i.title]));
  const withoutFiles = (docs?.evidence ?? []).filter((e) => e.noEvidenceReason);
  const ownerLabel = (t: string) => translate(`mentorflow.documents.owner.${t}`);
  const refresh = () => client.invalidateQueries({ queryKey: ['program-documents', program.id] });
  return (
    <Panel
      title={translate('mentorflow.documents.title')}
      testId="documents-panel"
      action={
        mayWork ? (
          <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap' }}>
            <UploadButton ownerType="program" ownerId={program.id} testId="program-upload" />
            <Button size="small" startIcon={<ShareIcon />} onClick={() => setSharing(true)} data-testid="share-resource-open">
              {translate('mentorflow.documents.share')}
            </Button>
          </Stack>
        ) : undefined
      }
    >
      <Part title={translate('mentorflow.documents.reports')}>
        <SelfAssessmentReports program={program} editable={mayWork} />
      </Part>
      <Part title={translate('mentorflow.documents.files')} divided>
        {(docs?.files ?? []).length === 0 ? (
          <EmptyText>{translate('mentorflow.documents.no_files')}</EmptyText>
        ) : (
          <Box sx={{ display: 'grid', gap: 0.5 }}>
            {docs!.files.map((f) => (
              <Stack key={f.id} direction={{ xs: 'column', sm: 'row' }} spacing={{ xs: 0, sm: 1 }} sx={{ alignItems: { sm: 'center' } }}>
                <Typography variant="caption" color="text.secondary" sx={{ minWidth: 110 }}>
                  {ownerLabel(f.ownerType)}
                </Typography>
                <FileLine file={f} canDelete={mayWork || f.uploadedBy === identity?.id} onDeleted={refresh} />
              </Stack>
            ))}
          </Box>
        )}
        {withoutFiles.length > 0 && (
          <Box sx={{ mt: 1 }} data-testid="no-evidence">
            <Typography variant="caption" color="text.secondary">
              {translate('mentorflow.documents.done_without_files')}
            </Typography>
            {withoutFiles.map((e) => (
              <Typography key={e.improvementId} variant="body2">
                <b>{titles.get(e.improvementId) ?? '…'}</b>: {e.noEvidenceReason}
              </Typography>
            ))}
          </Box>
        )}
      </Part>
      <Part title={translate('mentorflow.documents.shared_resources')} divided>
        {(shares ?? []).length === 0 ? (
          <EmptyText>{translate('mentorflow.documents.no_shares')}</EmptyText>
        ) : (
          <SharedResourceList shares={shares!} />
        )}
      </Part>
      <ShareResourceDialog programId={program.id} open={sharing} onClose={() => setSharing(false)} />
    </Panel>
  );
};
