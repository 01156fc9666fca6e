import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '../api/ApiRequestError.ts';

interface ErrorMessageProps {
  error: Error;
  title?: string;
  onRetry?: () => void;
}

/** A readable error with the server's message and, when it may help, a retry button. */
export function ErrorMessage({ error, title, onRetry }: ErrorMessageProps) {
  const { t } = useTranslation();
  // The server words a missing page for API readers ("Version 3 not found"): the screen says it in its language.
  const code = error instanceof ApiRequestError ? error.code : null;
  const detail =
    code === 'network' ? t('errors.network') : code === 'not_found' ? t('errors.notFound') : t('errors.unknown', { message: error.message });
  return (
    <div className="error-message" role="alert">
      {title && <strong>{title}</strong>}
      <p>{detail}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}
