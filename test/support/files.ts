/** Sample files (real formats, made here) and a multipart upload helper for the documents tests. */
import { strToU8, zipSync } from 'fflate';
import type { ApiClient } from './http';

/** A small but well-formed PDF whose body is padded to `padTo` bytes. */
export function samplePdf(text = 'Strategic plan 2027-2029', padTo = 0): Buffer {
  const body = `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\n% ${text}\n`;
  const pad = Math.max(0, padTo - body.length - 30);
  return Buffer.from(`${body}${'%'.repeat(pad)}\ntrailer<</Root 1 0 R>>\n%%EOF\n`);
}

/** A docx as Word writes its skeleton: a zip whose [Content_Types].xml names the document part. */
export function sampleDocx(): Buffer {
  const types =
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
  return Buffer.from(
    zipSync({
      '[Content_Types].xml': strToU8(types),
      'word/document.xml': strToU8('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>'),
    }),
  );
}

export function sampleZip(): Buffer {
  return Buffer.from(zipSync({ 'notes.txt': strToU8('not an office document') }));
}

/** A 1x1 PNG. */
export const samplePng = () =>
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/** A Windows executable's header (MZ ... PE), as a renamed .exe would start. */
export function sampleExe(): Buffer {
  const b = Buffer.alloc(512);
  b.write('MZ', 0, 'latin1');
  b.writeUInt32LE(0x80, 0x3c);
  b.write('PE\0\0', 0x80, 'latin1');
  return b;
}

export async function upload(c: ApiClient, file: { name: string; bytes: Buffer; type?: string } | null, fields: Record<string, string>) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  if (file) form.append('file', new Blob([new Uint8Array(file.bytes)], { type: file.type ?? 'application/pdf' }), file.name);
  const token = (c as unknown as { token?: string }).token;
  const res = await fetch(new URL('/api/files', c.baseUrl), {
    method: 'POST',
    body: form,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  const text = await res.text();
  let body: any = text;
  try {
    body = JSON.parse(text);
  } catch {
    /* keep text */
  }
  return { status: res.status, body };
}

export async function download(c: ApiClient, path: string) {
  const token = (c as unknown as { token?: string }).token;
  const res = await fetch(new URL(`/api${path}`, c.baseUrl), { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}
