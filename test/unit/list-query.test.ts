import { BadRequestException, ValidationPipe } from '@nestjs/common';
import { describe, expect, it } from 'vitest';
import { contentRange, filterOf, parseListQuery } from '../../api/common/list-query';
import { createValidationPipe } from '../../api/common/validation.pipe';
import { CreateOrganizationDto } from '../../api/organizations/organization.dto';

const opts = {
  sortable: ['name', 'city'],
  filters: {
    q: filterOf.text(),
    city: filterOf.text(100, true),
    id: filterOf.uuid(),
    year: filterOf.int(1, 10),
    overdue: filterOf.boolean(),
    from: filterOf.date(),
    kind: filterOf.enum(['meeting', 'workshop']),
  },
  defaultSort: { field: 'name', order: 'ASC' as const },
};
const ID = '0b6f7c3e-3f5e-4c6a-9d2e-6f1a2b3c4d5e';

function errorsOf(fn: () => unknown): Record<string, string> {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(BadRequestException);
    return ((e as BadRequestException).getResponse() as { errors: Record<string, string> }).errors;
  }
  throw new Error('expected a 400');
}

describe('react-admin simple REST list parameters', () => {
  it('parses sort, range and filter', () => {
    expect(parseListQuery({ sort: '["city","DESC"]', range: '[10,19]', filter: '{"q":"ank"}' }, opts)).toEqual({
      sort: { field: 'city', order: 'DESC' },
      skip: 10,
      take: 10,
      filter: { q: 'ank' },
    });
    expect(parseListQuery({}, opts)).toEqual({ sort: opts.defaultSort, skip: 0, take: 25, filter: {} });
  });

  it('rejects what it cannot honour, naming the parameter', () => {
    expect(errorsOf(() => parseListQuery({ sort: '["secret","ASC"]' }, opts))).toHaveProperty('sort');
    expect(errorsOf(() => parseListQuery({ sort: '["name","SIDEWAYS"]' }, opts))).toHaveProperty('sort');
    expect(errorsOf(() => parseListQuery({ range: '[5,1]' }, opts))).toHaveProperty('range');
    expect(errorsOf(() => parseListQuery({ range: 'nope' }, opts))).toHaveProperty('range');
    expect(errorsOf(() => parseListQuery({ filter: '{"owner":"x"}' }, opts))).toHaveProperty('filter');
    expect(errorsOf(() => parseListQuery({ filter: '[1]' }, opts))).toHaveProperty('filter');
  });

  it('checks every filter value by its rule and converts it', () => {
    expect(
      parseListQuery(
        { filter: JSON.stringify({ id: [ID], year: '2', overdue: 'true', from: '2027-01-31T23:59:59.999', kind: 'meeting', q: '' }) },
        opts,
      ).filter,
    ).toEqual({ id: [ID], year: 2, overdue: true, from: '2027-01-31T23:59:59.999', kind: 'meeting' });
    const bad: [unknown, string][] = [
      [{ id: 'x' }, 'filter.id'],
      [{ id: [] }, 'filter.id'],
      [{ id: [ID, 'x'] }, 'filter.id'],
      [{ id: { a: 1 } }, 'filter.id'],
      [{ year: 'abc' }, 'filter.year'],
      [{ year: 11 }, 'filter.year'],
      [{ year: 1.5 }, 'filter.year'],
      [{ overdue: 'maybe' }, 'filter.overdue'],
      [{ from: 'yesterday' }, 'filter.from'],
      [{ from: '2027-02-30' }, 'filter.from'],
      [{ kind: 'party' }, 'filter.kind'],
      [{ q: ['a', 'b'] }, 'filter.q'],
      [{ q: 'x'.repeat(201) }, 'filter.q'],
      [{ city: Array(501).fill('Van') }, 'filter.city'],
    ];
    for (const [filter, field] of bad) {
      expect(
        errorsOf(() => parseListQuery({ filter: JSON.stringify(filter) }, opts)),
        JSON.stringify(filter),
      ).toHaveProperty([field]);
    }
  });

  it('refuses ranges PostgreSQL cannot take and repeated parameters', () => {
    expect(errorsOf(() => parseListQuery({ range: '[1e20,1e20]' }, opts))).toHaveProperty('range');
    expect(errorsOf(() => parseListQuery({ range: '[0,1.5]' }, opts))).toHaveProperty('range');
    expect(errorsOf(() => parseListQuery({ sort: ['["name","ASC"]', '["city","ASC"]'] }, opts))).toHaveProperty('sort');
    expect(errorsOf(() => parseListQuery({ sort: '["name",1]' }, opts))).toHaveProperty('sort');
  });

  it('formats Content-Range, including empty pages', () => {
    expect(contentRange('organizations', 0, 25, 319)).toBe('organizations 0-24/319');
    expect(contentRange('organizations', 0, 0, 0)).toBe('organizations 0-0/0');
  });
});

describe('validation pipe', () => {
  const pipe: ValidationPipe = createValidationPipe();
  const meta = { type: 'body' as const, metatype: CreateOrganizationDto };

  it('reports one message per bad field and rejects unknown fields', async () => {
    const err = await pipe.transform({ name: 'A', email: 'x', extra: 1 }, meta).catch((e) => e as BadRequestException);
    expect(err).toBeInstanceOf(BadRequestException);
    const body = (err as BadRequestException).getResponse() as { statusCode: number; message: string; errors: Record<string, string> };
    expect(body.statusCode).toBe(400);
    expect(Object.keys(body.errors).sort()).toEqual(['city', 'contactPerson', 'email', 'extra', 'fieldOfWork', 'name', 'phone']);
    expect(body.errors.name).toMatch(/at least 2/);
    expect(body.errors.extra).toMatch(/should not exist/);
  });
});
