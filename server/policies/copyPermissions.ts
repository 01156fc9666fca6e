// Kept for the modules that still import it here; the rules are in server/authorization.ts.
export { copyPermissions } from '../authorization.ts';
