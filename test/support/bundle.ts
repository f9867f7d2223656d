/**
 * What a page of the built console downloads before it is interactive, read from Vite's
 * manifest (dist/admin/.vite/manifest.json): the entry chunk, every chunk it imports statically
 * (Vite preloads those), and for a route the lazy screen's chunk with its static imports.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

export function readManifest(distDir: string): Manifest {
  return JSON.parse(readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8'));
}

/** The JavaScript files loaded for the entry plus the given lazy source modules (e.g. 'src/tasks/TaskList.tsx'). */
export function filesFor(manifest: Manifest, lazySources: string[] = []): string[] {
  const entry = Object.entries(manifest).find(([, c]) => c.isEntry);
  if (!entry) throw new Error('no entry chunk in the Vite manifest');
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the Vite manifest`);
    seen.add(key);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(entry[0]);
  for (const source of lazySources) visit(source);
  return [...seen].map((key) => manifest[key].file).filter((file) => file.endsWith('.js'));
}

export interface Weight {
  files: number;
  bytes: number;
  gzipBytes: number;
}

/** Raw and gzipped (level 9, as served) size of those files. */
export function weigh(distDir: string, files: string[]): Weight {
  let bytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const content = readFileSync(join(distDir, file));
    bytes += content.length;
    gzipBytes += gzipSync(content, { level: 9 }).length;
  }
  return { files: files.length, bytes, gzipBytes };
}
