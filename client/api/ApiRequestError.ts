/** A failed API call: the HTTP status and the server's stable error code and message. */
export class ApiRequestError extends Error {
  readonly status: number;
  readonly code: string;
  readonly path: (string | number)[] | undefined;

  constructor(status: number, code: string, message: string, path?: (string | number)[]) {
    super(message);
    this.name = 'ApiRequestError';
    this.status = status;
    this.code = code;
    this.path = path;
  }
}

export function isUnauthorized(error: unknown): boolean {
  return error instanceof ApiRequestError && error.status === 401;
}
