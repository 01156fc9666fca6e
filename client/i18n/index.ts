import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import loginMessages from 'virtual:login-messages';
import { readStoredLanguage, supportedLanguages } from './language.ts';

// The Chinese messages the login page shows come with the page, the rest of them with the first
// other page (allMessages.ts); the English ones are fetched when English is chosen (or was chosen
// last time), so the login page carries neither the whole catalogue nor both languages.
const englishOnDemand: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, _namespace, callback) {
    if (language !== 'en') return callback(null, {});
    import('./en.json').then(
      (messages) => callback(null, messages.default),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

// zh-CN is both the default and the fallback: a key missing in English shows Chinese, never a raw key.
/** Resolves once the chosen language's messages are here (at once for Chinese). */
export const i18nReady = i18next.use(englishOnDemand).use(initReactI18next).init({
  resources: {
    'zh-CN': { translation: loginMessages },
  },
  partialBundledLanguages: true,
  lng: readStoredLanguage(),
  fallbackLng: 'zh-CN',
  supportedLngs: [...supportedLanguages],
  interpolation: { escapeValue: false },
  returnNull: false,
});

// The page's language follows the teacher's choice (screen readers, fonts, hyphenation).
const setPageLanguage = (language: string) => {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
};
i18next.on('languageChanged', setPageLanguage);
setPageLanguage(i18next.language);

export default i18next;
