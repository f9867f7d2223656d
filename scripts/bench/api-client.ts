/**
 * The benchmark's client of the Mentorflow HTTP API: Node's fetch, a deadline on every request
 * (a write to a stuck workflow must not hang the run), and the elapsed time of each call.
 * Unlike scripts/demo/client.ts it never retries, so a timing is one request.
 */
import { randomUUID } from 'node:crypto';
export interface Timed<T> {
  status: number;
  body: T;
  headers: Headers;
  ms: number;
}

export class BenchApi {
  constructor(
    readonly baseUrl: string,
    private readonly token?: string,
  ) {}

  async call<T = any>(
    method: string,
    path: string,
    opts: { body?: unknown; query?: Record<string, unknown>; timeoutMs?: number } = {},
  ): Promise<Timed<T>> {
    const url = new URL(`/api${path}`, this.baseUrl);
    for (const [k, v] of Object.entries(opts.query ?? {})) url.searchParams.set(k, typeof v === 'string' ? v : JSON.stringify(v));
    const t0 = performance.now();
    const res = await fetch(url, {
      method,
      headers: {
        ...(opts.body !== undefined ? { 'content-type': 'application/json' } : {}),
        // One key per write, as the console sends: the measured path is the one people use.
        ...(method !== 'GET' && !path.startsWith('/auth/') ? { 'idempotency-key': randomUUID() } : {}),
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
      },
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
      signal: AbortSignal.timeout(opts.timeoutMs ?? 60_000),
    });
    const text = await res.text();
    const ms = performance.now() - t0;
    let body: any = text;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      /* not JSON: keep the text */
    }
    return { status: res.status, body, headers: res.headers, ms };
  }

  /** The call, which must answer with one of the expected statuses; throws with the answer otherwise. */
  async ok<T = any>(
    method: string,
    path: string,
    opts: { body?: unknown; query?: Record<string, unknown>; timeoutMs?: number } = {},
  ): Promise<Timed<T>> {
    const r = await this.call<T>(method, path, opts);
    if (r.status < 200 || r.status >= 300) {
      throw new Error(`${method} ${path} -> ${r.status} ${JSON.stringify(r.body).slice(0, 400)}`);
    }
    return r;
  }

  /** The total of a react-admin list (from Content-Range), reading one row only. */
  async total(path: string, filter: Record<string, unknown>): Promise<number> {
    const r = await this.ok('GET', path, { query: { filter, range: [0, 0] } });
    const m = /\/(\d+)$/.exec(r.headers.get('content-range') ?? '');
    if (!m) throw new Error(`GET ${path} gave no Content-Range total`);
    return Number(m[1]);
  }

  async login(email: string, password: string): Promise<BenchApi> {
    const r = await this.ok<{ accessToken: string }>('POST', '/auth/login', { body: { email, password } });
    return new BenchApi(this.baseUrl, r.body.accessToken);
  }

  /** Waits for the program's open task of this type (it appears once the workflow has projected it). */
  async openTask(programId: string, type: string, timeoutMs = 60_000): Promise<{ id: string }> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const r = await this.ok<{ id: string }[]>('GET', '/tasks', { query: { filter: { programId, type, status: 'open' } } });
      if (r.body[0]) return r.body[0];
      if (Date.now() > deadline) throw new Error(`no open ${type} task in program ${programId} within ${timeoutMs / 1000} s`);
      await sleep(100);
    }
  }

  /** Completes the program's open task of this type; returns the timed completion request. */
  async complete(programId: string, type: string, data: unknown): Promise<Timed<unknown>> {
    const t = await this.openTask(programId, type);
    return this.ok('POST', `/tasks/${t.id}/complete`, { body: data });
  }
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Polls fn until it returns a truthy value; throws after timeoutMs. */
export async function until<T>(what: string, fn: () => Promise<T | null | undefined | false>, timeoutMs: number, stepMs = 500): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`${what}: not reached within ${Math.round(timeoutMs / 1000)} s`);
    await sleep(stepMs);
  }
}
