type EventKind = 'meeting' | 'workshop';

/** A CSO-CSO peer-learning meeting or workshop (`events` resource). */
export interface PeerEventRecord {
  id: string;
  kind: EventKind;
  date: string;
  topic: string;
  notes: string;
  organizationIds: string[];
  createdAt: string;
}

type TimelineKind = 'program_started' | 'task_completed' | 'visit' | 'peer_meeting' | 'peer_workshop';

/** GET /api/organizations/:id/timeline, newest first. */
export interface TimelineEntry {
  at: string;
  kind: TimelineKind | string;
  title: string;
  programId: string | null;
  detail: string | null;
}
