import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fetchSchoolSettings, schoolSettingsKey, updateSchoolSettings } from '../../api/schoolSettingsApi.ts';
import { queryKeys } from '../../api/queryKeys.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { formatDateTime } from '../../i18n/formatDate.ts';
import { formatSchoolDateTime } from '../../../shared/time/schoolTime.ts';
import { timeZoneNames } from '../../../shared/time/timeZones.ts';
import { errorText } from './errorText.ts';

/**
 * /admin/school: the school's own settings, today its time zone. Every date and time the app
 * shows, prints and exports, and "today" for due dates and reminders, follow it.
 */
export function SchoolSettingsPage() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const settings = useQuery({ queryKey: schoolSettingsKey, queryFn: fetchSchoolSettings });
  const [timeZone, setTimeZone] = useState('');
  const zones = useMemo(() => timeZoneNames(), []);
  useEffect(() => {
    if (settings.data) setTimeZone(settings.data.timeZone);
  }, [settings.data]);
  const save = useMutation({
    mutationFn: updateSchoolSettings,
    onSuccess: async (saved) => {
      queryClient.setQueryData(schoolSettingsKey, saved);
      await queryClient.invalidateQueries({ queryKey: queryKeys.me });
    },
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ timeZone });
  };
  const language = i18n.language === 'en' ? 'en' : 'zh-CN';
  const now = new Date().toISOString();

  return (
    <section aria-labelledby="school-title">
      <div className="admin-section-heading">
        <div>
          <h2 id="school-title">{t('admin.school.title')}</h2>
          <p className="muted">{t('admin.school.intro')}</p>
        </div>
      </div>
      {settings.isError && <ErrorMessage error={settings.error} onRetry={() => void settings.refetch()} />}
      {settings.data && (
        <form className="admin-panel admin-form admin-form-grid" onSubmit={onSubmit} aria-label={t('admin.school.title')} data-testid="school-settings">
          <label className="field">
            <span className="field-label">{t('admin.school.name')}</span>
            <input name="schoolName" value={settings.data.name} readOnly />
          </label>
          <label className="field">
            <span className="field-label">{t('admin.school.timeZone')}</span>
            <select name="timeZone" value={timeZone} onChange={(event) => setTimeZone(event.target.value)} data-testid="school-time-zone">
              {(zones.includes(timeZone) ? zones : [timeZone, ...zones]).map((zone) => (
                <option key={zone} value={zone}>
                  {zone}
                </option>
              ))}
            </select>
          </label>
          <p className="muted admin-form-wide" data-testid="school-time-zone-now">
            {t('admin.school.nowThere', { time: timeZone ? formatSchoolDateTime(now, language, timeZone) : formatDateTime(now) })}
          </p>
          <div className="admin-form-actions admin-form-end">
            <button type="submit" className="button button-primary" disabled={save.isPending || timeZone === settings.data.timeZone}>
              {t('admin.school.save')}
            </button>
          </div>
          {save.isSuccess && timeZone === save.data.timeZone && (
            <p className="admin-form-wide" role="status">
              {t('admin.school.saved', { timeZone: save.data.timeZone })}
            </p>
          )}
          {save.isError && (
            <p className="form-error admin-form-wide" role="alert">
              {errorText(t, save.error)}
            </p>
          )}
        </form>
      )}
    </section>
  );
}
