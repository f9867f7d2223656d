import { useState } from 'react';
import { Alert, Box, Card, CardContent, Tab, Tabs } from '@mui/material';
import { Loading, Title, usePermissions, useTranslate } from 'react-admin';
import type { Role } from '../auth/roles';
import { QueryError } from '../dashboard/QueryError';
import { AdvocacyTab, InstitutionalDurationsTab } from './DurationsTab';
import { GradeScaleTab } from './GradeScaleTab';
import { ModelTab } from './ModelTab';
import { StudyTypesTab } from './StudyTypesTab';
import { useCurrentConfig } from './useConfig';
import { VersionsTab } from './VersionsTab';

const TABS = ['model', 'grades', 'study_types', 'durations', 'advocacy', 'versions'] as const;

/**
 * The program configuration ("low-code": data, not code), for admins. Each save is a
 * new version; new programs start with the newest, running ones keep their own.
 */
export const ConfigurationPage = () => {
  const translate = useTranslate();
  const { permissions, isPending: permissionsPending } = usePermissions<Role>();
  const [tab, setTab] = useState<(typeof TABS)[number]>('model');
  const institutional = useCurrentConfig('institutional');
  const advocacy = useCurrentConfig('advocacy');
  if (permissionsPending) return <Loading />;
  if (permissions !== 'admin') {
    return (
      <Alert severity="warning" sx={{ mt: 2 }} data-testid="config-forbidden">
        {translate('mentorflow.config.admins_only')}
      </Alert>
    );
  }
  const failed = institutional.error ?? advocacy.error;
  return (
    <Box sx={{ mt: 2, mb: 4 }} data-testid="configuration-page">
      <Title title={translate('mentorflow.menu.configuration')} />
      <Alert severity="info" sx={{ mb: 2 }} data-testid="config-version-note">
        {translate('mentorflow.config.version_note', {
          institutional: institutional.data?.version ?? '…',
          advocacy: advocacy.data?.version ?? '…',
        })}
      </Alert>
      <Card>
        <Tabs
          value={tab}
          onChange={(_, value) => setTab(value)}
          variant="scrollable"
          scrollButtons="auto"
          sx={{ borderBottom: 1, borderColor: 'divider', px: 2 }}
        >
          {TABS.map((name) => (
            <Tab key={name} value={name} label={translate(`mentorflow.config.tabs.${name}`)} data-testid={`config-tab-${name}`} />
          ))}
        </Tabs>
        <CardContent>
          {failed ? (
            <QueryError
              error={failed}
              onRetry={() => {
                institutional.refetch();
                advocacy.refetch();
              }}
            />
          ) : !institutional.data || !advocacy.data ? (
            <Loading />
          ) : (
            // Keyed by version: a saved tab starts again from what the server now holds.
            <Box key={`${institutional.data.version}-${advocacy.data.version}`}>
              {tab === 'model' && <ModelTab config={institutional.data} />}
              {tab === 'grades' && <GradeScaleTab config={institutional.data} />}
              {tab === 'study_types' && <StudyTypesTab config={institutional.data} />}
              {tab === 'durations' && <InstitutionalDurationsTab config={institutional.data} />}
              {tab === 'advocacy' && <AdvocacyTab config={advocacy.data} />}
              {tab === 'versions' && <VersionsTab />}
            </Box>
          )}
        </CardContent>
      </Card>
    </Box>
  );
};
