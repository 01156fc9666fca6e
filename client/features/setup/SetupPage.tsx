import { useState, type FormEvent } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { minPasswordLength } from '../../../shared/schemas/admin.ts';
import { adminKeys, fetchSetupStatus, postSetup } from '../../api/adminApi.ts';
import { LanguageSwitch } from '../../components/LanguageSwitch.tsx';
import { errorText } from '../admin/errorText.ts';
import { useLogin } from '../auth/useLogin.ts';
import '../admin/admin.css';

/**
 * /setup, first start: the school's name and its first administrator (教务处). Shown only
 * while the installation is empty; afterwards it sends people to the login page.
 */
export function SetupPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const status = useQuery({ queryKey: adminKeys.setup, queryFn: fetchSetupStatus });
  const login = useLogin();
  const [schoolName, setSchoolName] = useState('');
  const [name, setName] = useState('');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const setup = useMutation({
    mutationFn: postSetup,
    onSuccess: async (result) => {
      queryClient.setQueryData(adminKeys.setup, { needed: false });
      await login.mutateAsync({ username: result.admin.username, password });
      void navigate('/admin/teachers', { replace: true });
    },
  });

  if (status.data && !status.data.needed && !setup.isSuccess) return <Navigate to="/login" replace />;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (password !== confirm) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    setup.mutate({ schoolName, admin: { username, name, password } });
  };

  return (
    <div className="login-page">
      <div className="login-language">
        <LanguageSwitch />
      </div>
      <main className="login-card setup-card">
        <span className="brand-mark setup-mark" aria-hidden="true">
          导
        </span>
        <h1 className="login-title">{t('setup.title')}</h1>
        <p className="login-tagline">{t('setup.intro')}</p>
        <form className="login-form" onSubmit={onSubmit}>
          <label className="field">
            <span className="field-label">{t('setup.schoolName')}</span>
            <input name="schoolName" value={schoolName} onChange={(event) => setSchoolName(event.target.value)} placeholder={t('setup.schoolNamePlaceholder')} required />
          </label>
          <fieldset className="setup-section">
            <legend>{t('setup.adminSection')}</legend>
            <p className="muted setup-note">{t('setup.adminNote')}</p>
            <label className="field">
              <span className="field-label">{t('setup.adminName')}</span>
              <input name="adminName" value={name} onChange={(event) => setName(event.target.value)} autoComplete="name" required />
            </label>
            <label className="field">
              <span className="field-label">{t('setup.username')}</span>
              <input name="username" value={username} onChange={(event) => setUsername(event.target.value)} autoComplete="username" required />
            </label>
            <label className="field">
              <span className="field-label">{t('setup.password')}</span>
              <input
                name="password"
                type="password"
                autoComplete="new-password"
                minLength={minPasswordLength}
                value={password}
                onChange={(event) => setPassword(event.target.value)}
                required
              />
              <span className="field-hint">{t('account.passwordHint', { count: minPasswordLength })}</span>
            </label>
            <label className="field">
              <span className="field-label">{t('setup.confirm')}</span>
              <input name="confirm" type="password" autoComplete="new-password" value={confirm} onChange={(event) => setConfirm(event.target.value)} required />
            </label>
          </fieldset>
          {mismatch && (
            <p className="form-error" role="alert">
              {t('account.mismatch')}
            </p>
          )}
          {setup.isError && (
            <p className="form-error" role="alert">
              {errorText(t, setup.error)}
            </p>
          )}
          <button className="button button-primary button-wide" type="submit" disabled={setup.isPending || login.isPending}>
            {setup.isPending || login.isPending ? t('setup.submitting') : t('setup.submit')}
          </button>
        </form>
      </main>
    </div>
  );
}
