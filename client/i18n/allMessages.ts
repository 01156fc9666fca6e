import i18next from 'i18next';

let loading: Promise<void> | null = null;

/**
 * Adds the whole Chinese catalogue, fetched once as a chunk of its own: the login page starts with
 * its own few sections, and every other page waits for this before it first shows (lazyPage.tsx).
 * Chinese is the fallback of English too, so it is loaded whatever the language. A failed fetch
 * (offline without the app kept) is tried again by the next page.
 */
export function loadAllMessages(): Promise<void> {
  loading ??= import('./zh-CN.json').then(
    (messages) => {
      i18next.addResourceBundle('zh-CN', 'translation', messages.default, true, true);
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}
