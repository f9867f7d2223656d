/** The `events` resource's screens (CSO-CSO meetings and workshops): one lazy chunk (lazyScreens.tsx). */
export { EventList } from './EventList';
export { EventShow } from './EventShow';
export { EventEdit } from './EventEdit';
export { EventCreate } from './EventCreate';
