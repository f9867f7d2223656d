import { HttpError } from 'react-admin';
import { getToken } from '../auth/session';
import { saveBlob } from '../common/saveBlob';

/** Files and PDFs go outside ra-data-simple-rest (multipart up, binary down), with the same Bearer token. */
const API = import.meta.env.VITE_API_URL ?? '/api';

export type OwnerType = 'program' | 'plan_item' | 'visit' | 'resource';

export interface FileRecord {
  id: string;
  name: string;
  contentType: string;
  size: number;
  sha256: string;
  ownerType: OwnerType;
  ownerId: string;
  programId: string | null;
  uploadedBy: string | null;
  uploaderName: string | null;
  uploadedAt: string;
}

const auth = (): Record<string, string> => {
  const token = getToken();
  return token ? { Authorization: `Bearer ${token}` } : {};
};

async function failed(res: Response): Promise<never> {
  let body: { message?: string; errors?: Record<string, string> } | null = null;
  try {
    body = await res.json();
  } catch {
    body = null;
  }
  const message = body?.errors ? Object.values(body.errors)[0] : body?.message;
  throw new HttpError(message ?? res.statusText, res.status, body);
}

export async function apiJson<T>(path: string): Promise<T> {
  const res = await fetch(`${API}${path}`, { headers: { Accept: 'application/json', ...auth() } });
  if (!res.ok) return failed(res);
  return res.json() as Promise<T>;
}

export async function uploadFile(file: File, ownerType: OwnerType, ownerId: string): Promise<FileRecord> {
  const form = new FormData();
  form.append('ownerType', ownerType);
  form.append('ownerId', ownerId);
  form.append('file', file, file.name);
  const res = await fetch(`${API}/files`, { method: 'POST', body: form, headers: auth() });
  if (!res.ok) return failed(res);
  return res.json() as Promise<FileRecord>;
}

export async function deleteFile(id: string): Promise<void> {
  const res = await fetch(`${API}/files/${id}`, { method: 'DELETE', headers: auth() });
  if (!res.ok) return failed(res);
}

/** Fetches a file (or report) with the token and hands it to the browser as a download. */
export async function downloadTo(path: string, fallbackName: string): Promise<void> {
  const res = await fetch(`${API}${path}`, { headers: auth() });
  if (!res.ok) return failed(res);
  const blob = await res.blob();
  const disposition = res.headers.get('Content-Disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  const plain = /filename="?([^";]+)"?/i.exec(disposition)?.[1];
  const name = star ? decodeURIComponent(star) : (plain ?? fallbackName);
  saveBlob(blob, name);
}

export const formatSize = (bytes: number) =>
  bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(0)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
