import { Box, Typography } from '@mui/material';
import AssignmentIcon from '@mui/icons-material/AssignmentOutlined';
import BalanceIcon from '@mui/icons-material/Balance';
import ChecklistIcon from '@mui/icons-material/Checklist';
import FactCheckIcon from '@mui/icons-material/FactCheckOutlined';
import ReplayIcon from '@mui/icons-material/Replay';
import type { ComponentType } from 'react';
import { useTranslate } from 'react-admin';
import { ADVOCACY_TASK_ICONS } from './forms/advocacy';

export const TASK_ICONS: Record<string, ComponentType<{ fontSize?: 'small'; color?: 'action' }>> = {
    self_assessment: AssignmentIcon,
    gender_report: BalanceIcon,
    improvement_plan: ChecklistIcon,
    gender_plan_review: FactCheckIcon,
    re_evaluation: ReplayIcon,
    ...ADVOCACY_TASK_ICONS,
};

/** The task type with its icon, e.g. "Self-assessment". */
export const TaskTypeLabel = ({ type }: { type?: string }) => {
    const translate = useTranslate();
    if (!type) return null;
    const Icon = TASK_ICONS[type] ?? AssignmentIcon;
    return (
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
            <Icon fontSize="small" color="action" />
            <Typography variant="body2" component="span" sx={{ fontWeight: 500 }}>
                {translate(`mentorflow.task_types.${type}`, { _: type })}
            </Typography>
        </Box>
    );
};
