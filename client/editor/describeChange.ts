import type { TFunction } from 'i18next';
import type { AttributeChange } from '../../shared/suggestions/listSuggestions.ts';

/** An attribute's value as a teacher reads it (用时 8 分钟, 仅教师可见, 4人：组长、记录员). */
function describeValue(t: TFunction, name: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return t('suggestions.values.none');
  if (name === 'minutes') return t('suggestions.values.minutes', { count: Number(value) });
  if (name === 'audience') return t(value === 'teacher' ? 'suggestions.values.teacher' : 'suggestions.values.all');
  if (Array.isArray(value)) return value.join('、');
  if (typeof value === 'object') {
    const space = value as { kind?: string; count?: number };
    return space.kind ? `${space.kind}${space.count ? ` ${space.count}` : ''}` : JSON.stringify(value);
  }
  return String(value);
}

/** One changed attribute: 用时 5 分钟 → 8 分钟. */
export function describeChange(t: TFunction, change: AttributeChange): string {
  const label = t(`suggestions.attributes.${change.name}`, { defaultValue: change.name });
  return `${label} ${describeValue(t, change.name, change.from)} → ${describeValue(t, change.name, change.to)}`;
}
