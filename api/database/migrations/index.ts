import { InitialSchema1763769600000 } from './1763769600000-initial-schema';
import { Programs1763856000000 } from './1763856000000-programs';
import { ProgramDetails1763942400000 } from './1763942400000-program-details';
import { Events1764028800000 } from './1764028800000-events';
import { NotificationEmail1764115200000 } from './1764115200000-notification-email';
import { NotificationParamsMentorTypes1765200000000 } from './1765200000000-notification-params-mentor-types';

/** Every migration, in order. Listed explicitly so bundlers and tests need no glob. */
export const MIGRATIONS = [InitialSchema1763769600000, Programs1763856000000, ProgramDetails1763942400000, Events1764028800000, NotificationEmail1764115200000, NotificationParamsMentorTypes1765200000000];
