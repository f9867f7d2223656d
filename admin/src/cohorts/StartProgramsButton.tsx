import { useState } from 'react';
import PlayCircleOutlineIcon from '@mui/icons-material/PlayCircleOutlined';
import { Button, useListContext } from 'react-admin';
import { CohortWizard } from './wizard/CohortWizard';
import { useRefreshStarted } from './useRefreshStarted';

/** Bulk action on the organizations list: start programs for the selected CSOs. */
export const StartProgramsButton = () => {
  const { selectedIds, onUnselectItems } = useListContext();
  const refreshStarted = useRefreshStarted();
  const [open, setOpen] = useState(false);
  const close = (started: boolean) => {
    setOpen(false);
    if (started) {
      onUnselectItems();
      refreshStarted();
    }
  };
  return (
    <>
      <Button label="mentorflow.cohort.button" onClick={() => setOpen(true)} data-testid="start-programs">
        <PlayCircleOutlineIcon />
      </Button>
      {open && <CohortWizard organizationIds={selectedIds.map(String)} open={open} onClose={close} />}
    </>
  );
};
