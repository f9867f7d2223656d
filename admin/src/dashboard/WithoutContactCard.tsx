import { List, ListItemButton, ListItemText, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import { ChartCard } from './ChartCard';
import { useTimeAgo } from './format';
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
      <List dense disablePadding>
        {items.map((item) => (
          <ListItemButton
            key={item.programId}
            component={Link}
            to={`/programs/${item.programId}/show`}
            divider
            data-testid="dashboard-without-contact-item"
          >
            <ListItemText primary={item.organizationName} secondary={item.mentorName} slotProps={{ primary: { noWrap: true } }} />
            <Typography variant="caption" color="warning.main" sx={{ whiteSpace: 'nowrap', ml: 1 }}>
              {item.lastContactAt
                ? translate('mentorflow.dashboard.last_contact', { ago: timeAgo(item.lastContactAt) })
                : translate('mentorflow.dashboard.never_contacted')}
            </Typography>
          </ListItemButton>
        ))}
      </List>
    </ChartCard>
  );
};
