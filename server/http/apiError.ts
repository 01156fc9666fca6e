// The domain's errors live at the server's root; routes import them from here as before.
export { ApiError, forbidden, notFound, type ErrorStatus } from '../errors.ts';
