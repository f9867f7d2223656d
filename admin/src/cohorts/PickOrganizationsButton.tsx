import { useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Checkbox,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  InputAdornment,
  List,
  ListItemButton,
  ListItemIcon,
  ListItemText,
  TextField,
} from '@mui/material';
import PlayCircleOutlineIcon from '@mui/icons-material/PlayCircleOutlined';
import SearchIcon from '@mui/icons-material/Search';
import { Button as RaButton, useGetList, useTranslate } from 'react-admin';
import { CohortWizard } from './wizard/CohortWizard';
import { useRefreshStarted } from './useRefreshStarted';

interface Organization {
  id: string;
  name: string;
  city?: string;
}

/**
 * "Start programs" on a phone, where the organizations list is a simple list without row
 * checkboxes: a full-screen step to pick the CSOs (search, tick), then the cohort wizard.
 */
export const PickOrganizationsButton = () => {
  const translate = useTranslate();
  const refreshStarted = useRefreshStarted();
  const [picking, setPicking] = useState(false);
  const [wizard, setWizard] = useState(false);
  const [q, setQ] = useState('');
  const [selected, setSelected] = useState<Map<string, string>>(new Map());
  const {
    data = [],
    total,
    isPending,
    isFetching,
  } = useGetList<Organization>(
    'organizations',
    { filter: q ? { q } : {}, sort: { field: 'name', order: 'ASC' }, pagination: { page: 1, perPage: 50 } },
    { enabled: picking, placeholderData: (previous) => previous },
  );
  const toggle = (org: Organization) =>
    setSelected((current) => {
      const next = new Map(current);
      if (next.has(org.id)) next.delete(org.id);
      else next.set(org.id, org.name);
      return next;
    });
  const close = (started: boolean) => {
    setWizard(false);
    setPicking(false);
    setSelected(new Map());
    setQ('');
    if (started) {
      refreshStarted();
    }
  };
  return (
    <>
      <RaButton label="mentorflow.cohort.button" onClick={() => setPicking(true)} data-testid="start-programs">
        <PlayCircleOutlineIcon />
      </RaButton>
      {picking && !wizard && (
        <Dialog open fullScreen onClose={() => close(false)} data-testid="cohort-pick">
          <DialogTitle>{translate('mentorflow.cohort_pick.title')}</DialogTitle>
          <DialogContent dividers sx={{ px: 1 }}>
            <Box sx={{ px: 1, pb: 1 }}>
              <TextField
                fullWidth
                size="small"
                label={translate('ra.action.search')}
                value={q}
                onChange={(event) => setQ(event.target.value)}
                slotProps={{
                  htmlInput: { 'data-testid': 'cohort-pick-search' },
                  input: {
                    startAdornment: (
                      <InputAdornment position="start">
                        <SearchIcon fontSize="small" color="disabled" />
                      </InputAdornment>
                    ),
                    endAdornment: isFetching ? <CircularProgress size={16} /> : undefined,
                  },
                }}
              />
            </Box>
            {isPending ? (
              <Box sx={{ display: 'flex', justifyContent: 'center', p: 3 }} data-testid="cohort-pick-loading">
                <CircularProgress size={28} />
              </Box>
            ) : (
              <List dense data-testid="cohort-pick-list" data-loaded={isFetching ? 'false' : 'true'}>
                {data.map((org) => (
                  <ListItemButton key={org.id} onClick={() => toggle(org)} data-testid="cohort-pick-item" data-id={org.id}>
                    <ListItemIcon sx={{ minWidth: 40 }}>
                      <Checkbox edge="start" checked={selected.has(org.id)} tabIndex={-1} disableRipple />
                    </ListItemIcon>
                    <ListItemText primary={org.name} secondary={org.city} />
                  </ListItemButton>
                ))}
              </List>
            )}
            {total != null && total > data.length && (
              <Alert severity="info" sx={{ mx: 1 }}>
                {translate('mentorflow.cohort_pick.more', { shown: data.length, total })}
              </Alert>
            )}
          </DialogContent>
          <DialogActions>
            <Button onClick={() => close(false)} data-testid="cohort-pick-cancel">
              {translate('ra.action.cancel')}
            </Button>
            <Button
              variant="contained"
              disabled={selected.size === 0}
              onClick={() => setWizard(true)}
              data-testid="cohort-pick-next"
              data-count={selected.size}
            >
              {translate('mentorflow.cohort_pick.next', { count: selected.size })}
            </Button>
          </DialogActions>
        </Dialog>
      )}
      {wizard && <CohortWizard organizationIds={[...selected.keys()]} open onClose={close} />}
    </>
  );
};
