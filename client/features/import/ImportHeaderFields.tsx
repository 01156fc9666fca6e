import { useTranslation } from 'react-i18next';
import { guideHeaderKeys, type GuideHeaderFields } from '../../../shared/schemas/guideHeader.ts';

/** The header fields read from the file (主备人, 审核人, 授课时间, 学科 …), to correct before the guide is created. */
export function ImportHeaderFields({ header, onChange }: { header: GuideHeaderFields; onChange: (header: GuideHeaderFields) => void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="import-header-fields" data-testid="import-header">
      <legend>{t('import.header')}</legend>
      <p className="muted">{t('import.headerHint')}</p>
      <div className="import-header-grid">
        {guideHeaderKeys.map((key) => (
          <label key={key} className="field">
            <span>{t(`guideHeader.${key}`)}</span>
            <input value={header[key] ?? ''} maxLength={100} onChange={(event) => onChange({ ...header, [key]: event.target.value })} />
          </label>
        ))}
      </div>
    </fieldset>
  );
}
