import { useMemo } from 'react';
import { Alert, Card, CardContent } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useBackToInbox } from '../common/useWorkflowSubmit';
import { useMentorflowDataProvider } from '../data/dataProvider';
import { useIdempotentSubmit } from '../data/idempotency';
import type { TaskData } from '../institutional/domain';
import type { TaskFormPageProps } from '../tasks/forms/types';
import type { TemplateTaskExtras } from '../programTypes/types';
import { DesignedForm } from './DesignedForm';

/** A template task's page: its form as designed, completed with the form's values (the server checks them against the same form). */
export const TemplateTaskForm = ({ task, readOnly }: TaskFormPageProps) => {
  const translate = useTranslate();
  const dataProvider = useMentorflowDataProvider();
  const backToInbox = useBackToInbox();
  const idempotent = useIdempotentSubmit();
  const target = useMemo(() => ({ taskId: String(task.id) }), [task.id]);
  const form = (task as unknown as TemplateTaskExtras).form;
  if (!form) return <Alert severity="warning">{translate('mentorflow.template_programs.no_form')}</Alert>;
  const submit = async (data: Record<string, unknown>) => {
    // The body is the form's values themselves: the api checks them against the task's form.
    const body = data as unknown as TaskData;
    await idempotent(body, (key) => dataProvider.completeTask(String(task.id), body, key));
    await backToInbox({
      message: 'mentorflow.tasks.completed',
      messageArgs: { smart_count: 1 },
      changed: ['tasks', 'programs', 'notifications'],
    });
  };
  return (
    <Card variant="outlined" sx={{ maxWidth: 860 }}>
      <CardContent>
        <DesignedForm
          form={form}
          target={target}
          data={(task as unknown as { data?: Record<string, unknown> | null }).data ?? null}
          readOnly={readOnly}
          submitLabel="mentorflow.tasks.submit"
          onSubmit={submit}
          testId="template-task-form"
        />
      </CardContent>
    </Card>
  );
};
