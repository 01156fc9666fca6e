/** Builds the server into `outdir` (dist/server by default); see buildServer.mjs. */
export function buildServer(options?: { outdir?: string; quiet?: boolean }): Promise<void>;
