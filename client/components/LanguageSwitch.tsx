import { useTranslation } from 'react-i18next';
import { storeLanguage, supportedLanguages, type Language } from '../i18n/language.ts';

/** 中文 / English, remembered on this computer. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = i18n.resolvedLanguage ?? 'zh-CN';

  const choose = (language: Language) => {
    storeLanguage(language);
    void i18n.changeLanguage(language);
  };

  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {supportedLanguages.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className={language === current ? 'language-option is-current' : 'language-option'}
          aria-pressed={language === current}
          onClick={() => choose(language)}
        >
          {t(`language.${language}`)}
        </button>
      ))}
    </div>
  );
}
