import { Alert, Typography } from '@mui/material';
import { useGetIdentity, useTranslate } from 'react-admin';

export interface DraftedBy {
    id: string;
    fullName: string;
    role: string;
}

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
export const DraftedByNote = ({ version, readOnly }: { version: unknown; readOnly: boolean }) => {
    const translate = useTranslate();
    const { identity } = useGetIdentity();
    const drafter = draftedByOf(version);
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
