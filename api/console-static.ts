import type { ServeStaticModuleOptions } from '@nestjs/serve-static';
import type { ServerResponse } from 'node:http';
import { sep } from 'node:path';

/** Hashed file names (Vite's /assets/*) never change content: cache them for a year. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html names the current hashed files: always revalidate it, so a deploy is seen at once. */
export const REVALIDATE = 'no-cache';

const isHashedAsset = (path: string) => path.includes(`${sep}assets${sep}`);

/**
 * How the API serves the built console (embedded mode): the SPA's index.html for every page
 * route, the hashed assets immutable. A missing /assets/* file is a 404 (not index.html): an
 * open tab from before a deploy then fails to load a chunk visibly instead of parsing HTML
 * as JavaScript. Compression is the `compression` middleware in app.factory.ts.
 */
export function consoleStaticOptions(rootPath: string): ServeStaticModuleOptions {
  return {
    rootPath,
    exclude: ['/api/{*path}', '/assets/{*path}'],
    serveStaticOptions: {
      // Express's default would answer with a redirect or index.html for directories.
      index: 'index.html',
      setHeaders: (res: ServerResponse, path: string) => {
        res.setHeader('Cache-Control', isHashedAsset(path) ? IMMUTABLE : REVALIDATE);
      },
    },
  };
}
