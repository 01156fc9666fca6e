import type { TFunction } from 'i18next';
import type { GuideHeaderFields, GuideHeaderKey } from '../../../shared/schemas/guideHeader.ts';
import type { HeaderFact } from '../editor/HeaderFacts.tsx';

/** The header's fields shown beside the guide's own facts (主备人, 审核人, 学科 and 年级 have places of their own). */
const extraKeys: GuideHeaderKey[] = ['teachingDate', 'writtenAt', 'approver', 'totalPeriods', 'aids', 'teacher'];

/** The header's other fields that are set, as facts under the title. */
export function guideHeaderFacts(header: GuideHeaderFields, t: TFunction): HeaderFact[] {
  return extraKeys.flatMap((key) => {
    const value = header[key];
    return value ? [{ key, label: t(`guideHeader.${key}`), value }] : [];
  });
}
