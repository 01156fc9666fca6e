import type { TFunction } from 'i18next';
import { ApiRequestError } from '../../api/ApiRequestError.ts';

/** The server's sentence for a refused request (it names the field), or the network's. */
export function errorText(t: TFunction, error: Error): string {
  if (error instanceof ApiRequestError && error.code === 'network') return t('errors.network');
  if (error instanceof ApiRequestError) return error.message;
  return t('errors.unknown', { message: error.message });
}
