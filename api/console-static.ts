import type { ServeStaticModuleOptions } from '@nestjs/serve-static';
import type { RequestHandler } from 'express';
import { existsSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, sep } from 'node:path';

/** Hashed file names (Vite's /assets/*) never change content: cache them for a year. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html names the current hashed files: always revalidate it, so a deploy is seen at once. */
export const REVALIDATE = 'no-cache';

const isHashedAsset = (path: string) => path.includes(`${sep}assets${sep}`);

/**
 * How the API serves the built console (embedded mode): the SPA's index.html for every page
 * route, the hashed assets immutable. A missing /assets/* file is a 404 (not index.html): an
 * open tab from before a deploy then fails to load a chunk visibly instead of parsing HTML
 * as JavaScript. Compression: the build's precompressed files (precompressedAssets below), else
 * the `compression` middleware in app.factory.ts.
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

/**
 * Sends the build's precompressed copy of a hashed asset (`<file>.br` or `<file>.gz`, written
 * by admin/precompress.mts) when the browser takes that encoding; anything else falls through
 * to the static files (compressed on the fly by the `compression` middleware, which leaves
 * responses that already have a Content-Encoding alone).
 */
export function precompressedAssets(assetsDir: string): RequestHandler {
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const name = decodeURIComponent(req.path).replace(/^\/+/, '');
    // Hashed names only: no directories, no dot files, nothing outside /assets.
    if (!/^[\w.-]+$/.test(name) || name.startsWith('.')) return next();
    const accepted = String(req.headers['accept-encoding'] ?? '');
    const encoding = ENCODINGS.find((e) => new RegExp(`\\b${e.name}\\b`).test(accepted) && existsSync(join(assetsDir, name + e.suffix)));
    if (!encoding || !existsSync(join(assetsDir, name))) return next();
    res.setHeader('Vary', 'Accept-Encoding');
    res.setHeader('Content-Encoding', encoding.name);
    res.setHeader('Cache-Control', IMMUTABLE);
    res.type(extname(name));
    res.sendFile(name + encoding.suffix, { root: assetsDir, cacheControl: false, dotfiles: 'deny' }, (err) => err && next(err));
  };
}

const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;
