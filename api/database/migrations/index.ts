import { InitialSchema1763769600000 } from './1763769600000-initial-schema';
import { Programs1763856000000 } from './1763856000000-programs';
import { ProgramDetails1763942400000 } from './1763942400000-program-details';
import { Events1764028800000 } from './1764028800000-events';
import { NotificationEmail1764115200000 } from './1764115200000-notification-email';
import { DeltaProjection1764700000000 } from './1764700000000-delta-projection';
import { IdempotencyKeys1764800000000 } from './1764800000000-idempotency-keys';
import { AdvocacyMentorAssignments1764900000000 } from './1764900000000-advocacy-mentor-assignments';
import { AuthHardening1765000000000 } from './1765000000000-auth-hardening';
import { Drafts1765100000000 } from './1765100000000-drafts';
import { NotificationParamsMentorTypes1765200000000 } from './1765200000000-notification-params-mentor-types';
import { ReadSideAtScale1765300000000 } from './1765300000000-read-side-at-scale';
import { ProgramTemplates1765400000000 } from './1765400000000-program-templates';
import { Documents1765450000000 } from './1765450000000-documents';
import { CsoMembers1765500000000 } from './1765500000000-cso-members';
import { ProgramLanguage1765520000000 } from './1765520000000-program-language';

/** Every migration, in order. Listed explicitly so bundlers and tests need no glob. */
export const MIGRATIONS = [
  InitialSchema1763769600000,
  Programs1763856000000,
  ProgramDetails1763942400000,
  Events1764028800000,
  NotificationEmail1764115200000,
  DeltaProjection1764700000000,
  IdempotencyKeys1764800000000,
  AdvocacyMentorAssignments1764900000000,
  AuthHardening1765000000000,
  Drafts1765100000000,
  NotificationParamsMentorTypes1765200000000,
  ReadSideAtScale1765300000000,
  ProgramTemplates1765400000000,
  Documents1765450000000,
  CsoMembers1765500000000,
  ProgramLanguage1765520000000,
];
