import { useEffect, useState, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import './search.css';

/** The search box of the top bar: Enter opens the results page (搜索导学案). */
export function SearchBox() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const current = location.pathname === '/search' ? (new URLSearchParams(location.search).get('q') ?? '') : '';
  const [text, setText] = useState(current);
  useEffect(() => setText(current), [current]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const q = text.trim();
    if (!q) return;
    const params = location.pathname === '/search' ? new URLSearchParams(location.search) : new URLSearchParams();
    params.set('q', q);
    void navigate(`/search?${params}`);
  };

  return (
    <form className="search-box" role="search" onSubmit={submit}>
      <input
        type="search"
        value={text}
        onChange={(event) => setText(event.target.value)}
        placeholder={t('search.placeholder')}
        aria-label={t('search.label')}
        data-testid="search-box"
        maxLength={100}
      />
    </form>
  );
}
