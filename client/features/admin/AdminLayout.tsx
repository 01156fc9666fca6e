import { NavLink, Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../auth/useMe.ts';
import './admin.css';

const tabs = ['teachers', 'groups', 'classes', 'terms', 'school', 'audit'] as const;

/** /admin/*: the 教务处's area, with a tab per part of the school it keeps. Administrators only. */
export function AdminLayout() {
  const { t } = useTranslation();
  const me = useMe();
  if (!me.data?.roles.includes('admin')) {
    return (
      <main className="page">
        <p className="empty-state">{t('admin.notAdmin')}</p>
      </main>
    );
  }
  return (
    <main className="page admin-page">
      <div className="page-heading">
        <div>
          <h1>{t('admin.title')}</h1>
          <p className="muted">{t('admin.subtitle')}</p>
        </div>
      </div>
      <nav className="admin-tabs" aria-label={t('admin.title')}>
        {tabs.map((tab) => (
          <NavLink key={tab} to={`/admin/${tab}`} className="admin-tab">
            {t(`admin.tabs.${tab}`)}
          </NavLink>
        ))}
      </nav>
      <Outlet />
    </main>
  );
}
