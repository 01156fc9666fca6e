import type { ApiResponse } from './api.ts';
import type { TestServer } from './testServer.ts';

/**
 * Posts a file as multipart/form-data (field `file`) with text fields, the way the browser's
 * import page does, authenticated with a bearer token.
 */
export async function uploadDocx<Body = unknown>(
  server: Pick<TestServer, 'url'>,
  token: string | null,
  path: string,
  file: Uint8Array | null,
  fields: Record<string, string>,
  fileName = 'guide.docx',
): Promise<ApiResponse<Body>> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  if (file) form.append('file', new Blob([new Uint8Array(file)]), fileName);
  const response = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: token ? { authorization: `Bearer ${token}` } : {},
    body: form,
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body: body as Body };
}

/** Downloads a file with a bearer token: status, headers and bytes. */
export async function download(server: Pick<TestServer, 'url'>, token: string | null, path: string) {
  const response = await fetch(`${server.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: response.status, headers: response.headers, bytes: new Uint8Array(await response.arrayBuffer()) };
}
