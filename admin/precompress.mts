import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

const COMPRESSIBLE = /\.(js|css|svg|json|html|txt|map)$/;
const MIN_BYTES = 1024;

/**
 * Writes `<file>.br` (brotli, quality 11) and `<file>.gz` (gzip -9) next to every built asset,
 * once, at build time: the API sends them as they are (api/console-static.ts), smaller than
 * what on-the-fly compression manages and at no CPU cost per request.
 */
export const precompress = (): Plugin => ({
  name: 'mentorflow-precompress',
  apply: 'build',
  writeBundle(options) {
    const dir = join(options.dir ?? '', 'assets');
    for (const name of readdirSync(dir)) {
      const file = join(dir, name);
      if (!COMPRESSIBLE.test(name) || statSync(file).size < MIN_BYTES) continue;
      const content = readFileSync(file);
      writeFileSync(
        `${file}.br`,
        brotliCompressSync(content, {
          params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.length },
        }),
      );
      writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
    }
  },
});
