import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import zhCN from './zh-CN.json';
import en from './en.json';
import { readStoredLanguage, supportedLanguages } from './language.ts';

// zh-CN is both the default and the fallback: a key missing in English shows Chinese, never a raw key.
void i18next.use(initReactI18next).init({
  resources: {
    'zh-CN': { translation: zhCN },
    en: { translation: en },
  },
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
