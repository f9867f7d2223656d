import { useState } from 'react';
import { Box, Button, Collapse, Typography } from '@mui/material';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import ExpandLessIcon from '@mui/icons-material/ExpandLess';
import PrintIcon from '@mui/icons-material/Print';
import { Link as RouterLink } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import { EmptyText, Panel } from '../../programs/show/Panel';
import { FinalPlanBadge } from '../chips';
import type { PlanVersion } from '../domain';
import { PlanView } from '../plan/PlanView';
import { ReviewNote } from '../plan/ReviewNote';
import type { AdvocacyProgramRecord } from '../types';
import { useFormatDate } from '../../common/useFormatDate';
import { DividedItem, DividedList } from '../../programs/show/DividedList';

type VersionSummary = Pick<PlanVersion, 'version' | 'submittedAt' | 'review'> & { plan?: PlanVersion['plan'] };

const VersionRow = ({
  version,
  final,
  open,
  onToggle,
}: {
  version: VersionSummary;
  final: boolean;
  open: boolean;
  onToggle: () => void;
}) => {
  const translate = useTranslate();
  const formatDate = useFormatDate();
  return (
    <DividedItem py={1.25} data-testid="plan-version" data-version={version.version} data-decision={version.review?.decision ?? 'pending'}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', mb: 0.75 }}>
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          {translate('mentorflow.advocacy.versions.version', { version: version.version })}
        </Typography>
        <Typography variant="caption" color="text.secondary">
          {translate('mentorflow.advocacy.versions.submitted_on', { date: formatDate(version.submittedAt, 'dateTime') })}
        </Typography>
        {final && <FinalPlanBadge />}
        <Box sx={{ flex: 1 }} />
        {version.plan && (
          <Button
            size="small"
            onClick={onToggle}
            endIcon={open ? <ExpandLessIcon /> : <ExpandMoreIcon />}
            data-testid={`toggle-version-${version.version}`}
          >
            {translate(open ? 'mentorflow.advocacy.versions.hide' : 'mentorflow.advocacy.versions.show')}
          </Button>
        )}
      </Box>
      <ReviewNote version={version} compact />
      {version.plan && (
        <Collapse in={open} unmountOnExit>
          <Box sx={{ mt: 1, p: 1.5, bgcolor: 'action.hover', borderRadius: 1 }}>
            <PlanView plan={version.plan} testId={`plan-view-v${version.version}`} />
          </Box>
        </Collapse>
      )}
    </DividedItem>
  );
};

/**
 * The plan's versions, newest first, each with its review outcome and the reviewer's
 * comments; the final (locked) one is badged and can be opened as a printable page.
 * `data-testid="plan-versions"`, rows `plan-version` with data-version and data-decision.
 */
export const PlanVersionsPanel = ({ program }: { program: AdvocacyProgramRecord }) => {
  const translate = useTranslate();
  const versions: VersionSummary[] = program.live?.planVersions ?? program.details?.planVersions ?? [];
  const final = program.live?.finalPlanVersion ?? program.details?.finalPlanVersion ?? null;
  const [open, setOpen] = useState<number | null>(null);
  const newestFirst = [...versions].reverse();
  return (
    <Panel
      title={translate('mentorflow.advocacy.versions.title')}
      testId="plan-versions"
      action={
        final ? (
          <Button
            size="small"
            variant="outlined"
            component={RouterLink}
            to={`/programs/${program.id}/final-plan`}
            startIcon={<PrintIcon />}
            data-testid="open-final-plan"
          >
            {translate('mentorflow.advocacy.final.open')}
          </Button>
        ) : undefined
      }
    >
      {versions.length === 0 ? (
        <EmptyText testId="plan-versions-empty">{translate('mentorflow.advocacy.versions.empty')}</EmptyText>
      ) : (
        <DividedList>
          {newestFirst.map((v) => (
            <VersionRow
              key={v.version}
              version={v}
              final={v.version === final}
              open={open === v.version}
              onToggle={() => setOpen(open === v.version ? null : v.version)}
            />
          ))}
        </DividedList>
      )}
    </Panel>
  );
};
