import { useCallback } from 'react';
import { useTranslate } from 'react-admin';
import { useFormatDate } from '../common/useFormatDate';
import type { NotificationRecord } from '../institutional/types';

/**
 * A notification's text in the reader's language, from its type and parameters (task type,
 * year, due date, last contact). Notifications stored before parameters existed keep the
 * server's English message.
 */
export const useNotificationText = () => {
  const translate = useTranslate();
  const formatDate = useFormatDate();
  return useCallback(
    (n: Pick<NotificationRecord, 'type' | 'message' | 'params'>) => {
      const p = n.params;
      if (!p) return n.message;
      const key = n.type === 'no_contact_reminder' && !p.since ? 'no_contact_reminder_never' : n.type;
      return translate(`mentorflow.notification_text.${key}`, {
        _: n.message,
        task: p.taskType ? translate(`mentorflow.task_types.${p.taskType}`, { _: p.taskType }) : '',
        year: p.year ?? '',
        due: p.dueDate ? formatDate(p.dueDate) : '',
        since: p.since ? formatDate(p.since) : '',
      });
    },
    [translate, formatDate],
  );
};

/** Where a notification leads: its task when it is about one, else its program. */
export const notificationTarget = (n: Pick<NotificationRecord, 'taskId' | 'programId'>): string | null =>
  n.taskId ? `/tasks/${n.taskId}/show` : n.programId ? `/programs/${n.programId}/show` : null;
