import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { RosterImportResult } from '../../../shared/schemas/admin.ts';
import { adminKeys, uploadRoster } from '../../api/adminApi.ts';
import { gradeLabel } from '../../i18n/gradeLabel.ts';
import { errorText } from './errorText.ts';

/**
 * 导入花名册: choose the school's roster (.xlsx or .csv), see every row with its problems, and
 * import all teachers at once when no row has one; then the initial passwords to hand out.
 */
export function RosterImport({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const preview = useMutation({ mutationFn: (chosen: File) => uploadRoster(chosen, false) });
  const commit = useMutation({
    mutationFn: (chosen: File) => uploadRoster(chosen, true),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: adminKeys.users }),
  });
  const rows = preview.data?.rows ?? [];
  const bad = rows.filter((row) => !row.ok).length;

  if (commit.data) return <CreatedList result={commit.data} onClose={onClose} />;

  return (
    <div className="admin-panel roster-import">
      <h3 className="admin-panel-title">{t('admin.roster.title')}</h3>
      <p className="muted">{t('admin.roster.columns')}</p>
      <div className="roster-pick">
        <input
          type="file"
          name="roster"
          accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          onChange={(event) => {
            const chosen = event.target.files?.[0] ?? null;
            setFile(chosen);
            preview.reset();
            commit.reset();
            if (chosen) preview.mutate(chosen);
          }}
        />
        <button type="button" className="button button-quiet" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
      {preview.isPending && <p className="page-status">{t('admin.roster.reading')}</p>}
      {preview.isError && (
        <p className="form-error" role="alert">
          {errorText(t, preview.error)}
        </p>
      )}
      {preview.data && (
        <>
          <p className={bad > 0 ? 'notice notice-warn' : 'notice notice-ok'} role="status">
            {bad > 0 ? t('admin.roster.hasErrors', { count: rows.length, bad }) : t('admin.roster.allGood', { count: rows.length })}
          </p>
          <div className="table-frame admin-table-frame">
            <table className="admin-table roster-table">
              <thead>
                <tr>
                  <th>{t('admin.roster.line')}</th>
                  <th>{t('admin.teachers.name')}</th>
                  <th>{t('admin.teachers.username')}</th>
                  <th>{t('admin.teachers.subjects')}</th>
                  <th>{t('admin.roster.grades')}</th>
                  <th>{t('admin.teachers.classes')}</th>
                  <th>{t('admin.roster.problems')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.line} className={row.ok ? undefined : 'is-bad'}>
                    <td>{row.line}</td>
                    <td>{row.name || '—'}</td>
                    <td>{row.username || '—'}</td>
                    <td>{row.subjects.join('、') || '—'}</td>
                    <td>{row.grades.map((grade) => gradeLabel(t, grade)).join('、') || '—'}</td>
                    <td>{row.classNames.join('、') || '—'}</td>
                    <td>
                      {row.ok ? (
                        <span className="roster-ok">✓</span>
                      ) : (
                        <ul className="roster-errors">
                          {row.errors.map((error, index) => (
                            <li key={index}>
                              {error.column && <strong>{error.column}：</strong>}
                              {error.message}
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {commit.isError && (
            <p className="form-error" role="alert">
              {errorText(t, commit.error)}
            </p>
          )}
          <div className="admin-form-actions">
            <button
              type="button"
              className="button button-primary"
              disabled={bad > 0 || rows.length === 0 || commit.isPending || !file}
              onClick={() => file && commit.mutate(file)}
            >
              {t('admin.roster.commit', { count: rows.length })}
            </button>
          </div>
        </>
      )}
    </div>
  );
}

function CreatedList({ result, onClose }: { result: RosterImportResult; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="admin-panel roster-import">
      <h3 className="admin-panel-title">{t('admin.roster.done', { count: result.created.length })}</h3>
      <p className="muted">{t('admin.roster.slips')}</p>
      <div className="table-frame admin-table-frame">
        <table className="admin-table">
          <thead>
            <tr>
              <th>{t('admin.teachers.name')}</th>
              <th>{t('admin.teachers.username')}</th>
              <th>{t('admin.teachers.initialPassword')}</th>
            </tr>
          </thead>
          <tbody>
            {result.created.map((teacher) => (
              <tr key={teacher.id}>
                <td>{teacher.name}</td>
                <td>{teacher.username}</td>
                <td>
                  <code className="initial-password">{teacher.initialPassword}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="admin-form-actions">
        <button type="button" className="button" onClick={() => window.print()}>
          {t('admin.roster.print')}
        </button>
        <button type="button" className="button button-primary" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </div>
  );
}
