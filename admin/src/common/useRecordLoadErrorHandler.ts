import { useCallback } from 'react';
import { useNotify, useRedirect, useResourceContext } from 'react-admin';

/**
 * onError for a show/edit page's record query. react-admin's default says "Element does
 * not exist" for every failure; a 403 (e.g. a CSO not assigned to this mentor) deserves
 * its own message. The user stays signed in and goes back to the list.
 */
export const useRecordLoadErrorHandler = () => {
  const notify = useNotify();
  const redirect = useRedirect();
  const resource = useResourceContext();
  return useCallback(
    (error: unknown) => {
      const { status, message } = (error ?? {}) as { status?: number; message?: string };
      // 401 is handled by authProvider.checkError (logout); don't redirect twice.
      if (status === 401) return;
      const text =
        status === 403
          ? 'mentorflow.errors.forbidden_record'
          : status === 404
            ? 'ra.notification.item_doesnt_exist'
            : message || 'ra.notification.http_error';
      notify(text, { type: 'error', messageArgs: { _: text } });
      redirect('list', resource);
    },
    [notify, redirect, resource],
  );
};
