import i18n from 'i18next';
import { formatSchoolDate, formatSchoolDateTime, type DateLanguage } from '../../shared/time/schoolTime.ts';
import { schoolTimeZone } from './schoolTimeZone.ts';

function language(): DateLanguage {
  return i18n.language === 'en' ? 'en' : 'zh-CN';
}

/** 2026年12月3日 (3 Dec 2026 in English) from an ISO date or timestamp, in the school's time zone. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  return formatSchoolDate(value, language(), schoolTimeZone());
}

/** 2026年12月3日 09:05 in the school's time zone. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '—';
  return formatSchoolDateTime(value, language(), schoolTimeZone());
}
