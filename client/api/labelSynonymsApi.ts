import { labelSynonymsSchema, type LabelSynonymsBody } from '../../shared/schemas/labelSynonyms.ts';
import { apiFetch } from './apiFetch.ts';

/** TanStack Query key of a group's school label dictionary (导入标题词典). */
export const labelSynonymsKey = (groupId: string) => ['groups', groupId, 'label-synonyms'] as const;

const path = (groupId: string) => `/api/groups/${encodeURIComponent(groupId)}/label-synonyms`;

/** GET: the labels Word import maps to each block kind, the defaults and who may change them. */
export function fetchLabelSynonyms(groupId: string) {
  return apiFetch(path(groupId), labelSynonymsSchema);
}

/** PUT (group leader): the school's own labels; kinds left out go back to the defaults. */
export function saveLabelSynonyms(groupId: string, body: LabelSynonymsBody) {
  return apiFetch(path(groupId), labelSynonymsSchema, { method: 'PUT', body });
}
