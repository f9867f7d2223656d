/**
 * FEEL expressions through `feelin` (the bpmn.io interpreter): parse, evaluate with a context,
 * and list the names an expression refers to, so the checker can refuse unknown fields at
 * publish time. Pure (feelin has no I/O; `now()`/`today()` read the clock, which inside a
 * workflow is Temporal's deterministic one): safe in the workflow sandbox, the api and the console.
 */
import { evaluate, parseExpression } from 'feelin';
import type { Feel, FeelContext } from './language';

type SyntaxNode = ReturnType<typeof parseExpression>['topNode'];

/** A name the expression reads from its context, as its dotted path: `['tasks', 'review', 'score']`. */
export interface FeelRef {
  path: string[];
  /** Where in the expression (for messages). */
  from: number;
  /** Read inside a filter `list[...]`, where bare names are the list element's properties. */
  inFilterOf?: string[];
}

export type FeelParse = { ok: true; refs: FeelRef[] } | { ok: false; message: string };

/** Longest expression the checker accepts: an expression is a formula, not a program. */
export const FEEL_MAX_LENGTH = 2000;

/** Parses an expression and lists the context names it reads (locally bound names left out). */
export function parseFeel(raw: Feel): FeelParse {
  if (typeof raw !== 'string') return { ok: false, message: 'is empty' };
  const expr = bare(raw);
  if (!expr.trim()) return { ok: false, message: 'is empty' };
  if (expr.length > FEEL_MAX_LENGTH) return { ok: false, message: `is longer than ${FEEL_MAX_LENGTH} characters` };
  let tree;
  try {
    tree = parseExpression(expr, {}, undefined);
  } catch (err) {
    return { ok: false, message: `does not parse: ${(err as Error).message}` };
  }
  let bad: { from: number } | null = null;
  tree.iterate({
    enter(n) {
      if (bad) return false;
      if (n.type.isError) bad = { from: n.from };
      return undefined;
    },
  });
  if (bad)
    return {
      ok: false,
      message: `does not parse near position ${(bad as { from: number }).from + 1}: "${snippet(expr, (bad as { from: number }).from)}"`,
    };
  const refs: FeelRef[] = [];
  walk(tree.topNode, expr, new Set(), refs, undefined);
  return { ok: true, refs };
}

/** form-js writes expressions with a leading '=' (`=value > 3`); the template language without. Both are read. */
function bare(expr: string): string {
  return expr.startsWith('=') ? expr.slice(1) : expr;
}

function snippet(expr: string, at: number): string {
  return expr.slice(Math.max(0, at - 10), at + 10);
}

const text = (n: SyntaxNode, src: string) => src.slice(n.from, n.to);
const children = (n: SyntaxNode): SyntaxNode[] => {
  const out: SyntaxNode[] = [];
  for (let c = n.firstChild; c; c = c.nextSibling) out.push(c);
  return out;
};

/** Names bound by the node itself (for/some/every variables, function parameters, context keys). */
function boundNames(n: SyntaxNode, src: string): string[] {
  const names: string[] = [];
  const collect = (m: SyntaxNode, parentKinds: string[]) => {
    for (const c of children(m)) {
      if (c.name === 'Name' && parentKinds.includes(m.name)) names.push(text(c, src).trim());
      if (['InExpressions', 'InExpression', 'FormalParameters', 'FormalParameter', 'ParameterName', 'ContextEntry', 'Key'].includes(c.name))
        collect(c, parentKinds);
    }
  };
  if (n.name === 'ForExpression' || n.name === 'QuantifiedExpression') collect(n, ['InExpression']);
  if (n.name === 'FunctionDefinition') collect(n, ['ParameterName']);
  if (n.name === 'Context') collect(n, ['Key']);
  return names;
}

/** A path expression's segments when it starts at a plain name: `a.b.c` -> ['a','b','c']. */
function pathOf(n: SyntaxNode, src: string): string[] | null {
  if (n.name === 'VariableName') return [text(n, src).trim()];
  if (n.name !== 'PathExpression') return null;
  const [base, , name] = children(n);
  const head = base ? pathOf(base, src) : null;
  if (!head || !name || name.name !== 'PathName') return null;
  return [...head, text(name, src).trim()];
}

function walk(n: SyntaxNode, src: string, bound: Set<string>, refs: FeelRef[], filterOf: string[] | undefined): void {
  const path = pathOf(n, src);
  if (path) {
    if (!bound.has(path[0])) refs.push({ path, from: n.from, ...(filterOf ? { inFilterOf: filterOf } : {}) });
    return;
  }
  const local = boundNames(n, src);
  const scope = local.length ? new Set([...bound, ...local]) : bound;
  if (n.name === 'FunctionInvocation') {
    // The callee is a function name (built-in), not a context value; only the arguments read.
    const [callee, ...rest] = children(n);
    if (callee && callee.name !== 'VariableName') walk(callee, src, scope, refs, filterOf);
    for (const c of rest) walk(c, src, scope, refs, filterOf);
    return;
  }
  if (n.name === 'FilterExpression') {
    const [base, ...rest] = children(n);
    walk(base, src, scope, refs, filterOf);
    const basePath = pathOf(base, src) ?? undefined;
    for (const c of rest) walk(c, src, new Set([...scope, 'item']), refs, basePath ?? []);
    return;
  }
  // Names of named arguments, context keys and types (`x instance of number`) are labels, not reads.
  if (n.name === 'ParameterName' || n.name === 'Key' || n.name === 'Name' || n.name === 'Type') return;
  for (const c of children(n)) walk(c, src, scope, refs, filterOf);
}

export type FeelValue = unknown;

/**
 * Evaluates an expression; a failing expression (bad input at run time, a missing value) gives
 * null rather than throwing: a program must never stop on a formula.
 */
export function evaluateFeel(expr: Feel, context: FeelContext): FeelValue {
  try {
    return toPlain(evaluate(bare(expr), context).value);
  } catch {
    return null;
  }
}

/** A condition holds only when it evaluates to true (null, a number or a failure do not). */
export function feelHolds(expr: Feel, context: FeelContext): boolean {
  return evaluateFeel(expr, context) === true;
}

/** A figure is a finite number or null. */
export function feelNumber(expr: Feel, context: FeelContext): number | null {
  const v = evaluateFeel(expr, context);
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** FEEL dates and durations become their ISO strings, so results survive JSON (state, read model). */
function toPlain(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (Array.isArray(v)) return v.map(toPlain);
  if (typeof v === 'function') return null;
  if (typeof v === 'object') {
    const proto = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null)
      return typeof (v as { toString(): string }).toString === 'function' ? String(v) : null;
    return Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, toPlain(x)]));
  }
  return null;
}
