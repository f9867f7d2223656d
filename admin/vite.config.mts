import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precompress } from './precompress.mts';
import { preloadLocale } from './preload-locale.mts';

// The config lives in admin/ but is run from the repository root
// (`npx vite build --config admin/vite.config.mts`), so every path is anchored here.
const adminDir = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
    root: adminDir,
    base: '/',
    plugins: [react(), preloadLocale(), precompress()],
    resolve: {
        alias: [
            { find: 'object.entries', replacement: fileURLToPath(new URL('./shims/object-entries.cjs', import.meta.url)) },
            { find: /^jsonexport\/dist\/index\.js$/, replacement: fileURLToPath(new URL('./shims/jsonexport-lazy.mjs', import.meta.url)) },
        ],
    },
    build: {
        outDir: fileURLToPath(new URL('../dist/admin', import.meta.url)),
        emptyOutDir: true,
        // .vite/manifest.json maps each source module to its chunk and the chunks it imports:
        // test/unit/bundle-budget.test.ts reads it to weigh what the login and the inbox load.
        manifest: true,
        // Screens are lazy (admin/src/lazyScreens.tsx); the entry holds react-admin and MUI.
        chunkSizeWarningLimit: 600,
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
