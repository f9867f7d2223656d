/**
 * How the API serves the built console (issue 11, speed): files compressed as the browser asks
 * (brotli or gzip), hashed /assets/* cached for a year as immutable, index.html revalidated on
 * every load, and a missing /assets/* file a 404 rather than index.html.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../support/stack';

let stack: Stack;
let dist: string;
// Compressible and larger than the middleware's 1 kB threshold, like a real chunk.
const CHUNK = `export const messages = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `message number ${i}`))};\n`;
const PRE_BR = brotliCompressSync(Buffer.from(CHUNK), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
const PRE_GZ = gzipSync(Buffer.from(CHUNK), { level: 9 });
const INDEX = `<!doctype html><html><head><script type="module" src="/assets/index-Ab12Cd34.js"></script></head><body><div id="root"></div>${'<!-- -->'.repeat(200)}</body></html>`;

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'mentorflow-dist-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), INDEX);
  writeFileSync(join(dist, 'assets', 'index-Ab12Cd34.js'), CHUNK);
  // A chunk the build precompressed (admin/precompress.mts): sent as it is, not recompressed.
  writeFileSync(join(dist, 'assets', 'vendor-Zz98Yy76.js'), CHUNK);
  writeFileSync(join(dist, 'assets', 'vendor-Zz98Yy76.js.br'), PRE_BR);
  writeFileSync(join(dist, 'assets', 'vendor-Zz98Yy76.js.gz'), PRE_GZ);
  stack = await startStack({ worker: false, env: { ADMIN_DIST_DIR: dist } });
});
afterAll(async () => {
  await stack?.close();
  rmSync(dist, { recursive: true, force: true });
});

/** A raw GET (Node's fetch would decode the body and hide what was on the wire). */
function get(
  path: string,
  acceptEncoding?: string,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(`${stack.baseUrl}${path}`, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** A hashed asset asked for by a browser that takes brotli: a 200 in brotli, JavaScript, immutable for a year, varying by encoding. */
async function getBrotliAsset(path: string) {
  const res = await get(path, 'gzip, deflate, br');
  expect(res.status).toBe(200);
  expect(res.headers['content-encoding']).toBe('br');
  expect(res.headers['content-type']).toMatch(/javascript/);
  expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(res.headers.vary).toMatch(/accept-encoding/i);
  return res;
}

describe('serving the console', () => {
  it('sends a hashed asset brotli-compressed to a browser that takes brotli, immutable for a year', async () => {
    const res = await getBrotliAsset('/assets/index-Ab12Cd34.js');
    expect(res.body.length).toBeLessThan(CHUNK.length / 3);
    expect(brotliDecompressSync(res.body).toString('utf8')).toBe(CHUNK);
  });

  it('sends it gzipped to a client that only takes gzip, and as is to one that takes nothing', async () => {
    const gz = await get('/assets/index-Ab12Cd34.js', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString('utf8')).toBe(CHUNK);
    const plain = await get('/assets/index-Ab12Cd34.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString('utf8')).toBe(CHUNK);
  });

  it('sends the build’s precompressed brotli or gzip file as it is, with the asset’s type and caching', async () => {
    const br = await getBrotliAsset('/assets/vendor-Zz98Yy76.js');
    expect(br.body.equals(PRE_BR)).toBe(true);
    const gz = await get('/assets/vendor-Zz98Yy76.js', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.body.equals(PRE_GZ)).toBe(true);
    const plain = await get('/assets/vendor-Zz98Yy76.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString('utf8')).toBe(CHUNK);
  });

  it('serves index.html at / and at any page route, revalidated on every load', async () => {
    for (const path of ['/', '/index.html', '/some/page']) {
      const res = await get(path, 'gzip');
      expect(res.status, path).toBe(200);
      expect(res.headers['content-type'], path).toMatch(/text\/html/);
      expect(res.headers['cache-control'], path).toBe('no-cache');
      expect(gunzipSync(res.body).toString('utf8'), path).toBe(INDEX);
    }
  });

  it('answers a missing asset with 404, not with index.html', async () => {
    const res = await get('/assets/index-Old00000.js', 'gzip');
    expect(res.status).toBe(404);
    const body = res.headers['content-encoding'] === 'gzip' ? gunzipSync(res.body) : res.body;
    expect(body.toString('utf8')).not.toContain('<div id="root">');
  });

  it('keeps the API answering JSON under /api, compressed too', async () => {
    const res = await get('/api/health', 'gzip');
    expect(res.headers['content-type']).toMatch(/application\/json/);
    expect(res.headers['cache-control']).not.toBe('public, max-age=31536000, immutable');
  });
});
