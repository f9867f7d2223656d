/**
 * What the OpenAPI document (/api/docs-json) says beyond the controllers' decorators, so that
 * clients and the fuzzer (test/integration/fuzz.test.ts) see the API as it answers:
 * - the list parameters (sort, range, filter) as JSON-encoded query values with their schema;
 * - the error shape {statusCode, message, errors?} on the 4xx/503 every route can answer.
 */
import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiQuery, type OpenAPIObject } from '@nestjs/swagger';
import type { OperationObject, ParameterObject, ResponsesObject, SchemaObject } from '@nestjs/swagger';

const JSON_PARAMS = ['sort', 'range', 'filter'];

/** sort=["field","ASC"], range=[0,24], filter={...} of a react-admin list (api/common/list-query.ts). */
export function ApiListQuery(opts: {
  sortable: readonly string[];
  filterable: readonly string[];
  filterExample?: Record<string, unknown>;
}) {
  const sort: SchemaObject = {
    type: 'array',
    items: { type: 'string' },
    minItems: 2,
    maxItems: 2,
    example: [opts.sortable[0], 'ASC'],
    description: `["field","ASC"|"DESC"]; field one of ${opts.sortable.join(', ')}`,
  };
  const range: SchemaObject = {
    type: 'array',
    items: { type: 'integer', minimum: 0 },
    minItems: 2,
    maxItems: 2,
    example: [0, 24],
    description: '[start, end], both included; at most 500 rows',
  };
  const filter: SchemaObject = {
    type: 'object',
    properties: Object.fromEntries(opts.filterable.map((k) => [k, {}])),
    additionalProperties: false,
    example: opts.filterExample ?? {},
    description: `Fields: ${opts.filterable.join(', ')}. An array value matches any of its items.`,
  };
  return applyDecorators(
    ApiQuery({ name: 'sort', required: false, schema: sort }),
    ApiQuery({ name: 'range', required: false, schema: range }),
    ApiQuery({ name: 'filter', required: false, schema: filter }),
  );
}

/** A body that is one JSON object of these fields and no others (a route typed `@Body() body: unknown`). */
export function ApiObjectBody(required: string[], properties: Record<string, SchemaObject>) {
  return ApiBody({ schema: { type: 'object', required, properties, additionalProperties: false } });
}

export const API_ERROR_SCHEMA: SchemaObject = {
  type: 'object',
  required: ['statusCode', 'message'],
  properties: {
    statusCode: { type: 'integer', example: 400 },
    message: { type: 'string', example: 'Validation failed' },
    errors: { type: 'object', additionalProperties: { type: 'string' }, description: 'field -> what is wrong with it' },
    retryAfterSeconds: { type: 'integer', description: '429 only: seconds until the next attempt is allowed' },
  },
  additionalProperties: false,
};

const DESCRIPTIONS: Record<string, string> = {
  '400': 'Bad input: errors names each field',
  '401': 'No token, or an invalid, expired or revoked one',
  '403': 'Your role may not do this, or the record is not in your portfolio',
  '404': 'No such record',
  '409': 'Conflict with the current state (already done, wrong stage, in use)',
  '413': 'Body too large',
  '429': 'Too many attempts',
  '503': 'Temporal is unreachable; try again shortly',
};

/** Adds the error responses and the JSON list parameters to every operation of the document. */
export function completeDocument(doc: OpenAPIObject): OpenAPIObject {
  doc.components ??= {};
  doc.components.schemas ??= {};
  doc.components.schemas.ApiError = API_ERROR_SCHEMA;
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete'] as const) {
      const op = (item as Record<string, OperationObject | undefined>)[method];
      if (!op) continue;
      const params = (op.parameters ?? []) as ParameterObject[];
      for (const p of params) {
        // A JSON value in the query string: say so, so generators encode it as JSON.
        if (p.in === 'query' && JSON_PARAMS.includes(p.name) && p.schema && (p.schema as SchemaObject).type !== 'string') {
          p.content = { 'application/json': { schema: p.schema } };
          delete p.schema;
        }
      }
      const secured = !!op.security?.length || !!doc.security?.length;
      const codes = new Set<string>(['503']);
      if (params.length || op.requestBody) codes.add('400');
      if (op.requestBody) codes.add('413');
      if (secured) codes.add('401').add('403');
      if (path.includes('{')) codes.add('404');
      if (method !== 'get') codes.add('409');
      if (path === '/api/auth/login') codes.add('401').add('429');
      const responses = (op.responses ??= {}) as ResponsesObject;
      for (const code of codes) {
        if (responses[code] && 'content' in responses[code]) continue;
        responses[code] = {
          description: (responses[code] as { description?: string } | undefined)?.description ?? DESCRIPTIONS[code],
          content: { 'application/json': { schema: { $ref: '#/components/schemas/ApiError' } } },
        };
      }
    }
  }
  return doc;
}
