/** The `organizations` resource's screens: one lazy chunk (lazyScreens.tsx). */
export { OrganizationList } from './OrganizationList';
export { OrganizationShow } from './OrganizationShow';
export { OrganizationEdit } from './OrganizationEdit';
export { OrganizationCreate } from './OrganizationCreate';
