import { useEffect, useState } from 'react';
import { NavLink, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../features/auth/useMe.ts';
import { useLogout } from '../features/auth/useLogout.ts';
import { InboxButton } from '../features/notifications/InboxButton.tsx';
import { UnreadBadge } from '../features/notifications/UnreadBadge.tsx';
import { SearchBox } from '../features/search/SearchBox.tsx';
import { colorForUser } from '../editor/collab/colorForUser.ts';
import { Avatar } from './Avatar.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';

/** The bar on every page after login: product name, the teacher and their group, language, logout. */
export function TopBar() {
  const { t } = useTranslation();
  const me = useMe();
  const logout = useLogout();
  const user = me.data?.user;
  const group = me.data?.groups[0];
  const isAdmin = me.data?.roles.includes('admin') ?? false;
  // A teacher in several groups (语文 and 道德与法治) sees them all.
  const groupNames = me.data?.groups.map((candidate) => candidate.name).join('、');
  // On a phone the links and the account fold into a menu; going to a page folds it again.
  const [menuOpen, setMenuOpen] = useState(false);
  const location = useLocation();
  useEffect(() => setMenuOpen(false), [location.pathname]);

  return (
    <header className={menuOpen ? 'top-bar is-menu-open' : 'top-bar'}>
      <NavLink to="/" className="top-bar-brand">
        <span className="brand-mark" aria-hidden="true">
          导
        </span>
        {t('app.name')}
      </NavLink>
      <button
        type="button"
        className="top-bar-menu-button"
        aria-expanded={menuOpen}
        aria-controls="top-bar-menu"
        data-testid="top-bar-menu"
        onClick={() => setMenuOpen((open) => !open)}
      >
        <span className="top-bar-menu-lines" aria-hidden="true" />
        {t('nav.menu')}
        <UnreadBadge />
      </button>
      <div className="top-bar-menu" id="top-bar-menu">
        <nav className="top-bar-nav">
          <NavLink to="/" end>
            {t('nav.home')}
          </NavLink>
          {group && <NavLink to={`/groups/${group.id}/plan`}>{t('plan.title')}</NavLink>}
          {isAdmin && <NavLink to="/admin">{t('admin.nav')}</NavLink>}
        </nav>
        <div className="top-bar-end">
          <SearchBox />
          <InboxButton />
          <LanguageSwitch />
          {user && (
            <span className="top-bar-user" data-testid="current-user">
              <Avatar name={user.name} color={colorForUser(user.username)} />
              <span className="top-bar-user-text">
                <NavLink to="/account/password" className="top-bar-user-name" title={t('account.title')}>
                  {user.name}
                </NavLink>
                {groupNames && <span className="top-bar-user-group">{groupNames}</span>}
              </span>
            </span>
          )}
          <button type="button" className="button button-quiet" onClick={() => void logout()}>
            {t('auth.logout')}
          </button>
        </div>
      </div>
    </header>
  );
}
