import type { Context } from 'hono';
import type { z } from 'zod';
import { ApiError } from './apiError.ts';
import { maxJsonBodyBytes as maxJsonBytes } from './bodyLimits.ts';
import { isJsonType } from './requestGuards.ts';

/** Reads a JSON body and parses it with a zod schema: 400 with the field path on failure, 413 when too large. */
export async function parseBody<Schema extends z.ZodType>(context: Context, schema: Schema): Promise<z.infer<Schema>> {
  const length = Number(context.req.header('content-length') ?? 0);
  if (length > maxJsonBytes) throw new ApiError(413, 'payload_too_large', `Request body over ${maxJsonBytes} bytes`);
  const text = await context.req.text();
  if (text !== '' && !isJsonType(context.req.header('content-type'))) {
    throw new ApiError(415, 'unsupported_media_type', 'The request body must be JSON (Content-Type: application/json)');
  }
  if (text.length > maxJsonBytes) throw new ApiError(413, 'payload_too_large', `Request body over ${maxJsonBytes} bytes`);
  let raw: unknown;
  try {
    raw = text === '' ? {} : JSON.parse(text);
  } catch {
    throw new ApiError(400, 'invalid_json', 'The request body is not valid JSON');
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    const path = issue.path.map((part) => (typeof part === 'number' ? part : String(part)));
    throw new ApiError(400, 'invalid_body', `${path.join('.') || 'body'}: ${issue.message}`, path);
  }
  return result.data;
}
