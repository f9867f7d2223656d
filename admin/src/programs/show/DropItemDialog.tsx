import { Button, CircularProgress, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import { Form, TextInput, maxLength, minLength, required, useTranslate } from 'react-admin';
import { useFormState, type FieldValues } from 'react-hook-form';
import type { PlanItem } from '../../institutional/types';
import { useSetPlanItemStatus } from './useSetPlanItemStatus';

const validateReason = [required(), minLength(3), maxLength(2000)];

const Actions = ({ onClose }: { onClose: () => void }) => {
    const translate = useTranslate();
    const { isSubmitting } = useFormState();
    return (
        <DialogActions>
            <Button onClick={onClose} disabled={isSubmitting}>
                {translate('ra.action.cancel')}
            </Button>
            <Button
                type="submit"
                color="warning"
                variant="contained"
                disabled={isSubmitting}
                startIcon={isSubmitting ? <CircularProgress size={16} color="inherit" /> : undefined}
                data-testid="drop-confirm"
            >
                {translate('mentorflow.plan.drop')}
            </Button>
        </DialogActions>
    );
};

/** Dropping a plan item needs a reason (reported in the year's results). */
export const DropItemDialog = ({ item, onClose }: { item: PlanItem | null; onClose: () => void }) => {
    const translate = useTranslate();
    const { setStatus } = useSetPlanItemStatus();
    return (
        <Dialog open={!!item} onClose={onClose} fullWidth maxWidth="sm" data-testid="drop-dialog">
            {item && (
                <Form
                    onSubmit={async (values: FieldValues) => {
                        const errors = await setStatus(item.id, { status: 'dropped', reason: String(values.reason ?? '').trim() });
                        if (!errors) onClose();
                        return errors;
                    }}
                    noValidate
                >
                    <DialogTitle>{translate('mentorflow.plan.drop_title')}</DialogTitle>
                    <DialogContent>
                        <Typography variant="body2" sx={{ mb: 2 }}>
                            {translate('mentorflow.plan.drop_content', { title: item.title })}
                        </Typography>
                        <TextInput
                            source="reason"
                            label="mentorflow.plan.reason"
                            multiline
                            minRows={2}
                            validate={validateReason}
                            autoFocus
                        />
                    </DialogContent>
                    <Actions onClose={onClose} />
                </Form>
            )}
        </Dialog>
    );
};
