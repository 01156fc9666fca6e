import { schoolSettingsSchema, type UpdateSchoolSettingsBody } from '../../shared/schemas/schoolSettings.ts';
import { apiFetch } from './apiFetch.ts';

/** The school's own settings (教务处 only). */
export const schoolSettingsKey = ['admin', 'school'] as const;

export const fetchSchoolSettings = () => apiFetch('/api/admin/school', schoolSettingsSchema);
export const updateSchoolSettings = (body: UpdateSchoolSettingsBody) =>
  apiFetch('/api/admin/school', schoolSettingsSchema, { method: 'PATCH', body });
