import { BadRequestException, ValidationPipe } from '@nestjs/common';
import { describe, expect, it } from 'vitest';
import { contentRange, parseListQuery } from '../../api/common/list-query';
import { createValidationPipe } from '../../api/common/validation.pipe';
import { CreateOrganizationDto } from '../../api/organizations/organization.dto';

const opts = { sortable: ['name', 'city'], filterable: ['q', 'city'], defaultSort: { field: 'name', order: 'ASC' as const } };

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
