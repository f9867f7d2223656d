/** A minimal client of the Mentorflow API for scripts (Node's fetch; no dependencies). */
import { randomUUID } from 'node:crypto';

export class Api {
  constructor(
    readonly baseUrl: string,
    private readonly token?: string,
  ) {}

  async request<T = any>(method: string, path: string, body?: unknown, query?: Record<string, unknown>): Promise<T> {
    const url = new URL(`/api${path}`, this.baseUrl);
    for (const [k, v] of Object.entries(query ?? {})) url.searchParams.set(k, typeof v === 'string' ? v : JSON.stringify(v));
    // One key for every attempt of a write: a 503 after the write was applied (the program
    // answered late) must not apply it twice when it is sent again.
    const idempotency: Record<string, string> = method === 'GET' ? {} : { 'idempotency-key': randomUUID() };
    for (let attempt = 1; ; attempt++) {
      const res = await fetch(url, {
        method,
        headers: {
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
          ...idempotency,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      const json = text ? JSON.parse(text) : null;
      if (res.ok) return json as T;
      // Temporal or the database briefly unavailable: wait and try again a few times.
      if (res.status === 503 && attempt < 5) {
        await new Promise((r) => setTimeout(r, 1000 * attempt));
        continue;
      }
      throw new Error(`${method} ${path} -> ${res.status} ${text.slice(0, 500)}`);
    }
  }

  get<T = any>(path: string, query?: Record<string, unknown>) {
    return this.request<T>('GET', path, undefined, query);
  }
  post<T = any>(path: string, body?: unknown) {
    return this.request<T>('POST', path, body ?? {});
  }
  put<T = any>(path: string, body: unknown) {
    return this.request<T>('PUT', path, body);
  }

  async login(email: string, password: string): Promise<Api> {
    const r = await this.request<{ accessToken: string }>('POST', '/auth/login', { email, password });
    return new Api(this.baseUrl, r.accessToken);
  }

  /** Waits until the program has an open task of this type and returns it. */
  async openTask(programId: string, type: string, timeoutMs = 30_000): Promise<{ id: string }> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const [t] = await this.get<{ id: string }[]>('/tasks', { filter: { programId, type, status: 'open' } });
      if (t) return t;
      if (Date.now() > deadline) throw new Error(`no open ${type} task in program ${programId}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  async complete(programId: string, type: string, data: unknown): Promise<void> {
    const t = await this.openTask(programId, type);
    await this.post(`/tasks/${t.id}/complete`, data);
  }
}
