import { checkResultSchema, checkSettingsSchema, type CheckSettingsBody } from '../../shared/schemas/check.ts';
import { apiFetch } from './apiFetch.ts';

/** The server's 体检 of a guide's live content (what the 定稿 gate will decide on). */
export function fetchGuideCheck(guideId: string) {
  return apiFetch(`/api/guides/${encodeURIComponent(guideId)}/check`, checkResultSchema);
}

/** The 体检 settings of a group's school, defaults filled in. */
export function fetchCheckSettings(groupId: string) {
  return apiFetch(`/api/groups/${encodeURIComponent(groupId)}/check-settings`, checkSettingsSchema);
}

/** A leader sets the school's 体检 settings; the answer is the settings now in force. */
export function saveCheckSettings(groupId: string, body: CheckSettingsBody) {
  return apiFetch(`/api/groups/${encodeURIComponent(groupId)}/check-settings`, checkSettingsSchema, { method: 'PUT', body });
}
