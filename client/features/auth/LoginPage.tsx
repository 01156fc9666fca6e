import { useState, type FormEvent } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '../../api/ApiRequestError.ts';
import { LanguageSwitch } from '../../components/LanguageSwitch.tsx';
import { DemoAccountChips } from './DemoAccountChips.tsx';
import { demoPassword } from './demoAccounts.ts';
import { useLogin } from './useLogin.ts';
import { useMe } from './useMe.ts';

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const me = useMe();
  const loginMutation = useLogin();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const from = (location.state as { from?: string } | null)?.from ?? '/';

  if (me.isSuccess) return <Navigate to={from} replace />;

  const submit = (credentials: { username: string; password: string }) => {
    loginMutation.mutate(credentials, { onSuccess: () => void navigate(from, { replace: true }) });
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    submit({ username, password });
  };

  return (
    <div className="login-page">
      <div className="login-language">
        <LanguageSwitch />
      </div>
      <main className="login-card">
        <h1 className="login-title">{t('app.name')}</h1>
        <p className="login-tagline">{t('app.tagline')}</p>
        <form className="login-form" onSubmit={onSubmit}>
          <label className="field">
            <span className="field-label">{t('auth.username')}</span>
            <input
              name="username"
              autoComplete="username"
              value={username}
              onChange={(event) => setUsername(event.target.value)}
              required
            />
          </label>
          <label className="field">
            <span className="field-label">{t('auth.password')}</span>
            <input
              name="password"
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              required
            />
          </label>
          {loginMutation.isError && (
            <p className="form-error" role="alert">
              {loginErrorText(loginMutation.error, t)}
            </p>
          )}
          <button className="button button-primary button-wide" type="submit" disabled={loginMutation.isPending}>
            {loginMutation.isPending ? t('auth.submitting') : t('auth.submit')}
          </button>
        </form>
        <section className="demo-accounts" aria-labelledby="demo-accounts-title">
          <h2 id="demo-accounts-title">{t('auth.demoTitle')}</h2>
          <p className="muted">{t('auth.demoNote')}</p>
          <DemoAccountChips
            disabled={loginMutation.isPending}
            onPick={(account) => submit({ username: account, password: demoPassword })}
          />
        </section>
      </main>
    </div>
  );
}

function loginErrorText(error: Error, t: (key: string, options?: Record<string, unknown>) => string): string {
  if (error instanceof ApiRequestError && error.status === 401) return t('auth.failed');
  // Too many failed attempts: the server's sentence says how long to wait.
  if (error instanceof ApiRequestError && error.status === 429) return error.message || t('auth.tooManyAttempts');
  if (error instanceof ApiRequestError && error.code === 'network') return t('errors.network');
  return t('errors.unknown', { message: error.message });
}
