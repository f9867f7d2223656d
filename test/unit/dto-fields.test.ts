import { Transform, plainToInstance } from 'class-transformer';
import { IsEmail, IsNotEmpty, IsString, MaxLength, MinLength, validate } from 'class-validator';
import { describe, expect, it } from 'vitest';
import { EmailAddress, NewPassword, RequiredText, trim } from '../../api/common/dto-fields';
import { flattenValidationErrors } from '../../api/common/validation.pipe';

/** The decorators written out, as the DTOs had them before the shared fields. */
class WrittenOut {
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email: string;

  @Transform(trim)
  @IsString({ message: 'city must be text' })
  @IsNotEmpty({ message: 'city is required' })
  @MaxLength(100, { message: 'city must be at most 100 characters' })
  city: string;

  @IsString({ message: 'password must be a text' })
  @MinLength(12, { message: 'password must be at least 12 characters' })
  @MaxLength(200)
  password: string;
}

class Shared {
  @EmailAddress('ayse@example.org') email: string;
  @RequiredText(100) city: string;
  @NewPassword(12, 'password must be a text') password: string;
}

const errorsOf = async (cls: new () => object, body: object) => flattenValidationErrors(await validate(plainToInstance(cls, body)));

describe('shared DTO fields', () => {
  const bodies = [
    { email: ' Ayse@Example.org ', city: ' Ankara ', password: 'a long enough password' },
    { email: 'not an address', city: '   ', password: 'short' },
    { email: 42, city: 7, password: 12 },
    { email: `${'a'.repeat(250)}@example.org`, city: 'x'.repeat(101), password: 'p'.repeat(201) },
    {},
  ];

  it.each(bodies)('answer %j as the written-out decorators do', async (body) => {
    expect(await errorsOf(Shared, body)).toEqual(await errorsOf(WrittenOut, body));
  });

  it('trims and lower-cases the address, trims the text', () => {
    const dto = plainToInstance(Shared, { email: ' Ayse@Example.ORG ', city: ' Ankara ' });
    expect(dto).toMatchObject({ email: 'ayse@example.org', city: 'Ankara' });
  });

  it('names the field and the limit in its messages', async () => {
    expect(await errorsOf(Shared, { email: 'x', city: '', password: 'short' })).toEqual({
      email: 'email must be an email address',
      city: 'city is required',
      password: 'password must be at least 12 characters',
    });
  });
});
