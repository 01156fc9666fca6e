export const supportedLanguages = ['zh-CN', 'en'] as const;
export type Language = (typeof supportedLanguages)[number];

const storageKey = 'daoxuean.language';

/** The language the teacher chose last time on this computer; Chinese unless they chose English. */
export function readStoredLanguage(): Language {
  return storage()?.getItem(storageKey) === 'en' ? 'en' : 'zh-CN';
}

export function storeLanguage(language: Language): void {
  storage()?.setItem(storageKey, language);
}

/** Local storage where there is one: a browser that blocks it (or no browser) keeps Chinese. */
function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
