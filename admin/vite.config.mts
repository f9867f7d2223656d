import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The config lives in admin/ but is run from the repository root
// (`npx vite build --config admin/vite.config.mts`), so every path is anchored here.
const adminDir = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
    root: adminDir,
    base: '/',
    plugins: [react()],
    build: {
        outDir: fileURLToPath(new URL('../dist/admin', import.meta.url)),
        emptyOutDir: true,
        // react-admin + MUI make one large vendor chunk; that's expected for a back-office app.
        chunkSizeWarningLimit: 2500,
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
