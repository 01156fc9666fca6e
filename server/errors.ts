/**
 * The errors the domain raises, each with the HTTP status the API answers it with and a
 * stable code (`{ error: { code, message, path? } }`, contract.md). Commands, the collaboration
 * server and the importers throw these; only server/http turns them into responses.
 */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 500;

export class ApiError extends Error {
  constructor(
    readonly status: ErrorStatus,
    readonly code: string,
    message: string,
    readonly path?: (string | number)[],
    /** More fields for the error object, e.g. `count` of open suggestions. */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const notFound = (what: string) => new ApiError(404, 'not_found', `${what} not found`);
export const forbidden = (message: string) => new ApiError(403, 'forbidden', message);

/**
 * An update to a guide that is final (定稿) reached the store: refused there, so it is never
 * in the log, even when the instance that received it had not yet heard of the 定稿.
 */
export class DocumentFrozenError extends Error {
  constructor(readonly documentName: string) {
    super(`${documentName} is final: the update was not stored`);
    this.name = 'DocumentFrozenError';
  }
}
