import { useGetList, usePermissions } from 'react-admin';
import { isAllowed, type Role } from '../auth/roles';
import type { ProgramTypeRow } from './types';

/** The published program types designed in the console (admins and program managers read them). */
export const usePublishedTypes = () => {
  const { permissions } = usePermissions<Role>();
  const { data } = useGetList<ProgramTypeRow>(
    'program-types',
    { pagination: { page: 1, perPage: 100 }, sort: { field: 'key', order: 'ASC' } },
    { enabled: isAllowed(permissions, 'program-types', 'list') },
  );
  return (data ?? []).filter((row) => !!row.latestVersion);
};
