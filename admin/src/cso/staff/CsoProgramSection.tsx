import { Box, Card, CardContent, Typography } from '@mui/material';
import { usePermissions, useTranslate } from 'react-admin';
import type { AdvocacyProgramRecord } from '../../advocacy/types';
import type { Role } from '../../auth/roles';
import type { ProgramRecord } from '../../institutional/types';
import { MembersPanel, mayInvite } from '../MembersPanel';
import { PlanDrafterControl } from './PlanDrafterControl';
import { ProgramFeedbackPanel } from './ProgramFeedbackPanel';
import { ShareGenderReport } from './ShareGenderReport';

const twoColumns = {
  display: 'grid',
  gap: 2,
  gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 1fr) minmax(0, 1fr)' },
  alignItems: 'start',
};

/**
 * On the staff's program page (issue 12): the organisation's members and invitations, who
 * drafts the advocacy plan, sharing the gender report, and the members' feedback.
 */
export const CsoProgramSection = ({ program }: { program: ProgramRecord | AdvocacyProgramRecord }) => {
  const translate = useTranslate();
  const { permissions } = usePermissions<Role>();
  if (!mayInvite(permissions)) return null;
  const advocacy = program.type === 'advocacy';
  return (
    <Box sx={twoColumns} data-testid="cso-program-section">
      <Box sx={{ display: 'grid', gap: 2 }}>
        <MembersPanel organizationId={program.organizationId} />
        <Card variant="outlined">
          <CardContent>
            <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
              {translate('mentorflow.cso.staff.participation')}
            </Typography>
            {advocacy ? (
              <PlanDrafterControl program={program as AdvocacyProgramRecord} />
            ) : (
              <>
                <Typography variant="body2" color="text.secondary">
                  {translate('mentorflow.cso.staff.participation_help')}
                </Typography>
                <ShareGenderReport program={program as ProgramRecord} />
              </>
            )}
          </CardContent>
        </Card>
      </Box>
      <ProgramFeedbackPanel programId={program.id} />
    </Box>
  );
};
