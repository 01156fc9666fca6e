import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { adminKeys, createTerm, fetchTerms } from '../../api/adminApi.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { errorText } from './errorText.ts';
import { termLabelText } from '../../i18n/termLabel.ts';
import { formatDate } from '../../i18n/formatDate.ts';

/** /admin/terms: the school's terms (学期), the latest first. */
export function TermsPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const terms = useQuery({ queryKey: adminKeys.terms, queryFn: fetchTerms });
  const [name, setName] = useState('');
  const [startDate, setStartDate] = useState('');
  const [endDate, setEndDate] = useState('');
  const create = useMutation({
    mutationFn: createTerm,
    onSuccess: async () => {
      setName('');
      await queryClient.invalidateQueries({ queryKey: ['admin'] });
    },
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ name, startDate, endDate });
  };
  return (
    <section aria-labelledby="terms-title">
      <div className="admin-section-heading">
        <div>
          <h2 id="terms-title">{t('admin.terms.title')}</h2>
          <p className="muted">{t('admin.terms.intro')}</p>
        </div>
      </div>
      <form className="admin-panel admin-form admin-form-grid" onSubmit={onSubmit} aria-label={t('admin.terms.add')}>
        <label className="field">
          <span className="field-label">{t('admin.terms.name')}</span>
          <input name="name" value={name} placeholder={t('admin.terms.namePlaceholder')} onChange={(event) => setName(event.target.value)} required />
        </label>
        <label className="field">
          <span className="field-label">{t('admin.terms.start')}</span>
          <input name="startDate" type="date" value={startDate} onChange={(event) => setStartDate(event.target.value)} required />
        </label>
        <label className="field">
          <span className="field-label">{t('admin.terms.end')}</span>
          <input name="endDate" type="date" value={endDate} onChange={(event) => setEndDate(event.target.value)} required />
        </label>
        <div className="admin-form-actions admin-form-end">
          <button type="submit" className="button button-primary" disabled={create.isPending}>
            {t('admin.terms.add')}
          </button>
        </div>
        {create.isError && (
          <p className="form-error admin-form-wide" role="alert">
            {errorText(t, create.error)}
          </p>
        )}
      </form>
      {terms.isError && <ErrorMessage error={terms.error} onRetry={() => void terms.refetch()} />}
      {terms.data?.length === 0 && <p className="empty-state">{t('admin.terms.empty')}</p>}
      {terms.data && terms.data.length > 0 && (
        <div className="table-frame admin-table-frame">
          <table className="admin-table">
            <thead>
              <tr>
                <th>{t('admin.terms.name')}</th>
                <th>{t('admin.terms.start')}</th>
                <th>{t('admin.terms.end')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {terms.data.map((term) => (
                <tr key={term.id}>
                  <td>{termLabelText(term.name, t)}</td>
                  <td>{formatDate(term.startDate)}</td>
                  <td>{formatDate(term.endDate)}</td>
                  <td className="admin-table-actions">
                    <Link to={`/admin/terms/${term.id}/report`}>{t('admin.report.open')}</Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
