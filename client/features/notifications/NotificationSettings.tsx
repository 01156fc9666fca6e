import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { notificationKinds, type NotificationKind } from '../../../shared/schemas/notification.ts';
import { fetchNotificationSettings, notificationSettingsKey, saveNotificationSettings } from './notificationsApi.ts';

/** 通知设置: which kinds of notification the teacher gets (all of them unless turned off). */
export function NotificationSettings() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const settings = useQuery({ queryKey: notificationSettingsKey, queryFn: fetchNotificationSettings });
  const save = useMutation({
    mutationFn: saveNotificationSettings,
    onSuccess: (saved) => queryClient.setQueryData(notificationSettingsKey, saved),
  });
  const muted = new Set<NotificationKind>(settings.data?.muted ?? []);

  return (
    <fieldset className="inbox-settings" disabled={!settings.isSuccess || save.isPending}>
      <legend>{t('notifications.settingsTitle')}</legend>
      {notificationKinds.map((kind) => (
        <label key={kind} className="inbox-setting">
          <input
            type="checkbox"
            checked={!muted.has(kind)}
            onChange={(event) => {
              const next = new Set(muted);
              if (event.target.checked) next.delete(kind);
              else next.add(kind);
              save.mutate([...next]);
            }}
          />
          {t(`notifications.kind.${kind}`)}
        </label>
      ))}
    </fieldset>
  );
}
