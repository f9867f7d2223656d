import { useState } from 'react';
import { Box, LinearProgress } from '@mui/material';
import { useGetIdentity, useGetList, usePermissions, useTranslate } from 'react-admin';
import { canWorkOnPlan, type Role } from '../../auth/roles';
import { PlanItemsTable } from '../PlanItemsTable';
import type { ImprovementRecord, PlanItem, ProgramRecord } from '../types';
import { PlanProgress } from '../../programs/PlanProgress';
import { DoneWithEvidenceDialog } from '../../documents/DoneWithEvidenceDialog';
import { DropItemDialog } from './DropItemDialog';
import { PlanItemActions } from './PlanItemActions';
import { Panel } from '../../programs/show/Panel';
import { useSetPlanItemStatus } from './useSetPlanItemStatus';

/** This year's improvement plan: progress bar, items, and their status buttons. */
export const PlanPanel = ({ program }: { program: ProgramRecord }) => {
  const translate = useTranslate();
  const { permissions } = usePermissions<Role>();
  const { identity } = useGetIdentity();
  const { data, isPending } = useGetList<ImprovementRecord>('improvements', {
    filter: { programId: program.id, year: program.year },
    sort: { field: 'position', order: 'ASC' },
    pagination: { page: 1, perPage: 100 },
  });
  const { setStatus, isPending: moving, pendingId } = useSetPlanItemStatus();
  const [dropping, setDropping] = useState<PlanItem | null>(null);
  const [completing, setCompleting] = useState<PlanItem | null>(null);
  // The workflow accepts plan item changes during implementation only.
  const stage = program.live?.stage ?? program.stage;
  const status = program.live?.status ?? program.status;
  const mayChange = canWorkOnPlan(permissions, identity?.id === program.mentorId) && status === 'active' && stage === 'implementation';
  return (
    <Panel title={translate('mentorflow.programs.plan')} testId="plan-panel">
      {(program.planTotal ?? 0) > 0 && (
        <Box sx={{ mb: 2 }}>
          <PlanProgress done={program.planDone} total={program.planTotal} wide />
        </Box>
      )}
      {isPending ? (
        <LinearProgress />
      ) : (
        <PlanItemsTable
          items={data ?? []}
          config={program.config}
          emptyText="mentorflow.plan.empty_year"
          renderActions={
            mayChange
              ? (item) => (
                  <PlanItemActions
                    item={item}
                    busy={moving && pendingId === item.id}
                    disabled={moving}
                    onStart={() => setStatus(item.id, { status: 'in_progress' })}
                    onDone={() => setCompleting(item)}
                    onDrop={() => setDropping(item)}
                  />
                )
              : undefined
          }
        />
      )}
      <DropItemDialog item={dropping} onClose={() => setDropping(null)} />
      <DoneWithEvidenceDialog item={completing} onClose={() => setCompleting(null)} />
    </Panel>
  );
};
