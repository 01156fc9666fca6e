import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { adminKeys, fetchAudit } from '../../api/adminApi.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { schoolTimeZone } from '../../i18n/schoolTimeZone.ts';

/** /admin/audit: who did what in the school's administration, and when (the latest first). */
export function AuditPage() {
  const { t, i18n } = useTranslation();
  const audit = useQuery({ queryKey: adminKeys.audit, queryFn: fetchAudit });
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short', timeZone: schoolTimeZone() });
  return (
    <section aria-labelledby="audit-title">
      <div className="admin-section-heading">
        <div>
          <h2 id="audit-title">{t('admin.audit.title')}</h2>
          <p className="muted">{t('admin.audit.intro')}</p>
        </div>
      </div>
      {audit.isError && <ErrorMessage error={audit.error} onRetry={() => void audit.refetch()} />}
      {audit.data?.length === 0 && <p className="empty-state">{t('admin.audit.empty')}</p>}
      {audit.data && audit.data.length > 0 && (
        <div className="table-frame admin-table-frame">
          <table className="admin-table">
            <thead>
              <tr>
                <th>{t('admin.audit.when')}</th>
                <th>{t('admin.audit.who')}</th>
                <th>{t('admin.audit.what')}</th>
              </tr>
            </thead>
            <tbody>
              {audit.data.map((entry) => (
                <tr key={entry.id}>
                  <td className="nowrap">{format.format(new Date(entry.createdAt))}</td>
                  <td className="nowrap">{entry.actor?.name ?? '—'}</td>
                  <td>{entry.summary}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
