/** The CSO import's CSV preview and the cohort wizard's setup check. */
import { describe, expect, it } from 'vitest';
import { parseCsv, previewCsv } from '../../admin/src/cohorts/csvPreview';
import { validateSetup, type CohortSetup } from '../../admin/src/cohorts/wizard/state';

describe('CSV preview', () => {
  it('reads quoted fields holding delimiters, doubled quotes and line breaks', () => {
    const text = 'name,city\n"Kadın Derneği, Ankara","İzmir"\n"Say ""hello""","line one\nline two"\n';
    expect(parseCsv(text, ',')).toEqual([
      ['name', 'city'],
      ['Kadın Derneği, Ankara', 'İzmir'],
      ['Say "hello"', 'line one\nline two'],
    ]);
  });

  it('trims fields and skips empty lines, with CRLF endings', () => {
    expect(parseCsv(' a ; b \r\n\r\n;\r\n c ;d', ';')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('detects the delimiter from the header, drops a BOM and counts all data rows', () => {
    const rows = Array.from({ length: 7 }, (_, i) => `Org ${i};City ${i}`);
    const preview = previewCsv(`\uFEFFname;city;email,phone\n${rows.join('\n')}`, 3);
    expect(preview?.delimiter).toBe(';');
    expect(preview?.header).toEqual(['name', 'city', 'email,phone']);
    expect(preview?.rows).toEqual([
      ['Org 0', 'City 0'],
      ['Org 1', 'City 1'],
      ['Org 2', 'City 2'],
    ]);
    expect(preview?.total).toBe(7);
  });

  it('has no preview for an empty file, and a header-only file has no rows', () => {
    expect(previewCsv('')).toBeNull();
    expect(previewCsv('\n\n')).toBeNull();
    expect(previewCsv('name,city')).toEqual({ delimiter: ',', header: ['name', 'city'], rows: [], total: 0 });
  });
});

describe('cohort setup', () => {
  const setup: CohortSetup = {
    type: 'institutional',
    mode: 'balanced',
    genderExpertId: '',
    startDate: '2027-01-10',
    years: 2,
    override: false,
  };

  it('asks for a gender expert only where the type has one', () => {
    expect(validateSetup(setup, { genderExpert: true, years: true })).toEqual({ genderExpertId: 'ra.validation.required' });
    expect(validateSetup(setup, { genderExpert: false, years: true })).toEqual({});
    expect(validateSetup({ ...setup, genderExpertId: 'u1' }, { genderExpert: true, years: true })).toEqual({});
  });

  it('takes one to five whole years, where the type runs for years', () => {
    for (const years of [0, 6, 2.5, Number.NaN]) {
      expect(validateSetup({ ...setup, years }, { genderExpert: false, years: true })).toEqual({ years: 'mentorflow.cohort.years_range' });
    }
    for (const years of [1, 5]) expect(validateSetup({ ...setup, years }, { genderExpert: false, years: true })).toEqual({});
    expect(validateSetup({ ...setup, years: 0 }, { genderExpert: false, years: false })).toEqual({});
  });
});
