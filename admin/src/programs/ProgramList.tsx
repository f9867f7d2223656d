import { Chip, Typography, useMediaQuery, type Theme } from '@mui/material';
import {
  CreateButton,
  DataTable,
  ExportButton,
  FilterButton,
  List,
  SimpleList,
  TopToolbar,
  usePermissions,
  useTranslate,
} from 'react-admin';
import { canControlPrograms, worksOnOwnPortfolio, type Role } from '../auth/roles';
import { useProgramBulkActions } from '../cohorts';
import { LocaleDateField } from '../common/LocaleDateField';
import { LinkBody } from '../common/rowLinks';
import { ProgramStatusChip, StageChip } from '../institutional/chips';
import type { ProgramRecord } from '../institutional/types';
import { useDesignedVocabulary } from '../programTypes/useDesignedVocabulary';
import { PlanProgress } from './PlanProgress';
import { ProgramEmpty } from './ProgramEmpty';
import { programFilterDefaults, programFilters } from './programFilters';

const OverdueCount = ({ count }: { count: number }) =>
  count > 0 ? (
    <Chip size="small" color="error" label={count} data-testid="overdue-count" />
  ) : (
    <Typography variant="body2" color="text.secondary" data-testid="overdue-count">
      0
    </Typography>
  );

const ListActions = () => (
  <TopToolbar>
    {/* The filters a phone keeps behind a button (programFilters' compact mode). */}
    <FilterButton />
    <CreateButton label="mentorflow.programs.start" />
    <ExportButton />
  </TopToolbar>
);

/**
 * Programs: every program for managers (overdue ones first), "My programs" for mentors
 * and gender experts (the API returns only theirs).
 */
export const ProgramList = () => {
  const { permissions } = usePermissions<Role>();
  const translate = useTranslate();
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('md'));
  const own = worksOnOwnPortfolio(permissions);
  const bulkActions = useProgramBulkActions();
  // Designed types and their stages by their designed names (built-in ones are translation keys).
  const designed = useDesignedVocabulary();
  const typeName = (record: Pick<ProgramRecord, 'type'>) =>
    designed.typeName(record.type) ?? translate(`mentorflow.program_types.${record.type}`);
  const stageName = (record: Pick<ProgramRecord, 'type' | 'stage'>) =>
    designed.stageName(record.type, record.stage) ?? translate(`mentorflow.stages.${record.stage}`, { _: record.stage });
  return (
    <List
      title={own ? translate('mentorflow.menu.my_programs') : undefined}
      sort={{ field: 'overdueTaskCount', order: 'DESC' }}
      filters={programFilters(canControlPrograms(permissions), isSmall)}
      filterDefaultValues={programFilterDefaults}
      perPage={25}
      empty={<ProgramEmpty />}
      actions={<ListActions />}
    >
      {isSmall ? (
        <SimpleList<ProgramRecord>
          primaryText={(record) => record.organizationName}
          secondaryText={(record) =>
            `${stageName(record)} · ${translate('mentorflow.programs.year_of', {
              year: record.year,
              years: record.years,
            })}`
          }
          tertiaryText={(record) => <ProgramStatusChip status={record.status} />}
          linkType="show"
        />
      ) : (
        <DataTable<ProgramRecord> rowClick="show" bulkActionButtons={bulkActions} body={LinkBody}>
          <DataTable.Col source="organizationName" />
          <DataTable.Col source="mentorName" disableSort />
          <DataTable.Col source="type" disableSort render={(record) => typeName(record as ProgramRecord)} />
          <DataTable.Col
            source="stage"
            render={(record) =>
              designed.stageName(record.type, record.stage) ? (
                <Chip size="small" variant="outlined" label={designed.stageName(record.type, record.stage)} data-testid="stage-chip" />
              ) : (
                <StageChip stage={record.stage} />
              )
            }
          />
          <DataTable.Col
            source="year"
            render={(record) => translate('mentorflow.programs.year_of', { year: record.year, years: record.years })}
          />
          <DataTable.Col source="status" render={(record) => <ProgramStatusChip status={record.status} />} />
          <DataTable.Col
            source="overdueTaskCount"
            sortByOrder="DESC"
            render={(record) => <OverdueCount count={record.overdueTaskCount ?? 0} />}
          />
          <DataTable.Col
            source="planDone"
            label="resources.programs.fields.plan"
            disableSort
            render={(record) => <PlanProgress done={record.planDone} total={record.planTotal} />}
          />
          <DataTable.Col source="lastContactAt" field={LocaleDateField} />
        </DataTable>
      )}
    </List>
  );
};
