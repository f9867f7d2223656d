import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { frameChunk } from './frame-chunk.mts';
import { precompress } from './precompress.mts';
import { preloadLocale } from './preload-locale.mts';
import { shellMessages } from './shell-messages.mts';

// The config lives in admin/ but is run from the repository root
// (`npx vite build --config admin/vite.config.mts`), so every path is anchored here.
const adminDir = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: adminDir,
  base: '/',
  plugins: [react(), shellMessages(), preloadLocale(), precompress()],
  resolve: {
    alias: [
      { find: 'object.entries', replacement: fileURLToPath(new URL('./shims/object-entries.cjs', import.meta.url)) },
      { find: /^jsonexport\/dist\/index\.js$/, replacement: fileURLToPath(new URL('./shims/jsonexport-lazy.mjs', import.meta.url)) },
      // react-admin's lodash functions from es-toolkit's lodash-compatible build (tested
      // against lodash's own test suite): the same behaviour, 5.6 kB less gzipped in the
      // login page and the inbox (isEqual, merge and debounce bring most of lodash).
      {
        find: /^lodash\/(cloneDeep|debounce|defaults|difference|get|isEmpty|isEqual|matches|memoize|merge|mergeWith|pick|pickBy|set|union)(\.js)?$/,
        replacement: 'es-toolkit/compat/$1',
      },
    ],
  },
  build: {
    outDir: fileURLToPath(new URL('../dist/admin', import.meta.url)),
    emptyOutDir: true,
    // .vite/manifest.json maps source modules to their chunks, for looking into a build
    // (test/unit/bundle-budget.test.ts records the chunks itself: see test/support/bundle.ts).
    manifest: true,
    // Screens are lazy (admin/src/lazyScreens.tsx); the entry holds react-admin and MUI.
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      output: {
        // Two chunks rather than some sixty: gzip compresses one file better than many
        // small ones (291 → 267 kB for the inbox, the same code). The entry chunk gets
        // everything the login page needs; the frame chunk (frame-chunk.mts) the
        // signed-in frame and the inbox. Other screens stay split as Rolldown sees fit.
        codeSplitting: {
          groups: [
            { name: 'app', tags: ['$initial'], priority: 2 },
            {
              name: frameChunk(
                ['src/layout/Layout.tsx', 'src/tasks/TaskList.tsx'].map((file) => fileURLToPath(new URL(file, import.meta.url))),
              ),
              priority: 1,
            },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    // In development the API runs separately; in production the API serves this console
    // on the same origin, so the app always calls the relative '/api'.
    proxy: {
      '/api': { target: 'http://localhost:3000', changeOrigin: true },
    },
  },
});
