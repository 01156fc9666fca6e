import type { Guide, GuideSummary } from '../../shared/schemas/guide.ts';
import { checkResponse } from './responseSchemas.ts';
import type { TestServer } from './testServer.ts';

export interface ApiResponse<Body = unknown> {
  status: number;
  body: Body;
}

/** A small typed client for the HTTP API, authenticated with a bearer token. */
export class ApiClient {
  constructor(
    readonly server: Pick<TestServer, 'url'>,
    readonly token: string | null = null,
  ) {}

  async request<Body = unknown>(method: string, path: string, body?: unknown): Promise<ApiResponse<Body>> {
    const response = await fetch(`${this.server.url}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    let parsed: unknown = text;
    let isJson = false;
    try {
      parsed = JSON.parse(text);
      isJson = true;
    } catch {
      // not JSON: keep the text
    }
    // Every JSON answer is checked against the contract (the schemas the client parses it with).
    checkResponse(method, path, response.status, parsed, isJson);
    return { status: response.status, body: parsed as Body };
  }

  get<Body = unknown>(path: string) {
    return this.request<Body>('GET', path);
  }

  post<Body = unknown>(path: string, body?: unknown) {
    return this.request<Body>('POST', path, body ?? {});
  }

  guides() {
    return this.get<GuideSummary[]>('/api/guides');
  }

  guide(id: string) {
    return this.get<Guide>(`/api/guides/${id}`);
  }
}

/** Logs a demo user in and returns an API client with their token. */
export async function loginAs(server: Pick<TestServer, 'url'>, username: string, password = 'demo1234'): Promise<ApiClient> {
  const response = await new ApiClient(server).post<{ token: string }>('/api/auth/login', { username, password });
  if (response.status !== 200) throw new Error(`Login of ${username} failed: ${JSON.stringify(response.body)}`);
  return new ApiClient(server, response.body.token);
}
