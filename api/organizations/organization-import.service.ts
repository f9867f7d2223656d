import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { parse } from 'csv-parse/sync';
import { Repository } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { findInputProblem } from '../common/input-guard';
import { flattenValidationErrors } from '../common/validation.pipe';
import { CreateOrganizationDto } from './organization.dto';
import { Organization } from './organization.entity';
import { OrganizationsService } from './organizations.service';

/** Header names people use in spreadsheets, mapped to our fields. */
const HEADERS: Record<string, keyof CreateOrganizationDto> = {
  name: 'name',
  organization: 'name',
  city: 'city',
  fieldofwork: 'fieldOfWork',
  field: 'fieldOfWork',
  contactperson: 'contactPerson',
  contact: 'contactPerson',
  email: 'email',
  phone: 'phone',
};
const REQUIRED: (keyof CreateOrganizationDto)[] = ['name', 'city', 'fieldOfWork', 'contactPerson', 'email', 'phone'];
const MAX_ROWS = 1000;

export interface ImportResult {
  created: { row: number; id: string; name: string }[];
  rejected: { row: number; name: string | null; errors: Record<string, string> }[];
}

/**
 * Imports CSOs from CSV, row by row: each good row is created completely (row, audit entry and
 * onboarding workflow) or not at all; bad rows are listed with the reason; nothing half-written.
 */
@Injectable()
export class OrganizationImportService {
  constructor(
    private readonly orgs: OrganizationsService,
    @InjectRepository(Organization) private readonly repo: Repository<Organization>,
  ) {}

  async import(csv: string, user: AuthUser): Promise<ImportResult> {
    let records: Record<string, string>[];
    try {
      records = parse(csv.replace(/^\uFEFF/, ''), {
        columns: (header: string[]) => header.map((h) => HEADERS[h.toLowerCase().replace(/[^a-z]/g, '')] ?? `unknown:${h}`),
        skip_empty_lines: true,
        trim: true,
        delimiter: [',', ';'],
        relax_column_count: true,
      });
    } catch (err) {
      throw new BadRequestException({
        statusCode: 400,
        message: 'Validation failed',
        errors: { csv: `csv could not be read: ${(err as Error).message}` },
      });
    }
    if (!records.length)
      throw new BadRequestException({ statusCode: 400, message: 'Validation failed', errors: { csv: 'csv has no rows under its header' } });
    if (records.length > MAX_ROWS)
      throw new BadRequestException({
        statusCode: 400,
        message: 'Validation failed',
        errors: { csv: `csv has more than ${MAX_ROWS} rows` },
      });
    const missing = REQUIRED.filter((f) => !(f in records[0]));
    if (missing.length) {
      throw new BadRequestException({
        statusCode: 400,
        message: 'Validation failed',
        errors: { csv: `csv header lacks: ${missing.join(', ')}` },
      });
    }

    const result: ImportResult = { created: [], rejected: [] };
    const seen = new Set<string>();
    for (const [i, record] of records.entries()) {
      const row = i + 2; // 1-based, after the header line
      const fields = Object.fromEntries(Object.entries(record).filter(([k]) => !k.startsWith('unknown:')));
      // A cell PostgreSQL cannot store (NUL, a lone surrogate) makes its row a bad row, not the file.
      const unstorable = findInputProblem(fields);
      if (unstorable) {
        result.rejected.push({
          row,
          name: typeof fields.name === 'string' && unstorable.path !== 'name' ? fields.name : null,
          errors: { [unstorable.path]: unstorable.message },
        });
        continue;
      }
      const dto = plainToInstance(CreateOrganizationDto, fields);
      const errors = flattenValidationErrors(await validate(dto, { whitelist: true, stopAtFirstError: true }));
      const key = `${dto.name}|${dto.city}`.toLowerCase();
      if (!Object.keys(errors).length) {
        if (seen.has(key)) errors.name = 'appears twice in this file';
        else if (await this.repo.exists({ where: { name: dto.name, city: dto.city } }))
          errors.name = 'an organization with this name and city already exists';
      }
      if (Object.keys(errors).length) {
        result.rejected.push({ row, name: typeof dto.name === 'string' ? dto.name : null, errors });
        continue;
      }
      seen.add(key);
      try {
        const org = await this.orgs.create({ ...dto }, user);
        result.created.push({ row, id: org.id, name: org.name });
      } catch (err) {
        // e.g. Temporal unreachable: this row was rolled back whole; report it and go on.
        const message = err instanceof Error ? err.message : String(err);
        result.rejected.push({ row, name: dto.name, errors: { row: `not created: ${message}` } });
      }
    }
    return result;
  }
}
