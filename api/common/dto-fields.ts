import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEmail, IsNotEmpty, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

/** Text is trimmed before it is checked; anything else is left for the validators to refuse. */
export const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/**
 * The decorators in the order they would be written above a property. Stacked decorators apply
 * bottom-up, applyDecorators in its order: reversed, the validators run (and the first message
 * of a field is chosen) as if written out.
 */
export const asWritten = (...decorators: ((target: object, property: string) => void)[]) =>
  applyDecorators(...(decorators.reverse() as PropertyDecorator[]));

/** An e-mail address. People type theirs with capitals or a trailing space; that is not another address. */
export const EmailAddress = (example: string) =>
  asWritten(
    ApiProperty({ example }),
    Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value)),
    IsEmail({}, { message: '$property must be an email address' }),
    MaxLength(254),
  );

/** A required line of text, trimmed, of at most `max` characters (the messages name the field). */
export const RequiredText = (max: number) =>
  asWritten(
    Transform(trim),
    IsString({ message: '$property must be text' }),
    IsNotEmpty({ message: '$property is required' }),
    MaxLength(max, { message: `$property must be at most ${max} characters` }),
  );

/** A new password: `min` characters at least (OWASP ASVS L2 asks 12), 200 at most. */
export const NewPassword = (min: number, message?: string) =>
  asWritten(
    IsString(message ? { message } : {}),
    MinLength(min, { message: `$property must be at least ${min} characters` }),
    MaxLength(200),
  );

/** A list of ids: at most `max` (at least `min` when given), each a UUID (`message` otherwise). */
export const IdList = (opts: { max: number; message: string; min?: number; minMessage?: string }) =>
  asWritten(
    IsArray(),
    ...(opts.min === undefined ? [] : [ArrayMinSize(opts.min, opts.minMessage ? { message: opts.minMessage } : {})]),
    ArrayMaxSize(opts.max),
    IsUUID('all', { each: true, message: opts.message }),
  );
