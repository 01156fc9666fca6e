import type { Context } from 'hono';
import type { z } from 'zod';
import { ApiError } from './apiError.ts';

/** Parses a request's query string with a zod schema: 400 with the parameter's name on failure. */
export function parseQuery<Schema extends z.ZodType>(context: Context, schema: Schema): z.infer<Schema> {
  const result = schema.safeParse(context.req.query());
  if (!result.success) {
    const issue = result.error.issues[0];
    const path = issue.path.map((part) => (typeof part === 'number' ? part : String(part)));
    throw new ApiError(400, 'invalid_query', `${path.join('.') || 'query'}: ${issue.message}`, path);
  }
  return result.data;
}
