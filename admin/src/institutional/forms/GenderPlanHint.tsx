import { Alert } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';

/**
 * When the gender report asked for a gender mainstreaming plan, the improvement plan needs
 * at least one item of that study type (the API refuses it otherwise): say so up front and
 * confirm once there is one.
 */
export const GenderPlanHint = ({ required }: { required: boolean }) => {
  const translate = useTranslate();
  const items = useWatch({ name: 'items' }) as { studyType?: string }[] | undefined;
  if (!required) return null;
  const count = (items ?? []).filter((i) => i?.studyType === 'gender_mainstreaming').length;
  return count > 0 ? (
    <Alert severity="success" sx={{ mb: 2 }} data-testid="gender-plan-hint" data-satisfied="true">
      {translate('mentorflow.improvement_plan.gender_plan_ok', { smart_count: count })}
    </Alert>
  ) : (
    <Alert severity="warning" sx={{ mb: 2 }} data-testid="gender-plan-hint" data-satisfied="false">
      {translate('mentorflow.improvement_plan.gender_plan_required')}
    </Alert>
  );
};
