import { useState } from 'react';
import { useNotify } from 'react-admin';
import { mentorLimitMessage } from '../controls/mentorLimit';

/**
 * The program create form's error handling: a 409 for a mentor at the advocacy limit keeps
 * the form open and shows the override switch (OverrideMentorLimit); other errors are
 * notified as react-admin does.
 */
export const useMentorLimitConflict = () => {
  const notify = useNotify();
  const [message, setMessage] = useState<string | null>(null);
  const onError = (error: unknown) => {
    const limit = mentorLimitMessage(error);
    if (limit) {
      setMessage(limit);
      notify('mentorflow.advocacy.limit.notify', { type: 'warning' });
      return;
    }
    const body = (error as { body?: { errors?: Record<string, unknown> } })?.body;
    // Field errors are shown on the inputs (react-admin's pessimistic save returns them).
    if (body?.errors && Object.keys(body.errors).length > 0) return;
    const text = error instanceof Error && error.message ? error.message : 'ra.notification.http_error';
    notify(text, { type: 'error', messageArgs: { _: text } });
  };
  return { message, mutationOptions: { onError } };
};
