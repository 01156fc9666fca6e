import type { MiddlewareHandler } from 'hono';
import { originAllowed } from '../originPolicy.ts';

const stateChanging = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function errorBody(code: string, message: string) {
  return { error: { code, message } };
}

/** Whether a request carries a body (a declared length above zero, or a chunked one). */
function hasBody(headers: Headers): boolean {
  if (headers.has('transfer-encoding')) return true;
  return Number(headers.get('content-length') ?? 0) > 0;
}

/** `application/json` or a `+json` type, with or without parameters. */
export function isJsonType(contentType: string | undefined | null): boolean {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  return type === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(type);
}

function isMultipart(contentType: string | undefined | null): boolean {
  return (contentType ?? '').split(';')[0].trim().toLowerCase() === 'multipart/form-data';
}

/**
 * Same-site request forgery: a state-changing request that names another origin is refused
 * (403) before any route runs, and a body must be JSON or, for uploads, multipart (415): a
 * page elsewhere can post a plain form or text without asking the server first, but not JSON.
 */
export function requestOriginGuard(allowedOrigins: readonly string[]): MiddlewareHandler {
  return async (context, next) => {
    if (!stateChanging.has(context.req.method)) return next();
    const origin = context.req.header('origin');
    if (!originAllowed(origin, context.req.header('host'), allowedOrigins)) {
      return context.json(errorBody('forbidden_origin', `不接受来自其他网站的请求 (origin ${origin} is not allowed)`), 403);
    }
    const type = context.req.header('content-type');
    if (hasBody(context.req.raw.headers) && !isJsonType(type) && !isMultipart(type)) {
      return context.json(
        errorBody('unsupported_media_type', 'The request body must be JSON (Content-Type: application/json)'),
        415,
      );
    }
    return next();
  };
}

/** Whether every percent-escape in a path or query decodes (to valid UTF-8). */
function decodes(part: string): boolean {
  try {
    decodeURIComponent(part);
    return true;
  } catch {
    return false;
  }
}

/**
 * A path or query with broken percent-encoding (`/%ZZ`, `?q=%E4%B8`) is the client's mistake:
 * 400 with the error shape, before any route or the static files try to decode it.
 */
export function malformedUrlGuard(): MiddlewareHandler {
  return async (context, next) => {
    const url = context.req.url;
    const pathStart = url.indexOf('/', url.indexOf('//') + 2);
    const target = pathStart === -1 ? '/' : url.slice(pathStart);
    const queryStart = target.indexOf('?');
    const path = queryStart === -1 ? target : target.slice(0, queryStart);
    const query = queryStart === -1 ? '' : target.slice(queryStart + 1);
    const parts = [path, ...query.split(/[&=]/).map((part) => part.replace(/\+/g, ' '))];
    if (!parts.every(decodes)) {
      return context.json(errorBody('malformed_url', 'The address has a malformed percent-encoding'), 400);
    }
    return next();
  };
}
