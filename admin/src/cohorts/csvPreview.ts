/** What the import dialog shows before anything is sent: the header and the first rows. */
export interface CsvPreview {
  delimiter: ',' | ';';
  header: string[];
  rows: string[][];
  /** Data rows in the file (not counting the header or empty lines). */
  total: number;
}

/** The delimiter the header line uses more of (the API accepts both). */
const detectDelimiter = (firstLine: string): ',' | ';' =>
  (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';

/** RFC 4180-ish: quoted fields may hold delimiters, doubled quotes and line breaks. */
export const parseCsv = (text: string, delimiter: ',' | ';'): string[][] => {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === delimiter) {
      record.push(field.trim());
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      record.push(field.trim());
      if (record.some((value) => value !== '')) records.push(record);
      record = [];
      field = '';
    } else field += c;
  }
  record.push(field.trim());
  if (record.some((value) => value !== '')) records.push(record);
  return records;
};

export const previewCsv = (text: string, rows = 5): CsvPreview | null => {
  const clean = text.replace(/^\uFEFF/, '');
  const delimiter = detectDelimiter(clean.split(/\r?\n/, 1)[0] ?? '');
  const [header, ...data] = parseCsv(clean, delimiter);
  if (!header) return null;
  return { delimiter, header, rows: data.slice(0, rows), total: data.length };
};
