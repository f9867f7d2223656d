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
import { useCallback } from 'react';
import { useLocale, useTranslate } from 'react-admin';

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

/**
 * A task type's name in the console's language. (Not dashboard/labels' useTaskTypeLabel: the
 * inbox loads with the shell's messages only, and that file names keys beyond them.)
 */
export const useTaskTypeName = () => {
  const translate = useTranslate();
  const locale = useLocale();
  return useCallback(
    // A task of a designed type carries its own name (en/tr).
    (type: string, name?: { en: string; tr: string } | null) =>
      name ? (locale === 'tr' ? name.tr || name.en : name.en || name.tr) : translate(`mentorflow.task_types.${type}`, { _: type }),
    [translate, locale],
  );
};

/** The task type with its icon, e.g. "Self-assessment". */
export const TaskTypeLabel = ({ type, name }: { type?: string; name?: { en: string; tr: string } | null }) => {
  const typeName = useTaskTypeName();
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
