import { createElement, type ComponentType } from 'react';
import { LinearProgress } from 'react-admin';
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
