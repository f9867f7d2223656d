/** A thin fetch wrapper for talking to the real API over HTTP, as the console does. */
export interface ApiResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

export class ApiClient {
  constructor(
    readonly baseUrl: string,
    private token?: string,
  ) {}

  withToken(token: string): ApiClient {
    return new ApiClient(this.baseUrl, token);
  }

  async request<T = any>(
    method: string,
    path: string,
    opts: {
      body?: unknown;
      query?: Record<string, unknown>;
      token?: string | null;
      headers?: Record<string, string>;
      rawBody?: string;
    } = {},
  ): Promise<ApiResponse<T>> {
    const url = new URL(`/api${path}`, this.baseUrl);
    for (const [k, v] of Object.entries(opts.query ?? {})) {
      url.searchParams.set(k, typeof v === 'string' ? v : JSON.stringify(v));
    }
    const token = opts.token === null ? undefined : (opts.token ?? this.token);
    const res = await fetch(url, {
      method,
      headers: {
        ...(opts.body !== undefined || opts.rawBody !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...opts.headers,
      },
      body: opts.rawBody ?? (opts.body !== undefined ? JSON.stringify(opts.body) : undefined),
    });
    const text = await res.text();
    let body: any = text;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      /* not JSON: keep the text */
    }
    return { status: res.status, headers: res.headers, body };
  }

  get<T = any>(path: string, query?: Record<string, unknown>) {
    return this.request<T>('GET', path, { query });
  }
  post<T = any>(path: string, body?: unknown) {
    return this.request<T>('POST', path, { body });
  }
  put<T = any>(path: string, body?: unknown) {
    return this.request<T>('PUT', path, { body });
  }
  delete<T = any>(path: string) {
    return this.request<T>('DELETE', path);
  }

  /** Logs in and returns a client carrying the token. */
  async login(email: string, password: string): Promise<ApiClient> {
    const res = await this.request('POST', '/auth/login', { body: { email, password }, token: null });
    if (res.status !== 200) throw new Error(`login ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
    return this.withToken(res.body.accessToken);
  }
}
