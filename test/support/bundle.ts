/**
 * What a page of the built console downloads before it is interactive: the entry chunk, every
 * chunk it imports statically (Vite preloads those), and for a route the chunk that holds the
 * lazy screen, with its static imports. Read from the build itself (recordChunks), since a
 * screen merged into a chunk group (admin/vite.config.mts) has no line of its own in Vite's
 * manifest.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

export interface BuiltChunk {
  file: string;
  isEntry: boolean;
  /** Files of the chunks it imports statically. */
  imports: string[];
  /** Ids of the modules in it: absolute paths, or `\0virtual:…`. */
  modules: string[];
}

/** A Vite plugin that fills `chunks` with every JavaScript chunk of the build. */
export const recordChunks = (chunks: BuiltChunk[]): Plugin => ({
  name: 'test-record-chunks',
  generateBundle(_options, bundle) {
    for (const output of Object.values(bundle)) {
      if (output.type === 'chunk')
        chunks.push({ file: output.fileName, isEntry: output.isEntry, imports: output.imports, modules: output.moduleIds });
    }
  },
});

/** The chunk holding a source module, named by the end of its id (e.g. 'src/tasks/TaskList.tsx'). */
export function chunkOf(chunks: BuiltChunk[], source: string): BuiltChunk {
  const chunk = chunks.find((c) => c.modules.some((id) => id === source || id === `\0${source}` || id.endsWith(`/${source}`)));
  if (!chunk) throw new Error(`${source} is in no chunk of the build`);
  return chunk;
}

/** The JavaScript files loaded for the entry plus the chunks holding the given source modules. */
export function filesFor(chunks: BuiltChunk[], sources: string[] = []): string[] {
  const byFile = new Map(chunks.map((c) => [c.file, c]));
  const entry = chunks.find((c) => c.isEntry);
  if (!entry) throw new Error('no entry chunk in the build');
  const seen = new Set<string>();
  const visit = (chunk: BuiltChunk) => {
    if (seen.has(chunk.file)) return;
    seen.add(chunk.file);
    for (const file of chunk.imports) {
      const imported = byFile.get(file);
      if (!imported) throw new Error(`${chunk.file} imports ${file}, which is not in the build`);
      visit(imported);
    }
  };
  visit(entry);
  for (const source of sources) visit(chunkOf(chunks, source));
  return [...seen];
}

/** The modules in those files. */
export const modulesIn = (chunks: BuiltChunk[], files: string[]): string[] =>
  chunks.filter((c) => files.includes(c.file)).flatMap((c) => c.modules);

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
