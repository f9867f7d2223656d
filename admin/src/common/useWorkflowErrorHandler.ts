import { useCallback } from 'react';
import { HttpError, useLogoutIfAccessDenied, useNotify } from 'react-admin';

/**
 * Reports a failed workflow call (task completion, signal, visit, plan item change)
 * that is not a field error: 409 "not possible now" with the server's reason, 403, or
 * a network problem. A 401 signs out through the authProvider.
 */
export const useWorkflowErrorHandler = () => {
  const notify = useNotify();
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  return useCallback(
    async (error: unknown) => {
      if (await logoutIfAccessDenied(error)) return;
      const status = error instanceof HttpError ? error.status : undefined;
      const message = error instanceof Error ? error.message : '';
      const key =
        status === 409
          ? 'mentorflow.errors.conflict'
          : status === 403
            ? 'mentorflow.errors.forbidden_action'
            : status === 503
              ? 'mentorflow.errors.temporal_unavailable'
              : message || 'ra.notification.http_error';
      notify(key, {
        type: 'error',
        // The server's reason, e.g. "the program is paused", follows the explanation.
        messageArgs: { _: message, reason: message },
        autoHideDuration: 8000,
      });
    },
    [notify, logoutIfAccessDenied],
  );
};
