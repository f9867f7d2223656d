/** {field path: message}; empty when the input is valid. Deterministic: safe inside workflows. */
export type FieldErrors = Record<string, string>;

export class Checker {
  readonly errors: FieldErrors = {};

  fail(path: string, message: string): false {
    if (!(path in this.errors)) this.errors[path] = message;
    return false;
  }

  object(path: string, v: unknown): v is Record<string, unknown> {
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? true : this.fail(path, `${path} must be an object`);
  }

  text(path: string, v: unknown, { min = 1, max = 5000 } = {}): v is string {
    if (typeof v !== 'string') return this.fail(path, `${path} must be text`);
    const t = v.trim();
    if (t.length < min) return this.fail(path, min <= 1 ? `${path} is required` : `${path} must be at least ${min} characters`);
    // The untrimmed value is what gets stored (and carried in the workflow's history), so the
    // maximum applies to it: padding with blanks must not get past the limit.
    if (v.length > max) return this.fail(path, `${path} must be at most ${max} characters`);
    return true;
  }

  optionalText(path: string, v: unknown, opts?: { max?: number }): boolean {
    return v === undefined || v === null || v === '' ? true : this.text(path, v, { min: 0, ...opts });
  }

  int(path: string, v: unknown, min: number, max: number): v is number {
    if (typeof v !== 'number' || !Number.isInteger(v)) return this.fail(path, `${path} must be a whole number`);
    if (v < min || v > max) return this.fail(path, `${path} must be between ${min} and ${max}`);
    return true;
  }

  oneOf<T extends string>(path: string, v: unknown, allowed: readonly T[]): v is T {
    return typeof v === 'string' && (allowed as readonly string[]).includes(v)
      ? true
      : this.fail(path, `${path} must be one of: ${allowed.join(', ')}`);
  }

  date(path: string, v: unknown): v is string {
    // Round-trip check: Date.parse accepts 2027-02-30 and rolls it over to March.
    const t = typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? Date.parse(`${v}T00:00:00Z`) : NaN;
    if (Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== v) {
      return this.fail(path, `${path} must be a date (YYYY-MM-DD)`);
    }
    return true;
  }

  array(path: string, v: unknown, { min = 0, max = 1000 } = {}): v is unknown[] {
    if (!Array.isArray(v)) return this.fail(path, `${path} must be a list`);
    if (v.length < min) return this.fail(path, `${path} needs at least ${min} entr${min === 1 ? 'y' : 'ies'}`);
    if (v.length > max) return this.fail(path, `${path} can hold at most ${max} entries`);
    return true;
  }

  boolean(path: string, v: unknown): v is boolean {
    return typeof v === 'boolean' ? true : this.fail(path, `${path} must be true or false`);
  }

  /** Rejects keys that are not part of the shape (same rule as the API's DTOs). */
  noUnknownKeys(path: string, v: Record<string, unknown>, allowed: readonly string[]): void {
    for (const key of Object.keys(v)) {
      if (!allowed.includes(key)) this.fail(path ? `${path}.${key}` : key, `property ${key} should not exist`);
    }
  }

  get ok(): boolean {
    return Object.keys(this.errors).length === 0;
  }
}
