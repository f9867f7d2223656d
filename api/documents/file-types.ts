/**
 * The kinds of file people may upload, recognised by their bytes (file-type), never by name or
 * the browser's content type: a renamed .exe is refused. OOXML (docx/xlsx/pptx) and ODF files are
 * zip archives; file-type looks inside them ([Content_Types].xml, the `mimetype` entry), and a
 * plain zip is refused.
 */
export const ALLOWED_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  odp: 'application/vnd.oasis.opendocument.presentation',
  png: 'image/png',
  jpg: 'image/jpeg',
};

export const ALLOWED_LIST = 'PDF, Word/Excel/PowerPoint (docx, xlsx, pptx), OpenDocument (odt, ods, odp), PNG or JPEG';

/** The detected kind of `bytes` when it is one we accept, else what it looked like (for the message). */
export async function detectFileType(bytes: Buffer): Promise<{ ok: true; ext: string; mime: string } | { ok: false; seen: string }> {
  // file-type is ESM-only; a dynamic import loads it from this CommonJS build on Node 20.
  const { fileTypeFromBuffer } = await import('file-type');
  const found = await fileTypeFromBuffer(bytes);
  if (!found) return { ok: false, seen: 'an unrecognised format' };
  const mime = ALLOWED_TYPES[found.ext];
  if (!mime) return { ok: false, seen: `${found.ext} (${found.mime})` };
  return { ok: true, ext: found.ext, mime };
}
