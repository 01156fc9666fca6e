import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { lessonTypes, subjects } from '../../../shared/schemas/template.ts';
import { stages } from '../../../shared/workflow/stages.ts';
import { fetchTerms } from '../../api/groupsApi.ts';
import { queryKeys } from '../../api/queryKeys.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { StageBadge } from '../../components/StageBadge.tsx';
import { formatDate } from '../../i18n/formatDate.ts';
import { gradeLabel } from '../../i18n/gradeLabel.ts';
import { termLabelText } from '../../i18n/termLabel.ts';
import { versionLabelText } from '../../i18n/versionLabel.ts';
import { Highlighted } from './Highlighted.tsx';
import { fetchSearch, resultPath, searchQueryKey } from './searchApi.ts';
import './search.css';

const grades = [1, 2, 3, 4, 5, 6, 7, 8, 9];

/** /search?q=…: every guide, version and class copy the teacher may read that holds the words. */
export function SearchPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = params.get('q')?.trim() ?? '';
  // The school's terms (学期), as the 教务处 set them; a school without terms has no term filter.
  const terms = useQuery({ queryKey: queryKeys.terms, queryFn: fetchTerms });
  const results = useQuery({ queryKey: searchQueryKey(params), queryFn: () => fetchSearch(params), enabled: q.length > 0 });

  const setFilter = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  const select = (name: string, label: string, options: { value: string; label: string }[], anyLabel = t('search.any')) => (
    <label className="search-filter">
      <span>{label}</span>
      <select value={params.get(name) ?? ''} onChange={(event) => setFilter(name, event.target.value)} data-testid={`search-filter-${name}`}>
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <main className="page search-page">
      <div className="page-heading">
        <div>
          <h1>{t('search.title')}</h1>
          <p className="muted">{q ? t('search.for', { q }) : t('search.hint')}</p>
        </div>
      </div>
      <div className="search-filters">
        {select('subject', t('search.subject'), subjects.map((subject) => ({ value: subject, label: t(`subject.${subject}`) })))}
        {select('grade', t('search.grade'), grades.map((grade) => ({ value: String(grade), label: gradeLabel(t, grade) })))}
        {select('lessonType', t('search.lessonType'), lessonTypes.map((type) => ({ value: type, label: t(`lessonType.${type}`) })))}
        {terms.data?.length ? select('term', t('search.term'), terms.data.map((term) => ({ value: term.id, label: termLabelText(term.name, t) }))) : null}
        {select('stage', t('search.stage'), stages.map((stage) => ({ value: stage, label: t(`stage.${stage}`) })))}
        {select(
          'sort',
          t('search.sort'),
          [{ value: 'newest', label: t('search.sortNewest') }],
          t('search.sortRelevance'),
        )}
      </div>
      {results.isError && <ErrorMessage error={results.error} title={t('search.failed')} />}
      {results.isPending && q && <p className="muted">{t('common.loading')}</p>}
      {results.isSuccess && results.data.length === 0 && <p className="search-empty">{t('search.empty')}</p>}
      {results.isSuccess && results.data.length > 0 && (
        <ol className="search-results" data-testid="search-results">
          {results.data.map((result) => (
            <li key={`${result.kind}:${result.id}`} className="search-result">
              <div className="search-result-head">
                <span className={`search-kind search-kind-${result.kind}`}>{t(`search.kind.${result.kind}`)}</span>
                <Link to={resultPath(result)} className="search-result-title" data-testid="search-result-link">
                  <Highlighted text={result.title} ranges={result.titleHighlights} />
                </Link>
                {result.label && (
                  <span className="search-result-label">{result.kind === 'version' ? versionLabelText(result.label, t) : result.label}</span>
                )}
              </div>
              <p className="search-snippet">
                <Highlighted text={result.snippet} ranges={result.highlights} />
              </p>
              <p className="search-meta muted">
                <StageBadge stage={result.stage} />
                <span>{result.groupName}</span>
                <span>{t(`lessonType.${result.lessonType}`, { defaultValue: result.lessonType })}</span>
                <span>{t('search.updated', { date: formatDate(result.updatedAt) })}</span>
              </p>
            </li>
          ))}
        </ol>
      )}
    </main>
  );
}
