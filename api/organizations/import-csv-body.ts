import { BadRequestException, PayloadTooLargeException } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { text, type Request, type Response } from 'express';
import { IMPORT_BODY_LIMIT } from '../common/input-guard';
import { flattenValidationErrors } from '../common/validation.pipe';
import { ImportCsvDto } from './organization.dto';

/** The JSON form: validated here because the route also takes raw text/csv (no DTO metatype then). */
async function validatedCsv(body: unknown): Promise<string> {
  const dto = plainToInstance(ImportCsvDto, body ?? {});
  const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true, stopAtFirstError: true });
  if (errors.length)
    throw new BadRequestException({ statusCode: 400, message: 'Validation failed', errors: flattenValidationErrors(errors) });
  return dto.csv;
}

const csvParser = text({ type: 'text/csv', limit: IMPORT_BODY_LIMIT });

/** A text/csv body as a string (UTF-8), within the import's size limit. */
function readCsvBody(req: Request, res: Response): Promise<string> {
  return new Promise((resolve, reject) =>
    csvParser(req, res, (err?: unknown) => {
      const e = err as { type?: string; message?: string } | undefined;
      if (e?.type === 'entity.too.large')
        reject(
          new PayloadTooLargeException({
            statusCode: 413,
            message: `The CSV is larger than ${IMPORT_BODY_LIMIT}`,
            errors: { csv: `csv must be at most ${IMPORT_BODY_LIMIT}` },
          }),
        );
      else if (e)
        reject(
          new BadRequestException({
            statusCode: 400,
            message: 'The CSV could not be read',
            errors: { csv: e.message ?? 'unreadable body' },
          }),
        );
      else if (typeof req.body !== 'string' || !req.body.trim())
        reject(new BadRequestException({ statusCode: 400, message: 'Validation failed', errors: { csv: 'csv is required' } }));
      else resolve(req.body);
    }),
  );
}

/** The import's CSV: the body itself when sent as `text/csv`, else the JSON form's `csv`. */
export function importCsvOf(req: Request, res: Response, body: unknown): Promise<string> {
  return req.is('text/csv') ? readCsvBody(req, res) : validatedCsv(body);
}
