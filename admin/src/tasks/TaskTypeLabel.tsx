import { Box, Typography } from '@mui/material';
import AssignmentIcon from '@mui/icons-material/AssignmentOutlined';
import BalanceIcon from '@mui/icons-material/Balance';
import ChecklistIcon from '@mui/icons-material/Checklist';
import FactCheckIcon from '@mui/icons-material/FactCheckOutlined';
import ReplayIcon from '@mui/icons-material/Replay';
import type { ComponentType } from 'react';
import CampaignIcon from '@mui/icons-material/Campaign';
import EditNoteIcon from '@mui/icons-material/EditNote';
import EventNoteIcon from '@mui/icons-material/EventNote';
import ForumIcon from '@mui/icons-material/ForumOutlined';
import MenuBookIcon from '@mui/icons-material/MenuBook';
import PsychologyIcon from '@mui/icons-material/PsychologyAlt';
import SchoolIcon from '@mui/icons-material/SchoolOutlined';
import { useTaskTypeLabel } from '../dashboard/labels';

const TASK_ICONS: Record<string, ComponentType<{ fontSize?: 'small'; color?: 'action' }>> = {
  self_assessment: AssignmentIcon,
  gender_report: BalanceIcon,
  improvement_plan: ChecklistIcon,
  gender_plan_review: FactCheckIcon,
  re_evaluation: ReplayIcon,
  // The advocacy icons live here (not with the advocacy task forms) so that the inbox does not
  // download those forms with them.
  needs_assessment: PsychologyIcon,
  curriculum: MenuBookIcon,
  training: SchoolIcon,
  issue_workshop: ForumIcon,
  plan_drafting: EditNoteIcon,
  plan_review: FactCheckIcon,
  presentation: CampaignIcon,
  implementation_checkin: EventNoteIcon,
};

/** The task type with its icon, e.g. "Self-assessment". */
export const TaskTypeLabel = ({ type, name }: { type?: string; name?: { en: string; tr: string } | null }) => {
  const typeName = useTaskTypeLabel();
  if (!type) return null;
  const Icon = TASK_ICONS[type] ?? AssignmentIcon;
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
      <Icon fontSize="small" color="action" />
      <Typography variant="body2" component="span" sx={{ fontWeight: 500 }}>
        {typeName(type, name)}
      </Typography>
    </Box>
  );
};
