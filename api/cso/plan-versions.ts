import type { DataSource } from 'typeorm';
import type { AdvocacySnapshot } from '../../workflows/advocacy/types';

/**
 * The advocacy plan's versions as the program page shows them (issue 12): who drafted each one
 * (name and role: a CSO member or the mentor), when, and its review. From the live state; when
 * Temporal cannot answer, from the read model (which does not name the drafter).
 */
export async function planVersionsOf(
  db: DataSource,
  live: AdvocacySnapshot | null,
  details: { planVersions?: { version: number; submittedAt: string; review: AdvocacySnapshot['planVersions'][number]['review'] }[] },
) {
  const versions = live?.planVersions ?? details.planVersions?.map((v) => ({ ...v, submittedBy: null as string | null })) ?? [];
  const ids = [...new Set(versions.flatMap((v) => [v.submittedBy, v.review?.by]).filter((x): x is string => !!x))];
  const people = new Map(
    (
      (ids.length ? await db.query(`SELECT id, full_name, role FROM users WHERE id = ANY($1::uuid[])`, [ids]) : []) as {
        id: string;
        full_name: string;
        role: string;
      }[]
    ).map((u) => [u.id, u]),
  );
  const person = (id: string | null | undefined) => {
    const u = id ? people.get(id) : undefined;
    return id ? { id, fullName: u?.full_name ?? null, role: u?.role ?? null } : null;
  };
  return versions.map((v) => ({
    version: v.version,
    draftedBy: person(v.submittedBy),
    draftedAt: v.submittedAt,
    decision: v.review ? (v.review.decision === 'approve' ? 'approved' : 'changes_requested') : null,
    reviewComments: v.review?.comments ?? null,
    reviewedBy: person(v.review?.by),
    reviewedAt: v.review?.at ?? null,
  }));
}

/** What has been shared with the organisation (gender report, self-assessment report), per year. */
export async function sharesOf(
  db: DataSource,
  programId: string,
): Promise<{ document: string; year: number; sharedAt: Date; sharedBy: string }[]> {
  return db.query(
    `SELECT document, year, shared_at AS "sharedAt", shared_by AS "sharedBy" FROM program_shares WHERE program_id = $1 ORDER BY year, document`,
    [programId],
  );
}
