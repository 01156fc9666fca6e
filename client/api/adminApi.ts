import { z } from 'zod';
import {
  adminClassSchema,
  adminGroupSchema,
  adminUserSchema,
  auditEntrySchema,
  rosterImportResultSchema,
  setupResultSchema,
  setupStatusSchema,
  termSchema,
  updateUserResultSchema,
  type ChangePasswordBody,
  type CreateClassBody,
  type CreateGroupBody,
  type CreateTermBody,
  type CreateUserBody,
  type SetupBody,
  type UpdateGroupBody,
  type UpdateUserBody,
} from '../../shared/schemas/admin.ts';
import { termReportSchema } from '../../shared/schemas/termReport.ts';
import { apiFetch } from './apiFetch.ts';

/** The school administration (教务处) and first start, as the client calls them. */
export const adminKeys = {
  setup: ['setup'] as const,
  users: ['admin', 'users'] as const,
  groups: ['admin', 'groups'] as const,
  classes: ['admin', 'classes'] as const,
  terms: ['admin', 'terms'] as const,
  audit: ['admin', 'audit'] as const,
};

export const fetchSetupStatus = () => apiFetch('/api/setup', setupStatusSchema);
export const postSetup = (body: SetupBody) => apiFetch('/api/setup', setupResultSchema, { method: 'POST', body });

export const fetchAdminUsers = () => apiFetch('/api/admin/users', z.array(adminUserSchema));
export const createAdminUser = (body: CreateUserBody) => apiFetch('/api/admin/users', adminUserSchema, { method: 'POST', body });
export const updateAdminUser = (userId: string, body: UpdateUserBody) =>
  apiFetch(`/api/admin/users/${encodeURIComponent(userId)}`, updateUserResultSchema, { method: 'PATCH', body });

export const fetchAdminGroups = () => apiFetch('/api/admin/groups', z.array(adminGroupSchema));
export const createAdminGroup = (body: CreateGroupBody) => apiFetch('/api/admin/groups', adminGroupSchema, { method: 'POST', body });
export const updateAdminGroup = (groupId: string, body: UpdateGroupBody) =>
  apiFetch(`/api/admin/groups/${encodeURIComponent(groupId)}`, adminGroupSchema, { method: 'PATCH', body });

export const fetchAdminClasses = () => apiFetch('/api/admin/classes', z.array(adminClassSchema));
export const createAdminClass = (body: CreateClassBody) => apiFetch('/api/admin/classes', adminClassSchema, { method: 'POST', body });

export const fetchTerms = () => apiFetch('/api/admin/terms', z.array(termSchema));
export const createTerm = (body: CreateTermBody) => apiFetch('/api/admin/terms', termSchema, { method: 'POST', body });

export const fetchAudit = () => apiFetch('/api/admin/audit', z.array(auditEntrySchema));

export const changePassword = (body: ChangePasswordBody) => apiFetch('/api/me/password', z.object({ ok: z.literal(true) }), { method: 'POST', body });

/** Sends the roster file (multipart; apiFetch sends JSON only): a preview, or with `commit` the import itself. */
export async function uploadRoster(file: File, commit: boolean) {
  const form = new FormData();
  form.append('file', file, file.name);
  return apiFetch(`/api/admin/users/import${commit ? '?commit=1' : ''}`, rosterImportResultSchema, { method: 'POST', body: form });
}

export const termReportKey = (termId: string) => ['admin', 'terms', termId, 'report'] as const;
export const fetchTermReport = (termId: string) => apiFetch(`/api/admin/terms/${encodeURIComponent(termId)}/report`, termReportSchema);
export const termReportXlsxUrl = (termId: string) => `/api/admin/terms/${encodeURIComponent(termId)}/report?format=xlsx`;
export const termArchiveUrl = (termId: string) => `/api/admin/terms/${encodeURIComponent(termId)}/archive.zip`;
