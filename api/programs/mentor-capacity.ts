import { ConflictException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * Advocacy: a mentor follows at most the configured number of CSOs unless a manager overrides.
 * Call inside the transaction that starts or reassigns the program: it holds the mentor's lock.
 */
export async function assertMentorCapacity(m: EntityManager, mentorId: string, limit: number, override: boolean | undefined) {
  // Serialise starts and reassignments per mentor so two at once cannot both pass the check.
  await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`advocacy-mentor:${mentorId}`]);
  // A reassignment the workflow has not projected yet counts for its new mentor, not the old one.
  const [{ count }] = (await m.query(
    `SELECT count(*)::int AS count FROM programs p LEFT JOIN advocacy_mentor_assignments a ON a.program_id = p.id
      WHERE p.type = 'advocacy' AND COALESCE(a.mentor_id, p.mentor_id) = $1 AND p.status IN ('active','paused')`,
    [mentorId],
  )) as { count: number }[];
  if (count >= limit && !override) {
    throw new ConflictException(
      `This mentor already follows ${count} advocacy CSOs (limit ${limit}); choose another mentor or confirm an override`,
    );
  }
}
