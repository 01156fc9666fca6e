import { useEffect, useSyncExternalStore } from 'react';

export type Katex = typeof import('katex').default;

// KaTeX (about 70 KB gzipped, with its stylesheet and fonts) is fetched the first time a formula
// is shown, or by the editor as its code loads (prefetchKatex), so every other page opens
// without it.
let loaded: Katex | null = null;
let loading: Promise<Katex> | null = null;
const listeners = new Set<() => void>();

export function loadKatex(): Promise<Katex> {
  loading ??= import('./katexWithStyles.ts').then(
    (module) => {
      loaded = module.default;
      listeners.forEach((listener) => listener());
      return loaded;
    },
    (error: unknown) => {
      // Fetching failed (the network dropped while the guide opened): the next formula asks again.
      loading = null;
      throw error;
    },
  );
  return loading;
}

/**
 * Fetches KaTeX ahead of the first formula. The editor calls it as its code loads: the page then
 * waits for the guide from the server, and a guide with formulas is drawn with KaTeX at once,
 * instead of showing their source while KaTeX is fetched (and parsed, behind a page busy
 * building the guide) and then drawing them all again. The download and its parsing are off the
 * page's thread; a guide without formulas does not wait for them.
 */
export function prefetchKatex(): void {
  loadKatex().catch(() => {
    // Offline: the first formula shown asks again.
  });
}

/** KaTeX once it has arrived, else null. */
export function loadedKatex(): Katex | null {
  return loaded;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** KaTeX for a component that shows formulas: null at first, then it renders again once KaTeX is here. */
export function useKatex(): Katex | null {
  const katex = useSyncExternalStore(subscribe, loadedKatex, loadedKatex);
  useEffect(() => {
    if (!katex) void loadKatex();
  }, [katex]);
  return katex;
}
