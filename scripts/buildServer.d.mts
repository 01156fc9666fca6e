/** Builds a server entry (server/index.ts by default) into `outdir` (dist/server by default); see buildServer.mjs. */
export function buildServer(options?: { entry?: string; outdir?: string; quiet?: boolean }): Promise<void>;
