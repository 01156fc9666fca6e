import { useTranslation } from 'react-i18next';
import type { TemplateSummary } from '../../../shared/schemas/template.ts';

interface TemplateCardProps {
  template: TemplateSummary;
  selected: boolean;
  onSelect: () => void;
}

/** A template as a card: name, subject, lesson type, lesson length and its blocks in order. */
export function TemplateCard({ template, selected, onSelect }: TemplateCardProps) {
  const { t, i18n } = useTranslation();
  // The blocks as the template titles them in Chinese; in English by their kind (a custom block keeps its title).
  const blockNames = template.blockTitles.map((title, index) => {
    const kind = template.blockKinds[index];
    return i18n.language === 'en' && kind && kind !== 'section' ? t(`blockKind.${kind}`) : title;
  });
  return (
    <button
      type="button"
      className={selected ? 'template-card is-selected' : 'template-card'}
      aria-pressed={selected}
      data-template-id={template.id}
      onClick={onSelect}
    >
      {/* The templates shipped with the product have their names in every language; a school's own keep theirs. */}
      <span className="template-card-name">{t(`templates.names.${template.id}`, { defaultValue: template.name })}</span>
      <span className="template-card-meta">
        <span className="tag">{t(`subject.${template.subject}`, { defaultValue: template.subject })}</span>
        <span className="tag">{t(`lessonType.${template.lessonType}`, { defaultValue: template.lessonType })}</span>
        <span className="tag tag-quiet">{t('templates.periodMinutes', { minutes: template.periodMinutes })}</span>
      </span>
      {template.description && (
        <span className="template-card-description">{t(`templates.descriptions.${template.id}`, { defaultValue: template.description })}</span>
      )}
      <span className="template-card-blocks" title={blockNames.join(' → ')}>
        <strong>{t('templates.blockCount', { count: blockNames.length })}</strong>
        {t('common.colon')}
        {blockNames.join(' → ')}
      </span>
    </button>
  );
}
