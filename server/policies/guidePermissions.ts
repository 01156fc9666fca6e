// Kept for the modules that still import it here; the rules are in server/authorization.ts.
export { guidePermissions, type GuidePermissions } from '../authorization.ts';
