import { describe, expect, it } from 'vitest';
import { findInputProblem, MAX_JSON_DEPTH } from '../../api/common/input-guard';

describe('findInputProblem', () => {
  it('accepts ordinary text, emoji (surrogate pairs) and numbers', () => {
    expect(findInputProblem({ notes: 'Ziyaret 👍 çok iyi', items: [{ title: 'ok', n: 3 }] })).toBeNull();
  });

  it('names the field holding a NUL character', () => {
    expect(findInputProblem({ status: 'in_progress', reason: 'x\u0000y' })).toEqual({
      path: 'reason',
      message: 'reason contains a NUL character',
    });
    expect(findInputProblem({ data: { items: [{ title: 'a' }, { title: '\u0000' }] } })?.path).toBe('data.items.1.title');
  });

  it('names the field holding a lone surrogate, high or low', () => {
    expect(findInputProblem({ notes: 'a\ud800b' })?.path).toBe('notes');
    expect(findInputProblem({ notes: 'a\udc00' })?.path).toBe('notes');
    expect(findInputProblem({ notes: '\ud83d' })?.message).toMatch(/lone UTF-16 surrogate/);
  });

  it('checks field names too', () => {
    expect(findInputProblem({ ['a\u0000']: 1 })?.message).toMatch(/field name/);
  });

  it(`refuses nesting deeper than ${MAX_JSON_DEPTH} levels without overflowing the stack`, () => {
    let ok: unknown = 1;
    for (let i = 0; i < MAX_JSON_DEPTH; i++) ok = [ok];
    expect(findInputProblem(ok)).toBeNull();
    const deep = JSON.parse('['.repeat(100_000) + ']'.repeat(100_000));
    expect(findInputProblem({ data: deep })?.message).toMatch(/nested too deeply/);
  });
});
