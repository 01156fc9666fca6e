import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Guide } from '../../../shared/schemas/guide.ts';
import { ApiRequestError } from '../../api/ApiRequestError.ts';
import { useMe } from '../auth/useMe.ts';
import { labelOfVersion } from '../versions/versionKinds.ts';
import { useCreateClassCopy } from './useCreateClassCopy.ts';

/**
 * 二次备课（按班复备）: the class copies of this guide the teacher can see, and a button for
 * each of their own classes in the guide's group that has no copy of theirs yet.
 */
export function ClassCopiesPanel({ guide }: { guide: Guide }) {
  const { t } = useTranslation();
  const me = useMe();
  const creation = useCreateClassCopy(guide.id);
  const userId = me.data?.user.id;
  const myClasses = (me.data?.classes ?? []).filter((schoolClass) => schoolClass.groupId === guide.groupId);
  const missing = myClasses.filter(
    (schoolClass) => !guide.copies.some((copy) => copy.classId === schoolClass.id && copy.owner.id === userId),
  );
  const copies = [...guide.copies].sort((a, b) => a.className.localeCompare(b.className, 'zh-CN'));

  return (
    <section className="side-panel" aria-labelledby="class-copies-title" data-testid="class-copies">
      <h2 id="class-copies-title" className="side-panel-title">
        {t('copies.title')}
      </h2>
      <p className="side-panel-note muted">{t('copies.intro')}</p>
      {copies.length > 0 && (
        <Link to={`/guides/${guide.id}/classes`} className="button button-quiet side-panel-link" data-testid="open-classes">
          {t('classes.link')} →
        </Link>
      )}
      {copies.length > 0 ? (
        <ul className="copy-list">
          {copies.map((copy) => (
            <li key={copy.id}>
              <Link to={`/copies/${copy.id}`} className="copy-item" data-class-id={copy.classId}>
                <span className="copy-item-class">{copy.className}</span>
                <span className="copy-item-meta">
                  {copy.owner.name}
                  {copy.owner.id === userId && <span className="muted">{t('editor.presence.you')}</span>} ·{' '}
                  {t('copies.basedOn', { version: labelOfVersion(guide.versions, copy.baseVersion) })}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p className="side-panel-note muted">{t('copies.none')}</p>
      )}
      {missing.length > 0 && (
        <div className="copy-actions">
          {missing.map((schoolClass) => (
            <button
              key={schoolClass.id}
              type="button"
              className="button button-primary"
              data-class-id={schoolClass.id}
              disabled={creation.isPending}
              onClick={() => creation.mutate(schoolClass.id)}
            >
              {t('copies.create', { className: schoolClass.name })}
            </button>
          ))}
        </div>
      )}
      {creation.isError && (
        <p className="form-error" role="alert">
          {creation.error instanceof ApiRequestError && creation.error.status >= 400 && creation.error.status < 500
            ? creation.error.message
            : t('copies.failed', { message: creation.error.message })}
        </p>
      )}
    </section>
  );
}
