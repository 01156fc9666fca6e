export const supportedLanguages = ['zh-CN', 'en'] as const;
export type Language = (typeof supportedLanguages)[number];

const storageKey = 'daoxuean.language';

/** The language the teacher chose last time on this computer; Chinese unless they chose English. */
export function readStoredLanguage(): Language {
  const stored = localStorage.getItem(storageKey);
  return stored === 'en' ? 'en' : 'zh-CN';
}

export function storeLanguage(language: Language): void {
  localStorage.setItem(storageKey, language);
}
