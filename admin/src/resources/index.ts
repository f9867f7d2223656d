/** The `resources` library's screens (modules and templates per management element): one lazy chunk (lazyScreens.tsx). */
export { ResourceList } from './ResourceList';
export { ResourceEdit } from './ResourceEdit';
export { ResourceCreate } from './ResourceCreate';
