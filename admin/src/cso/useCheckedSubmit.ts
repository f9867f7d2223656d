import { useState, type FormEvent } from 'react';
import { errorMessage } from './api';

/**
 * A plain form's submission in the CSO pages: nothing is sent while `invalid` (its errors show
 * once it was tried, `submitted`); a failure's message is kept for the form to show.
 */
export const useCheckedSubmit = (invalid: boolean, send: () => Promise<void>) => {
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (invalid) return;
    setBusy(true);
    setFailure(null);
    try {
      await send();
    } catch (error) {
      setFailure(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };
  return { submit, submitted, setSubmitted, busy, failure };
};
