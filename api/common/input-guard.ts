import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { json } from 'express';
import type { ApiErrorBody } from './api-error';
import { idempotencyKeyMiddleware } from './idempotency-key';

/**
 * One guard in front of every route for input that must never reach a workflow or the database:
 * PostgreSQL cannot store NUL in text or jsonb, nor lone UTF-16 surrogates in jsonb; very deep JSON
 * is no real form's data; and bodies over the limit could exceed what Temporal accepts in one
 * payload (2 MB) or bloat a program's history. It runs as Express middleware right after the JSON
 * parser, before authentication and before any Nest pipe, so no DTO can forget it.
 */

/** Deepest nesting a JSON body or query value may have (objects and arrays count one level each). */
export const MAX_JSON_DEPTH = 32;
/** Body size limits (also documented in the README). */
export const JSON_BODY_LIMIT = '256kb';
export const IMPORT_BODY_LIMIT = '3mb';
/** Routes whose JSON body may be larger (the CSV import of organisations). */
export const LARGE_BODY_ROUTES = ['/api/organizations/import'];

export interface InputProblem {
  path: string;
  message: string;
}

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function textProblem(path: string, s: string): InputProblem | null {
  if (s.includes('\u0000')) return { path, message: `${path} contains a NUL character` };
  if (LONE_SURROGATE.test(s)) return { path, message: `${path} contains an invalid character (a lone UTF-16 surrogate)` };
  return null;
}

/**
 * The first value (or key) under `root` that cannot be stored, with its field path in the form the
 * validation errors use ("items.0.title"); null when everything is fine. Recursion stops at the
 * depth limit, so a hostile body cannot overflow the stack.
 */
export function findInputProblem(value: unknown, root = '', depth = 0): InputProblem | null {
  const label = root || 'body';
  if (typeof value === 'string') return textProblem(label, value);
  if (value === null || typeof value !== 'object') return null;
  if (depth >= MAX_JSON_DEPTH) return { path: label, message: `${label} is nested too deeply (at most ${MAX_JSON_DEPTH} levels)` };
  const entries: [string, unknown][] = Array.isArray(value) ? value.map((v, i) => [String(i), v]) : Object.entries(value);
  for (const [key, v] of entries) {
    const path = root ? `${root}.${key}` : key;
    const keyProblem = textProblem(path, key);
    if (keyProblem) return { path: keyProblem.path, message: `a field name under ${label} contains an invalid character` };
    const problem = findInputProblem(v, path, depth + 1);
    if (problem) return problem;
  }
  return null;
}

function send(res: Response, body: ApiErrorBody): void {
  res.status(body.statusCode).json(body);
}

function decodedPath(req: Request): string {
  try {
    return decodeURIComponent(req.path);
  } catch {
    return req.path;
  }
}

/** Checks the decoded URL path, the query parameters and the parsed body. */
export function inputGuard(): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const problem =
      (textProblem('path', decodedPath(req)) && { path: 'path', message: 'the URL path contains an invalid character' }) ||
      findInputProblem(req.query ?? {}, '', 0) ||
      (req.body !== undefined ? findInputProblem(req.body, '', 0) : null);
    if (!problem) return next();
    send(res, { statusCode: 400, message: 'Invalid input', errors: { [problem.path]: problem.message } });
  };
}

interface BodyParserError {
  status?: number;
  type?: string;
  limit?: number;
  message?: string;
}

/** body-parser's errors (too large, malformed JSON, bad charset) in the API's one error shape. */
function parserErrorBody(err: BodyParserError, limitLabel: string): ApiErrorBody {
  if (err.type === 'entity.too.large') {
    return {
      statusCode: 413,
      message: `The request body is larger than ${limitLabel}`,
      errors: { body: `body must be at most ${limitLabel}` },
    };
  }
  if (err.type === 'entity.parse.failed') {
    return { statusCode: 400, message: 'The request body is not valid JSON', errors: { body: 'body must be valid JSON' } };
  }
  const status = err.status && err.status >= 400 && err.status < 500 ? err.status : 400;
  return { statusCode: status, message: err.message ?? 'Bad request body', errors: { body: err.message ?? 'bad request body' } };
}

function jsonParser(limit: string): RequestHandler {
  const parse = json({ limit });
  return (req, res, next) => parse(req, res, (err?: unknown) => (err ? send(res, parserErrorBody(err as BodyParserError, limit)) : next()));
}

/**
 * The JSON parsers (256 KB everywhere, 3 MB for the routes in LARGE_BODY_ROUTES) followed by the
 * guard and the Idempotency-Key check. Nest's own body parser is switched off in app.factory.ts
 * so these are the only ones.
 */
export function bodyParsingAndGuard(): RequestHandler[] {
  const large = jsonParser(IMPORT_BODY_LIMIT);
  const normal = jsonParser(JSON_BODY_LIMIT);
  const chooser: RequestHandler = (req, res, next) =>
    (LARGE_BODY_ROUTES.includes(req.path.replace(/\/+$/, '')) ? large : normal)(req, res, next);
  return [chooser, inputGuard(), idempotencyKeyMiddleware()];
}
