/** The service worker's cache of API reads (vite.config.ts), kept so guides open offline. */
const apiReadsCache = 'api-reads';

/** Forgets the API reads kept for offline use: nothing of one teacher stays for the next. */
export async function forgetOfflineReads(): Promise<void> {
  if (typeof caches === 'undefined') return;
  await caches.delete(apiReadsCache).catch(() => false);
}
