import { useState } from 'react';
import { Alert, FormControl, FormControlLabel, FormLabel, Radio, RadioGroup, Typography } from '@mui/material';
import { useNotify, usePermissions, useRefresh, useTranslate } from 'react-admin';
import type { Role } from '../../auth/roles';
import type { AdvocacyProgramRecord } from '../../advocacy/types';
import { errorMessage, setPlanDrafter } from '../api';

type Drafter = 'cso' | 'mentor';

/** The drafter in force: a CSO member named in the live state (`planDrafterId`), else the mentor. */
export const currentDrafter = (program: AdvocacyProgramRecord): Drafter => {
  const live = program.live as { planDrafterId?: string | null } | null | undefined;
  const details = program.details as { planDrafter?: Drafter } | undefined;
  return live?.planDrafterId ? 'cso' : (details?.planDrafter ?? 'mentor');
};

/**
 * "Who drafts the plan: the organisation / the mentor" (advocacy). The document: the mentor
 * supports the CSO in drafting its own plan. An open drafting task moves at once; with no
 * active member the API answers 409 ("invite a member first"), shown here.
 */
export const PlanDrafterControl = ({ program }: { program: AdvocacyProgramRecord }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const { permissions } = usePermissions<Role>();
  const [value, setValue] = useState<Drafter>(currentDrafter(program));
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const may = permissions === 'mentor' || permissions === 'program_manager' || permissions === 'admin';
  const locked = !!program.details?.planLockedAt || program.status !== 'active';
  const change = async (next: Drafter) => {
    const before = value;
    setValue(next);
    setBusy(true);
    setFailure(null);
    try {
      await setPlanDrafter(program.id, next);
      notify(next === 'cso' ? 'mentorflow.cso.drafter.now_cso' : 'mentorflow.cso.drafter.now_mentor', { type: 'success' });
      refresh();
    } catch (error) {
      setValue(before);
      setFailure(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <FormControl disabled={!may || busy || locked} data-testid="plan-drafter" data-drafter={value} sx={{ mt: 1 }}>
      <FormLabel id="plan-drafter-label">{translate('mentorflow.cso.drafter.label')}</FormLabel>
      <RadioGroup
        row
        aria-labelledby="plan-drafter-label"
        name="planDrafter"
        value={value}
        onChange={(e) => void change(e.target.value as Drafter)}
      >
        <FormControlLabel value="cso" control={<Radio />} label={translate('mentorflow.cso.drafter.cso')} />
        <FormControlLabel value="mentor" control={<Radio />} label={translate('mentorflow.cso.drafter.mentor')} />
      </RadioGroup>
      <Typography variant="caption" color="text.secondary">
        {translate(locked ? 'mentorflow.cso.drafter.locked' : 'mentorflow.cso.drafter.help')}
      </Typography>
      {failure && (
        <Alert severity="warning" sx={{ mt: 1 }} data-testid="plan-drafter-error">
          {failure}
        </Alert>
      )}
    </FormControl>
  );
};
