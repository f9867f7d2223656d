import { useState, type FormEvent } from 'react';
import { errorMessage } from './api';

/**
 * A plain form's submission in the CSO pages: nothing is sent while `invalid` (its errors show
 * once it was tried, `submitted`); a failure is kept for the form to show, as `readFailure`
 * reads it (by default its message).
 */
export const useCheckedSubmit = <F = string>(
  invalid: boolean,
  send: () => Promise<void>,
  readFailure: (error: unknown) => F = errorMessage as (error: unknown) => F,
) => {
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<F | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (invalid) return;
    setBusy(true);
    setFailure(null);
    try {
      await send();
    } catch (error) {
      setFailure(readFailure(error));
    } finally {
      setBusy(false);
    }
  };
  /** Untried again (the form was sent, or its dialog closed): no errors shown, no failure kept. */
  const reset = () => {
    setSubmitted(false);
    setFailure(null);
  };
  return { submit, submitted, busy, failure, reset };
};
