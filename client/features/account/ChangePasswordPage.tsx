import { useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { minPasswordLength } from '../../../shared/schemas/admin.ts';
import { changePassword } from '../../api/adminApi.ts';
import { queryKeys } from '../../api/queryKeys.ts';
import { gradeLabel } from '../../i18n/gradeLabel.ts';
import { errorText } from '../admin/errorText.ts';
import { useMe } from '../auth/useMe.ts';
import '../admin/admin.css';

/**
 * /account/password: every teacher changes their password here, and one on an initial
 * password (a new account, a reset) is sent here first. Lists all the teacher's groups too.
 */
export function ChangePasswordPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();
  const me = useMe();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const forced = me.data?.mustChangePassword ?? false;
  const from = (location.state as { from?: string } | null)?.from ?? '/';
  const save = useMutation({
    mutationFn: changePassword,
    onSuccess: async () => {
      setCurrent('');
      setNext('');
      setConfirm('');
      await queryClient.invalidateQueries({ queryKey: queryKeys.me });
      if (forced) void navigate(from === '/account/password' ? '/' : from, { replace: true });
    },
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (next !== confirm) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    save.mutate({ current, next });
  };

  return (
    <main className="page account-page">
      <div className="page-heading">
        <div>
          <h1>{t('account.title')}</h1>
          <p className="muted">{me.data?.user.name}</p>
        </div>
      </div>
      <div className="account-grid">
        <section className="admin-panel">
          {forced && (
            <p className="notice notice-warn" role="status">
              {t('account.mustChange')}
            </p>
          )}
          <form className="admin-form" onSubmit={onSubmit}>
            <label className="field">
              <span className="field-label">{t('account.current')}</span>
              <input name="current" type="password" autoComplete="current-password" value={current} onChange={(event) => setCurrent(event.target.value)} required />
            </label>
            <label className="field">
              <span className="field-label">{t('account.next')}</span>
              <input
                name="next"
                type="password"
                autoComplete="new-password"
                minLength={minPasswordLength}
                value={next}
                onChange={(event) => setNext(event.target.value)}
                required
              />
              <span className="field-hint">{t('account.passwordHint', { count: minPasswordLength })}</span>
            </label>
            <label className="field">
              <span className="field-label">{t('account.confirm')}</span>
              <input name="confirm" type="password" autoComplete="new-password" value={confirm} onChange={(event) => setConfirm(event.target.value)} required />
            </label>
            {mismatch && (
              <p className="form-error" role="alert">
                {t('account.mismatch')}
              </p>
            )}
            {save.isError && (
              <p className="form-error" role="alert">
                {errorText(t, save.error)}
              </p>
            )}
            {save.isSuccess && !forced && (
              <p className="notice notice-ok" role="status">
                {t('account.saved')}
              </p>
            )}
            <div className="admin-form-actions">
              <button className="button button-primary" type="submit" disabled={save.isPending}>
                {save.isPending ? t('account.saving') : t('account.submit')}
              </button>
            </div>
          </form>
        </section>
        {!forced && (
          <section className="admin-panel">
            <h2 className="admin-panel-title">{t('account.myGroups')}</h2>
            {me.data?.groups.length === 0 && <p className="muted">{t('account.noGroups')}</p>}
            <ul className="account-groups">
              {me.data?.groups.map((group) => (
                <li key={group.id}>
                  <span>
                    <strong>{group.name}</strong>
                    <span className="muted">
                      {' '}
                      · {t(`subject.${group.subject}`, { defaultValue: group.subject })} · {gradeLabel(t, group.grade)} ·{' '}
                      {group.role === 'leader' ? t('auth.roleLeader') : t('auth.roleMember')}
                    </span>
                  </span>
                  <Link to={`/groups/${group.id}/plan`}>{t('plan.title')}</Link>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </main>
  );
}
