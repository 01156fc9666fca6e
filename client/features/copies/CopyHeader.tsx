import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Copy } from '../../../shared/schemas/copy.ts';
import { formatDate } from '../../i18n/formatDate.ts';
import { HeaderFacts, type HeaderFact } from '../editor/HeaderFacts.tsx';

/** "八年级(2)班 · 二次备课 · 基于 定稿 v1", the guide it comes from, and the sign-off of that final. */
export function CopyHeader({ copy, checkCount }: { copy: Copy; checkCount?: ReactNode }) {
  const { t } = useTranslation();
  const facts: HeaderFact[] = [
    { key: 'className', label: t('editor.header.className'), value: copy.className },
    { key: 'owner', label: t('copies.owner'), value: copy.owner.name },
    { key: 'lessonType', label: t('editor.header.lessonType'), value: t(`lessonType.${copy.lessonType}`, { defaultValue: copy.lessonType }) },
    { key: 'period', label: t('editor.header.period'), value: copy.period ?? '—' },
    { key: 'leadDrafter', label: t('editor.header.leadDrafter'), value: copy.leadDrafter.name },
    { key: 'reviewer', label: t('editor.header.reviewer'), value: copy.reviewer?.name ?? t('editor.header.notYet') },
    { key: 'reviewedAt', label: t('editor.header.reviewedAt'), value: copy.reviewedAt ? formatDate(copy.reviewedAt) : '—' },
  ];

  return (
    <header className="guide-header copy-header">
      <Link to={`/guides/${copy.guideId}`} className="back-link">
        ← {t('copies.backToGuide', { title: copy.guideTitle })}
      </Link>
      <h1 className="guide-header-title">
        <span data-testid="copy-title">
          {t('copies.heading', { className: copy.className, version: copy.baseVersionLabel })}
        </span>
        <span className="tag copy-tag">{t('copies.badge')}</span>
        {checkCount}
      </h1>
      <p className="copy-header-guide">{copy.guideTitle}</p>
      <HeaderFacts facts={facts} />
    </header>
  );
}
