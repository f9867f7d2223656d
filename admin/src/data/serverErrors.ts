import { HttpError } from 'react-admin';

type FieldErrors = Record<string, string>;

/** The API sends one message per field; tolerate arrays (raw class-validator output) too. */
const toFieldErrors = (errors: Record<string, unknown>): FieldErrors =>
    Object.fromEntries(
        Object.entries(errors).map(([field, message]) => [
            field,
            Array.isArray(message) ? message.join(' ') : String(message),
        ])
    );

/**
 * Reshapes a 4xx validation body so react-admin puts each message on its input.
 *
 * react-admin's save handler (useCreateController / useEditController, pessimistic mode)
 * returns `error.body.errors` to the form, which calls react-hook-form's setError for each
 * key. Keys that are not inputs of the form (e.g. "unknown field") would stay invisible, so
 * they are gathered into `root.serverError`, which react-admin shows as the error toast.
 */
export const toFormError = (error: unknown, formFields?: readonly string[]): unknown => {
    if (!(error instanceof HttpError)) return error;
    const body = error.body as { errors?: unknown } | undefined;
    if (!body || typeof body.errors !== 'object' || body.errors === null) return error;

    const all = toFieldErrors(body.errors as Record<string, unknown>);
    const onInputs: FieldErrors = {};
    const elsewhere: string[] = [];
    for (const [field, message] of Object.entries(all)) {
        const topLevel = field.split('.')[0];
        if (!formFields || formFields.includes(topLevel)) onInputs[field] = message;
        else elsewhere.push(message);
    }
    const errors: Record<string, unknown> = { ...onInputs };
    if (elsewhere.length > 0) errors.root = { serverError: elsewhere.join(' ') };
    return new HttpError(error.message, error.status, { ...body, errors });
};
