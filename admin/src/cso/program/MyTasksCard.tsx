import { useQuery } from '@tanstack/react-query';
import { Button, Chip, List, ListItem, ListItemText } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { useFormatDate } from '../../common/useFormatDate';
import type { ProgramRecord, TaskRecord } from '../../institutional/types';
import { EmptyText, Panel } from '../../programs/show/Panel';
import { getMemberGrading } from '../api';
import { csoGradingPath, csoTaskPath } from '../paths';

/**
 * What the member has to do: the mentor's request to grade the organisation (institutional,
 * while the round is open) and the tasks assigned to the organisation (advocacy plan drafting).
 */
export const MyTasksCard = ({ program }: { program: ProgramRecord }) => {
  const translate = useTranslate();
  const formatDate = useFormatDate();
  const institutional = program.type === 'institutional';
  const grading = useQuery({
    queryKey: ['member-grading', program.id, program.year],
    queryFn: () => getMemberGrading(program.id, program.year),
    enabled: institutional,
    retry: false,
  });
  const { data: tasks = [], isPending } = useGetList<TaskRecord>('tasks', {
    filter: { programId: program.id, status: 'open' },
    sort: { field: 'dueAt', order: 'ASC' },
    pagination: { page: 1, perPage: 25 },
  });
  const round = grading.data;
  const showGrading = institutional && round && (round.open || round.mine);
  return (
    <Panel title={translate('mentorflow.cso.program.tasks')} testId="cso-tasks">
      {!showGrading && tasks.length === 0 && !isPending ? (
        <EmptyText>{translate('mentorflow.cso.program.tasks_none')}</EmptyText>
      ) : (
        <List dense disablePadding>
          {showGrading && (
            <ListItem disableGutters data-testid="cso-task-grading" data-done={round.mine ? 'yes' : 'no'} sx={{ flexWrap: 'wrap', gap: 1 }}>
              <ListItemText
                primary={translate('mentorflow.cso.grading.task', { year: round.year })}
                secondary={translate(
                  !round.open
                    ? 'mentorflow.cso.grading.task_closed'
                    : round.mine
                      ? 'mentorflow.cso.grading.task_done'
                      : 'mentorflow.cso.grading.task_help',
                )}
              />
              {round.mine && <Chip size="small" color="success" label={translate('mentorflow.cso.grading.sent')} />}
              {round.open && (
                <Button
                  variant={round.mine ? 'outlined' : 'contained'}
                  size="small"
                  component={Link}
                  to={csoGradingPath(program.id, round.year)}
                  data-testid="cso-open-grading"
                >
                  {translate(round.mine ? 'mentorflow.cso.grading.edit' : 'mentorflow.cso.grading.start')}
                </Button>
              )}
            </ListItem>
          )}
          {tasks.map((task) => (
            <ListItem key={task.id} disableGutters data-testid="cso-task" data-task-type={task.type} sx={{ flexWrap: 'wrap', gap: 1 }}>
              <ListItemText
                primary={translate(`mentorflow.task_types.${task.type}`, { _: task.type })}
                secondary={translate('mentorflow.cso.program.due', { date: formatDate(task.dueAt) })}
              />
              <Button variant="contained" size="small" component={Link} to={csoTaskPath(task.id)} data-testid="cso-open-task">
                {translate('mentorflow.cso.program.open_task')}
              </Button>
            </ListItem>
          ))}
        </List>
      )}
    </Panel>
  );
};
