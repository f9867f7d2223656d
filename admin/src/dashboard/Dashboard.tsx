import { useQuery } from '@tanstack/react-query';
import { Loading, Title, useTranslate } from 'react-admin';
import { useMentorflowDataProvider } from '../data/dataProvider';
import { GenderExpertDashboard } from './GenderExpertDashboard';
import { ManagerDashboard } from './ManagerDashboard';
import { MentorDashboard } from './MentorDashboard';
import { QueryError } from './QueryError';

/** One GET /api/dashboard, shaped by the signed-in role; re-read every minute. */
export const useDashboard = () => {
  const dataProvider = useMentorflowDataProvider();
  return useQuery({
    queryKey: ['dashboard'],
    queryFn: () => dataProvider.getDashboard(),
    refetchInterval: 60_000,
  });
};

/** react-admin's dashboard (the "/" page): cards and charts for the signed-in role. */
export const Dashboard = () => {
  const translate = useTranslate();
  const { data, error, isPending, refetch } = useDashboard();
  return (
    <>
      <Title title={translate('mentorflow.menu.dashboard')} />
      {isPending ? (
        <Loading />
      ) : error || !data ? (
        <QueryError error={error} onRetry={() => refetch()} testId="dashboard-error" />
      ) : data.role === 'mentor' ? (
        <MentorDashboard data={data} />
      ) : data.role === 'gender_expert' ? (
        <GenderExpertDashboard data={data} />
      ) : (
        <ManagerDashboard data={data} />
      )}
    </>
  );
};
