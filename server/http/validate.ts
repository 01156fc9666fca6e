import { zValidator } from '@hono/zod-validator';
import type { z } from 'zod';
import { ApiError } from '../errors.ts';
import { isJsonType } from './requestGuards.ts';

/** A zod failure as the contract's error: the first problem's field path and what is wrong with it. */
function invalidInput(code: 'invalid_body' | 'invalid_query' | 'invalid_param', whole: string, error: { issues: z.core.$ZodIssue[] }): ApiError {
  const issue = error.issues[0];
  const path = issue.path.map((part) => (typeof part === 'number' ? part : String(part)));
  return new ApiError(400, code, `${path.join('.') || whole}: ${issue.message}`, path);
}

/**
 * Validates the JSON body with a shared zod schema before the route runs (`c.req.valid('json')`
 * gives the parsed body): 400 `invalid_body` with the field path. A request without a body is
 * validated as `{}`; malformed JSON answers 400 `invalid_json` (see app.ts). Size and content
 * type were checked as the bytes arrived (bodyLimits.ts, requestGuards.ts).
 */
export function jsonBody<Schema extends z.ZodType>(schema: Schema) {
  return zValidator('json', schema, (result, context) => {
    // The validator reads only JSON; any other body (a form, an upload) is not this route's.
    const type = context.req.header('content-type');
    if (type && !isJsonType(type)) {
      throw new ApiError(415, 'unsupported_media_type', 'The request body must be JSON (Content-Type: application/json)');
    }
    if (!result.success) throw invalidInput('invalid_body', 'body', result.error);
  });
}

/** Validates the query string with a shared zod schema: 400 `invalid_query` with the parameter's name. */
export function queryParams<Schema extends z.ZodType>(schema: Schema) {
  return zValidator('query', schema, (result) => {
    if (!result.success) throw invalidInput('invalid_query', 'query', result.error);
  });
}

/** Validates the path's parameters with a shared zod schema: 400 `invalid_param` with the parameter's name. */
export function pathParams<Schema extends z.ZodType>(schema: Schema) {
  return zValidator('param', schema, (result) => {
    if (!result.success) throw invalidInput('invalid_param', 'path', result.error);
  });
}
