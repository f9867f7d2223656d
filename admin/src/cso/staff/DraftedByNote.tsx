import { Alert, Typography } from '@mui/material';
import { useGetIdentity, useGetOne, useTranslate } from 'react-admin';

export interface DraftedBy {
  id: string;
  fullName: string;
  role: string;
}

/**
 * A program manager or admin completes a plan review assigned to the mentor when the mentor
 * drafted the version under review (the workflow allows exactly that and refuses the mentor).
 */
export const reviewsForAssignee = (
  task: { type: string; assigneeId: string; openedAt: string; context?: unknown },
  role: string | undefined,
): boolean => {
  if (task.type !== 'plan_review' || (role !== 'program_manager' && role !== 'admin')) return false;
  const versions = (
    (task.context as { planVersions?: { submittedBy?: string; submittedAt: string }[] | null } | undefined)?.planVersions ?? []
  ).filter((v) => Date.parse(v.submittedAt) <= Date.parse(task.openedAt));
  return versions.length > 0 && versions[versions.length - 1].submittedBy === task.assigneeId;
};

/** `draftedBy` of a plan version (issue 12); older versions only carry `submittedBy` (an id). */
export const draftedByOf = (version: unknown): DraftedBy | null => {
  const v = version as { draftedBy?: DraftedBy | null } | undefined;
  return v?.draftedBy ?? null;
};

/**
 * In the plan review: who drafted the version (the organisation or the mentor) and, when it is
 * the reviewer themself, why they cannot approve it: the document wants the plan to be the
 * CSO's, reviewed by someone else; a mentor's own draft is approved by a program manager.
 */
export const DraftedByNote = ({ programId, version, readOnly }: { programId: string; version: { version: number }; readOnly: boolean }) => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  // GET /programs/:id names each version's drafter (`planVersions[].draftedBy`); the task's
  // context has the drafter's id only.
  const { data: program } = useGetOne<{ id: string; planVersions?: { version: number; draftedBy?: DraftedBy | null }[] }>('programs', {
    id: programId,
  });
  const drafter = draftedByOf(version) ?? draftedByOf(program?.planVersions?.find((v) => v.version === version.version));
  const submittedBy = (version as { submittedBy?: string } | undefined)?.submittedBy;
  const ownDraft = !!identity && (drafter?.id ?? submittedBy) === identity.id;
  return (
    <>
      {drafter && (
        <Typography variant="body2" sx={{ mb: 1 }} data-testid="drafted-by" data-role={drafter.role}>
          {translate(drafter.role === 'cso_member' ? 'mentorflow.cso.review.drafted_by_cso' : 'mentorflow.cso.review.drafted_by', {
            name: drafter.fullName,
          })}
        </Typography>
      )}
      {ownDraft && !readOnly && (
        <Alert severity="warning" sx={{ mb: 1.5 }} data-testid="own-draft">
          {translate('mentorflow.cso.review.own_draft')}
        </Alert>
      )}
    </>
  );
};
