import { HttpError } from 'react-admin';

/**
 * Where a server error path goes in a form: the input's own path, an array's
 * "<array>.root" (react-hook-form's slot for array-level errors, shown by ArrayInput),
 * or null when no input shows it.
 */
export type PathResolver = (path: string) => string | null;

interface PathRules {
  /** Paths of inputs, e.g. /^items\.\d+\.title$/. */
  inputs: RegExp[];
  /** ArrayInput sources: errors on the array itself, e.g. "participants". */
  arrays?: string[];
  /** Paths with no input of their own sent to one, e.g. "elements.governance" -> its grade. */
  redirects?: [RegExp, string][];
}

export const pathResolver = ({ inputs, arrays = [], redirects = [] }: PathRules): PathResolver => {
  const direct = (path: string): string | null => {
    if (arrays.includes(path)) return `${path}.root`;
    if (inputs.some((re) => re.test(path))) return path;
    for (const [re, to] of redirects) if (re.test(path)) return path.replace(re, to);
    return null;
  };
  return (path) => {
    const own = direct(path);
    if (own) return own;
    // "participants.3" (the whole entry) -> the nearest ancestor with an input.
    const parts = path.split('.');
    while (parts.length > 1) {
      parts.pop();
      const ancestor = direct(parts.join('.'));
      if (ancestor) return ancestor;
    }
    return null;
  };
};

export type SubmissionErrors = Record<string, unknown>;

/**
 * The API's 400 `errors: {path: message}` as react-admin's Form onSubmit return value:
 * each message on its input (dotted paths reach nested inputs via react-hook-form's
 * setError), the ones without an input gathered in `root.serverError`, which react-admin
 * shows as the error toast and our forms in an alert. Null if the error has no field errors.
 */
export const toSubmissionErrors = (error: unknown, resolve: PathResolver): SubmissionErrors | null => {
  if (!(error instanceof HttpError) || error.status !== 400) return null;
  const body = error.body as { errors?: unknown } | undefined;
  if (!body || typeof body.errors !== 'object' || body.errors === null) return null;
  const errors: SubmissionErrors = {};
  const elsewhere: string[] = [];
  for (const [path, raw] of Object.entries(body.errors as Record<string, unknown>)) {
    const message = Array.isArray(raw) ? raw.join(' ') : String(raw);
    const target = resolve(path);
    if (!target) elsewhere.push(message);
    else errors[target] = target in errors ? `${errors[target]} ${message}` : message;
  }
  if (elsewhere.length > 0) errors.root = { serverError: elsewhere.join(' · ') };
  return errors;
};
