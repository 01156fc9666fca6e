import type { z } from 'zod';
import { apiErrorSchema } from '../../shared/schemas/apiError.ts';
import { ApiRequestError } from './ApiRequestError.ts';

interface ApiFetchOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON; a FormData (an upload) is sent as multipart as it is. */
  body?: unknown;
}

/**
 * Calls the API and parses the answer with the shared zod schema, so a server that drifts
 * from the contract fails loudly here instead of somewhere in a component.
 */
export async function apiFetch<Schema extends z.ZodType>(
  path: string,
  schema: Schema,
  options: ApiFetchOptions = {},
): Promise<z.infer<Schema>> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const isForm = options.body instanceof FormData;
  if (options.body !== undefined && !isForm) headers['Content-Type'] = 'application/json';

  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? 'GET',
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : isForm ? (options.body as FormData) : JSON.stringify(options.body),
    });
  } catch {
    throw new ApiRequestError(0, 'network', 'network error');
  }

  const text = await response.text();
  const data: unknown = text ? safeJson(text) : null;
  if (!response.ok) {
    const parsed = apiErrorSchema.safeParse(data);
    if (parsed.success) {
      const { code, message, path: fieldPath } = parsed.data.error;
      throw new ApiRequestError(response.status, code, message, fieldPath);
    }
    throw new ApiRequestError(response.status, `http_${response.status}`, response.statusText || 'request failed');
  }
  return schema.parse(data);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
