/** Documents' pure parts: the upload limit's configuration, type detection by bytes, the report language. */
import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../api/config/config.schema';
import { detectFileType } from '../../api/documents/file-types';
import { reportLanguage } from '../../api/documents/program-documents.controller';
import { sampleDocx, sampleExe, samplePdf, samplePng, sampleZip } from '../support/files';

const base = { DATABASE_URL: 'postgres://u:p@localhost:5432/db' };

describe('documents', () => {
  it('takes FILE_MAX_BYTES from the environment (10 MB by default) and names it when bad', () => {
    expect(validateConfig(base).FILE_MAX_BYTES).toBe(10 * 1024 * 1024);
    expect(validateConfig({ ...base, FILE_MAX_BYTES: '65536' }).FILE_MAX_BYTES).toBe(65536);
    for (const bad of ['ten', '-1', '100', String(200 * 1024 * 1024)])
      expect(() => validateConfig({ ...base, FILE_MAX_BYTES: bad }), bad).toThrow(/FILE_MAX_BYTES/);
  });

  it('recognises files by their bytes, never their names', async () => {
    expect(await detectFileType(samplePdf())).toMatchObject({ ok: true, ext: 'pdf', mime: 'application/pdf' });
    expect(await detectFileType(sampleDocx())).toMatchObject({ ok: true, ext: 'docx' });
    expect(await detectFileType(samplePng())).toMatchObject({ ok: true, ext: 'png' });
    expect(await detectFileType(sampleExe())).toMatchObject({ ok: false, seen: expect.stringContaining('exe') });
    expect(await detectFileType(sampleZip())).toMatchObject({ ok: false, seen: expect.stringContaining('zip') });
    expect(await detectFileType(Buffer.from('plain text'))).toMatchObject({ ok: false });
  });

  it("writes the report in the language asked for, else in the program's language", () => {
    expect(reportLanguage('tr', 'en')).toBe('tr');
    expect(reportLanguage('en', 'tr')).toBe('en');
    expect(reportLanguage(undefined, 'tr')).toBe('tr');
    expect(reportLanguage(undefined, 'en')).toBe('en');
    expect(() => reportLanguage('de', 'en')).toThrow();
  });
});
