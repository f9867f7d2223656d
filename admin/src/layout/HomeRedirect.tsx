import { Navigate } from 'react-router-dom';
import { Loading, usePermissions } from 'react-admin';
import { menuResourcesFor, type Role } from '../auth/roles';

/**
 * "/" opens the role's first menu entry: the task inbox for mentors and gender experts,
 * the programs overview for program managers and admins.
 */
export const HomeRedirect = () => {
  const { permissions, isPending } = usePermissions<Role>();
  if (isPending) return <Loading />;
  const first = menuResourcesFor(permissions)[0] ?? 'organizations';
  return <Navigate to={`/${first}`} replace />;
};
