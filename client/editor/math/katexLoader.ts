import { useEffect, useSyncExternalStore } from 'react';

export type Katex = typeof import('katex').default;

// KaTeX (about 70 KB gzipped, with its stylesheet and fonts) is fetched the first time a formula
// is shown, so a guide without formulas, and every other page, opens without it.
let loaded: Katex | null = null;
let loading: Promise<Katex> | null = null;
const listeners = new Set<() => void>();

export function loadKatex(): Promise<Katex> {
  loading ??= import('./katexWithStyles.ts').then((module) => {
    loaded = module.default;
    listeners.forEach((listener) => listener());
    return loaded;
  });
  return loading;
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
