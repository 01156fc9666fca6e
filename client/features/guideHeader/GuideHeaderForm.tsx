import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Guide } from '../../../shared/schemas/guide.ts';
import { compactGuideHeader, guideHeaderKeys, type GuideHeaderFields } from '../../../shared/schemas/guideHeader.ts';
import { queryKeys } from '../../api/queryKeys.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { editGuideHeader } from './guideHeaderApi.ts';
import './guideHeader.css';

/**
 * 修改表头: the 课题, 课时, 单元 and the header's other fields (主备人, 审核人, 授课时间, 学科, 年级 …)
 * of a guide, for whoever may edit it now. An emptied field goes back to what the guide knows
 * (the lead drafter's name, the group's subject).
 */
export function GuideHeaderForm({ guide, onDone }: { guide: Guide; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [title, setTitle] = useState(guide.title);
  const [period, setPeriod] = useState(guide.period ?? '');
  const [unit, setUnit] = useState(guide.unit ?? '');
  const [fields, setFields] = useState<GuideHeaderFields>(guide.header);
  const save = useMutation({
    mutationFn: () => editGuideHeader(guide.id, { title: title.trim(), period: period.trim(), unit: unit.trim(), fields: compactGuideHeader(fields) }),
    onSuccess: (saved) => {
      queryClient.setQueryData(queryKeys.guide(guide.id), saved);
      void queryClient.invalidateQueries({ queryKey: queryKeys.guides });
      onDone();
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate();
  }

  return (
    <form className="guide-header-form" onSubmit={submit} aria-label={t('guideHeader.edit')}>
      <div className="guide-header-grid">
        <label className="field">
          <span>{t('guideHeader.title')}</span>
          <input value={title} maxLength={100} required onChange={(event) => setTitle(event.target.value)} />
        </label>
        <label className="field">
          <span>{t('editor.header.period')}</span>
          <input value={period} maxLength={20} onChange={(event) => setPeriod(event.target.value)} />
        </label>
        <label className="field">
          <span>{t('editor.header.unit')}</span>
          <input value={unit} maxLength={100} onChange={(event) => setUnit(event.target.value)} />
        </label>
        {guideHeaderKeys.map((key) => (
          <label key={key} className="field">
            <span>{t(`guideHeader.${key}`)}</span>
            <input value={fields[key] ?? ''} maxLength={100} onChange={(event) => setFields({ ...fields, [key]: event.target.value })} />
          </label>
        ))}
      </div>
      {save.isError && <ErrorMessage title={t('guideHeader.saveFailed')} error={save.error} />}
      <div className="guide-header-actions">
        <button type="submit" className="button button-primary" disabled={save.isPending || !title.trim()}>
          {t('guideHeader.save')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('guideHeader.cancel')}
        </button>
      </div>
    </form>
  );
}
