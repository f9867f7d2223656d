import { useState, type FormEvent } from 'react';

/** What the API takes for an e-mail address, checked before sending. */
export const EMAIL_PATTERN = /^\S+@\S+\.\S+$/;

/**
 * A small form without react-hook-form (react-admin's <Form> costs about 15 kB gzipped, too much
 * for the login page, the first thing a slow connection downloads): its values, the props each
 * TextField takes, and a submit that shows the errors from then on and sends only a valid form.
 */
export const usePlainForm = <V extends Record<string, string>>(initial: V) => {
  const [values, setValues] = useState(initial);
  const [submitted, setSubmitted] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  /** A text input's value and change, and its error with room kept for one (nothing jumps when it shows). */
  const field = (name: keyof V & string, error?: string) => ({
    name,
    fullWidth: true,
    margin: 'dense' as const,
    size: 'small' as const,
    value: values[name],
    onChange: (event: { target: { value: string } }) => setValues((current) => ({ ...current, [name]: event.target.value })),
    error: !!error,
    helperText: error ?? ' ',
  });
  const submitWith = (valid: boolean, send: () => Promise<void>) => async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!valid) return;
    setSubmitting(true);
    try {
      await send();
    } finally {
      setSubmitting(false);
    }
  };
  return { values, setValues, submitted, setSubmitted, submitting, field, submitWith };
};
