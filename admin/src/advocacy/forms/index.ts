import { createElement, type ComponentType } from 'react';
import { LinearProgress } from 'react-admin';
import CampaignIcon from '@mui/icons-material/Campaign';
import EditNoteIcon from '@mui/icons-material/EditNote';
import EventNoteIcon from '@mui/icons-material/EventNote';
import FactCheckIcon from '@mui/icons-material/FactCheckOutlined';
import ForumIcon from '@mui/icons-material/ForumOutlined';
import MenuBookIcon from '@mui/icons-material/MenuBook';
import PsychologyIcon from '@mui/icons-material/PsychologyAlt';
import SchoolIcon from '@mui/icons-material/SchoolOutlined';
import type { TaskFormPageProps } from '../../tasks/forms/types';
import { CheckinForm } from './CheckinForm';
import { CurriculumForm } from './CurriculumForm';
import { IssueWorkshopForm } from './IssueWorkshopForm';
import { NeedsAssessmentForm } from './NeedsAssessmentForm';
import { PlanDraftingForm } from './PlanDraftingForm';
import { PlanReviewForm } from './PlanReviewForm';
import { PresentationForm } from './PresentationForm';
import { TrainingForm } from './TrainingForm';

/**
 * The inbox's list record is shown first while the task itself loads; only the latter has
 * the context (needs, plan versions) the forms start from, so they wait for it.
 */
const withContext =
  (Form: ComponentType<TaskFormPageProps>): ComponentType<TaskFormPageProps> =>
  (props) =>
    props.task.context ? createElement(Form, props) : createElement(LinearProgress, { timeout: 0 });

/** One form per advocacy task type (tasks/TaskFormFor.tsx dispatches on the type). */
export const ADVOCACY_FORMS: Record<string, ComponentType<TaskFormPageProps>> = {
  needs_assessment: withContext(NeedsAssessmentForm),
  curriculum: withContext(CurriculumForm),
  training: withContext(TrainingForm),
  issue_workshop: withContext(IssueWorkshopForm),
  plan_drafting: withContext(PlanDraftingForm),
  plan_review: withContext(PlanReviewForm),
  presentation: withContext(PresentationForm),
  implementation_checkin: withContext(CheckinForm),
};

export const ADVOCACY_TASK_ICONS: Record<string, ComponentType<{ fontSize?: 'small'; color?: 'action' }>> = {
  needs_assessment: PsychologyIcon,
  curriculum: MenuBookIcon,
  training: SchoolIcon,
  issue_workshop: ForumIcon,
  plan_drafting: EditNoteIcon,
  plan_review: FactCheckIcon,
  presentation: CampaignIcon,
  implementation_checkin: EventNoteIcon,
};
