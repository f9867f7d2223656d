import { Box, Typography } from '@mui/material';
import MenuBookIcon from '@mui/icons-material/MenuBookOutlined';
import { useGetList, useTranslate } from 'react-admin';
import { ResourceLink } from './ResourceList';
import type { ResourceRecord } from './types';

/** The whole library once per page (cached by react-query), filtered per element here. */
const useLibrary = () =>
  useGetList<ResourceRecord>(
    'resources',
    { pagination: { page: 1, perPage: 500 }, sort: { field: 'titleEn', order: 'ASC' } },
    { staleTime: 60_000 },
  );

/** Read-only: the library's modules and templates for one management element (task forms). */
export const ElementResources = ({ element }: { element: string }) => {
  const translate = useTranslate();
  const { data } = useLibrary();
  const mine = (data ?? []).filter((r) => r.elements.includes(element));
  if (mine.length === 0) return null;
  return (
    <Box sx={{ mt: 1, display: 'flex', gap: 1, alignItems: 'baseline', flexWrap: 'wrap' }} data-testid={`element-resources-${element}`}>
      <MenuBookIcon fontSize="small" color="action" sx={{ alignSelf: 'center' }} />
      <Typography variant="caption" color="text.secondary">
        {translate('mentorflow.resources.for_element')}
      </Typography>
      {mine.map((r) => (
        <Typography key={r.id} variant="body2" component="span">
          <ResourceLink record={r} />
        </Typography>
      ))}
    </Box>
  );
};

/** The improvement plan form: every element that has resources, with them. */
export const ResourcesByElement = ({ elementName }: { elementName: (slug: string) => string }) => {
  const translate = useTranslate();
  const { data } = useLibrary();
  const elements = [...new Set((data ?? []).flatMap((r) => r.elements))];
  if (elements.length === 0) return null;
  return (
    <Box sx={{ mb: 2, p: 1.5, border: 1, borderColor: 'divider', borderRadius: 1 }} data-testid="plan-resources">
      <Typography variant="subtitle2" sx={{ mb: 0.5 }}>
        {translate('mentorflow.resources.plan_panel')}
      </Typography>
      {elements.map((e) => (
        <Box key={e} sx={{ mb: 0.5 }}>
          <Typography variant="caption" sx={{ fontWeight: 600 }}>
            {elementName(e)}
          </Typography>
          <ElementResources element={e} />
        </Box>
      ))}
    </Box>
  );
};
