/** The `users` resource's screens (console accounts, admins only): one lazy chunk (lazyScreens.tsx). */
export { UserList } from './UserList';
export { UserEdit } from './UserEdit';
export { UserCreate } from './UserCreate';
