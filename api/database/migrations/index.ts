import { InitialSchema1763769600000 } from './1763769600000-initial-schema';

/** Every migration, in order. Listed explicitly so bundlers and tests need no glob. */
export const MIGRATIONS = [InitialSchema1763769600000];
