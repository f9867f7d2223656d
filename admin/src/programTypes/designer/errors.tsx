import { createContext, useContext } from 'react';
import type { TemplateError } from '../types';

/**
 * The checks' errors by path (`stages[1].tasks[0].role`), given to every input of the designer:
 * an input shows the message of its own path; a card (stage, task, form button) also counts the
 * errors beneath its path.
 */
export type ErrorMap = Record<string, string>;

export const toErrorMap = (errors: TemplateError[] | Record<string, string> | undefined): ErrorMap => {
  if (!errors) return {};
  if (Array.isArray(errors)) {
    const map: ErrorMap = {};
    for (const error of errors) map[error.path] = map[error.path] ? `${map[error.path]} ${error.message}` : error.message;
    return map;
  }
  return { ...errors };
};

const ErrorsContext = createContext<ErrorMap>({});
export const ErrorsProvider = ErrorsContext.Provider;

/** The message of exactly this path. */
export const useErrorAt = (path: string): string | undefined => useContext(ErrorsContext)[path];

/** Messages at or beneath a path (`stages[0].tasks[1].form` gathers the form's field errors). */
export const useErrorsUnder = (path: string): string[] => {
  const errors = useContext(ErrorsContext);
  return Object.entries(errors)
    .filter(([key]) => key === path || key.startsWith(`${path}.`) || key.startsWith(`${path}[`))
    .map(([, message]) => message);
};

/** The input (or card) element of a path, or the closest one above it (summary links go there). */
export const elementForPath = (path: string): HTMLElement | null => {
  let current = path;
  while (current) {
    const element = document.querySelector<HTMLElement>(`[data-path="${CSS.escape(current)}"]`);
    if (element) return element;
    const cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
    if (cut <= 0) break;
    current = current.slice(0, cut);
  }
  return null;
};
