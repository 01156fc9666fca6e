import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The repository's root folder (tests/e2e/helpers -> ../../..). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
