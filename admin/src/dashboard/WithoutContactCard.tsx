import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { ChartCard } from './ChartCard';
import { useTimeAgo } from './format';
import { LinkList } from './LinkList';
import type { WithoutContactItem } from './types';

/** Institutional CSOs in implementation whose mentor has not been in touch for too long. */
export const WithoutContactCard = ({ items }: { items: WithoutContactItem[] }) => {
  const translate = useTranslate();
  const timeAgo = useTimeAgo();
  return (
    <ChartCard
      title={translate('mentorflow.dashboard.without_contact')}
      subheader={translate('mentorflow.dashboard.without_contact_help')}
      empty={items.length === 0}
      emptyText={translate('mentorflow.dashboard.everyone_contacted')}
      testId="dashboard-without-contact"
    >
      <LinkList
        rows={items.map((item) => ({
          key: item.programId,
          to: `/programs/${item.programId}/show`,
          primary: item.organizationName,
          secondary: item.mentorName,
          end: (
            <Typography variant="caption" color="warning.main" sx={{ whiteSpace: 'nowrap', ml: 1 }}>
              {item.lastContactAt
                ? translate('mentorflow.dashboard.last_contact', { ago: timeAgo(item.lastContactAt) })
                : translate('mentorflow.dashboard.never_contacted')}
            </Typography>
          ),
          data: { 'data-testid': 'dashboard-without-contact-item' },
        }))}
      />
    </ChartCard>
  );
};
