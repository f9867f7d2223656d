import type { ComponentType } from 'react';
import { ADVOCACY_FORMS } from './forms/advocacy';
import { GenderPlanReviewForm } from './forms/GenderPlanReviewForm';
import { GenderReportForm } from './forms/GenderReportForm';
import { ImprovementPlanForm } from './forms/ImprovementPlanForm';
import { ReEvaluationForm } from './forms/ReEvaluationForm';
import { SelfAssessmentForm } from './forms/SelfAssessmentForm';
import type { TaskFormPageProps } from './forms/types';

const FORMS: Record<string, ComponentType<TaskFormPageProps>> = {
    self_assessment: SelfAssessmentForm,
    gender_report: GenderReportForm,
    improvement_plan: ImprovementPlanForm,
    gender_plan_review: GenderPlanReviewForm,
    re_evaluation: ReEvaluationForm,
    ...ADVOCACY_FORMS,
};

/** The form of a task's type (read-only for completed tasks and other people's tasks). */
export const TaskFormFor = (props: TaskFormPageProps) => {
    const Component = FORMS[props.task.type];
    return Component ? <Component {...props} /> : null;
};
