import type { ReactNode } from 'react';
import { Box, Chip, Tooltip, Typography, useMediaQuery, type Theme } from '@mui/material';
import WcIcon from '@mui/icons-material/Wc';
import { useLocale, useTranslate } from 'react-admin';
import { DataTable } from '../programs/show/DataTable';
import { PlanStatusChip } from './chips';
import type { InstitutionalConfig } from './domain';
import type { PlanItem } from './types';
import { useConfigText } from './useConfigText';

interface PlanItemsTableProps {
  items: PlanItem[];
  config: InstitutionalConfig | undefined;
  /** Per-item buttons (start / done / drop) on the program page. */
  renderActions?: (item: PlanItem) => ReactNode;
  emptyText?: string;
}

const formatDate = (value: string, locale: string) =>
  new Date(`${value.slice(0, 10)}T00:00:00`).toLocaleDateString(locale === 'tr' ? 'tr-TR' : 'en-GB', {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
  });

const GenderMark = ({ item }: { item: PlanItem }) => {
  const translate = useTranslate();
  if (item.studyType !== 'gender_mainstreaming') return null;
  return (
    <Tooltip title={translate('mentorflow.study_types.gender_mainstreaming')}>
      <WcIcon fontSize="small" color="secondary" />
    </Tooltip>
  );
};

const PriorityChip = ({ item }: { item: PlanItem }) => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      variant="outlined"
      color={item.priority === 'high' ? 'error' : item.priority === 'medium' ? 'warning' : 'default'}
      label={translate(`mentorflow.priorities.${item.priority}`, { _: item.priority })}
    />
  );
};

/** Why a dropped item was dropped. */
const DropReason = ({ item }: { item: PlanItem }) =>
  item.reason ? (
    <Typography variant="caption" color="text.secondary">
      {item.reason}
    </Typography>
  ) : null;

/**
 * On a phone: one card per item (a seven-column table would hide its status buttons off
 * screen), the buttons below the facts.
 */
const PlanItemCards = ({
  items,
  text,
  renderActions,
}: {
  items: PlanItem[];
  text: ReturnType<typeof useConfigText>;
  renderActions?: (item: PlanItem) => ReactNode;
}) => {
  const translate = useTranslate();
  const locale = useLocale();
  return (
    <Box component="ol" sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 1 }} data-testid="plan-items">
      {items.map((item) => (
        <Box
          component="li"
          key={item.id}
          data-testid="plan-item"
          data-plan-item-id={item.id}
          data-status={item.status}
          sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1.25, display: 'grid', gap: 0.75 }}
        >
          <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 0.5 }}>
            <GenderMark item={item} />
            <Typography variant="body2" sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
              {item.title}
            </Typography>
          </Box>
          <DropReason item={item} />
          <Typography variant="caption" color="text.secondary">
            {text.element(item.element)} · {translate(`mentorflow.study_types.${item.studyType}`, { _: item.studyType })}
            {item.targetDate ? ` · ${formatDate(item.targetDate, locale)}` : ''}
          </Typography>
          <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
            <PlanStatusChip status={item.status} />
            <PriorityChip item={item} />
          </Box>
          {renderActions && (
            <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', '& > *': { flexWrap: 'wrap' } }}>{renderActions(item)}</Box>
          )}
        </Box>
      ))}
    </Box>
  );
};

/** The improvement plan as a table; gender mainstreaming items are marked. */
export const PlanItemsTable = ({ items, config, renderActions, emptyText }: PlanItemsTableProps) => {
  const translate = useTranslate();
  const locale = useLocale();
  const text = useConfigText(config);
  const narrow = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  if (items.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary" data-testid="plan-items-empty">
        {translate(emptyText ?? 'mentorflow.plan.empty')}
      </Typography>
    );
  }
  const sorted = [...items].sort((a, b) => a.year - b.year || a.position - b.position);
  if (narrow) return <PlanItemCards items={sorted} text={text} renderActions={renderActions} />;
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <DataTable
        testId="plan-items"
        rows={sorted}
        rowKey={(item) => item.id}
        rowProps={(item) => ({ 'data-testid': 'plan-item', 'data-plan-item-id': item.id, 'data-status': item.status })}
        columns={[
          {
            head: translate('mentorflow.plan.title'),
            cellSx: { maxWidth: 320 },
            cell: (item) => (
              <>
                <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
                  <GenderMark item={item} />
                  <Typography variant="body2" sx={{ fontWeight: 500 }}>
                    {item.title}
                  </Typography>
                </Box>
                <DropReason item={item} />
              </>
            ),
          },
          { head: translate('mentorflow.plan.element'), cell: (item) => text.element(item.element) },
          {
            head: translate('mentorflow.plan.study_type'),
            cell: (item) => translate(`mentorflow.study_types.${item.studyType}`, { _: item.studyType }),
          },
          { head: translate('mentorflow.plan.priority'), cell: (item) => <PriorityChip item={item} /> },
          {
            head: translate('mentorflow.plan.target_date'),
            cellSx: { whiteSpace: 'nowrap' },
            cell: (item) => (item.targetDate ? formatDate(item.targetDate, locale) : ''),
          },
          { head: translate('mentorflow.plan.status'), cell: (item) => <PlanStatusChip status={item.status} /> },
          renderActions && { align: 'right', cellSx: { whiteSpace: 'nowrap' }, cell: renderActions },
        ]}
      />
    </Box>
  );
};
