import { Box, Link } from '@mui/material';
import {
  DeleteButton,
  EditButton,
  EmailField,
  FunctionField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
} from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField';
import { useRecordLoadErrorHandler } from '../common/useRecordLoadErrorHandler';
import { OrganizationTimeline } from '../events/OrganizationTimeline';
import { OnboardingPanel } from './OnboardingPanel';
import { MembersPanel } from '../cso/MembersPanel';
import { isOnboardingActive, type Onboarding } from './onboardingStatus';

interface OrganizationRecord {
  id: string;
  phone?: string;
  onboarding?: Onboarding | null;
}

// Edit/Delete hide themselves for roles the authProvider's canAccess refuses
// (mentors, gender experts). Pessimistic delete = confirmation dialog, no undo toast.
const OrganizationShowActions = () => (
  <TopToolbar>
    <EditButton />
    <DeleteButton mutationMode="pessimistic" />
  </TopToolbar>
);

// Right after creation the workflow is still running: re-read until it settles.
const refetchWhileOnboarding = (query: { state: { data?: OrganizationRecord } }) =>
  isOnboardingActive(query.state.data?.onboarding) ? 3000 : false;

// A tel: link so the number can be dialled from a phone or softphone.
const renderPhone = (record: OrganizationRecord) =>
  record.phone ? <Link href={`tel:${record.phone.replace(/[^+\d]/g, '')}`}>{record.phone}</Link> : null;

/** The organisation's CSO members and invitations (issue 12). */
const OrganizationMembers = () => {
  const record = useRecordContext<OrganizationRecord>();
  return record ? <MembersPanel organizationId={record.id} /> : null;
};

export const OrganizationShow = () => {
  const onError = useRecordLoadErrorHandler();
  return (
    <Show actions={<OrganizationShowActions />} queryOptions={{ refetchInterval: refetchWhileOnboarding, onError }}>
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', md: 'minmax(0, 2fr) minmax(260px, 1fr)' },
          gap: 2,
          p: 2,
          alignItems: 'start',
        }}
      >
        <SimpleShowLayout sx={{ p: 0 }}>
          <TextField source="name" />
          <TextField source="city" />
          <TextField source="fieldOfWork" />
          <TextField source="contactPerson" />
          <EmailField source="email" />
          <FunctionField<OrganizationRecord> source="phone" render={renderPhone} />
          <LocaleDateField source="createdAt" showTime />
          <LocaleDateField source="updatedAt" showTime />
        </SimpleShowLayout>
        <OnboardingPanel />
        <OrganizationMembers />
        <OrganizationTimeline />
      </Box>
    </Show>
  );
};
