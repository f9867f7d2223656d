import { ArgumentMetadata, BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';

/** Flattens class-validator errors to {"items.0.title": "title must be a string"}: one message per field. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const error of errors) {
    const path = parent ? `${parent}.${error.property}` : error.property;
    const messages = Object.values(error.constraints ?? {});
    if (messages.length) out[path] = messages[0];
    Object.assign(out, flattenValidationErrors(error.children ?? [], path));
  }
  return out;
}

/**
 * Every route's body is a JSON object (or absent): an array, string, number or null is a 400
 * before any DTO or handler sees it. Routes typed `@Body() x: unknown` are skipped by
 * ValidationPipe, so without this an array would pass as an empty signal body.
 */
export function assertBodyIsObject(value: unknown): void {
  if (value === undefined) return;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const what = value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;
    throw new BadRequestException({
      statusCode: 400,
      message: 'Validation failed',
      errors: { body: `body must be a JSON object, not ${what}` },
    });
  }
}

class StrictValidationPipe extends ValidationPipe {
  override transform(value: unknown, metadata: ArgumentMetadata) {
    // Only the whole body (@Body() without a key); @Body('x') values may be anything the DTO allows.
    if (metadata.type === 'body' && metadata.data === undefined) assertBodyIsObject(value);
    return super.transform(value, metadata);
  }
}

/** Strict validation: unknown fields are rejected, values are transformed to the DTO's types. */
export function createValidationPipe(): ValidationPipe {
  return new StrictValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    stopAtFirstError: true,
    exceptionFactory: (errors) =>
      new BadRequestException({
        statusCode: 400,
        message: 'Validation failed',
        errors: flattenValidationErrors(errors),
      }),
  });
}
