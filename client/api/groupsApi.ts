import { z } from 'zod';
import { groupSchema } from '../../shared/schemas/auth.ts';
import { guideSummarySchema, personSchema } from '../../shared/schemas/guide.ts';
import { termSchema } from '../../shared/schemas/admin.ts';
import { groupTermReportSchema } from '../../shared/schemas/termReport.ts';
import { apiFetch } from './apiFetch.ts';

/** GET /api/groups/:id/members: a teacher of the group and their role in it. */
export const groupMemberSchema = personSchema.extend({ role: groupSchema.shape.role });
export type GroupMember = z.infer<typeof groupMemberSchema>;

const groupPath = (groupId: string) => `/api/groups/${encodeURIComponent(groupId)}`;

export function fetchGroupMembers(groupId: string) {
  return apiFetch(`${groupPath(groupId)}/members`, z.array(groupMemberSchema));
}

/** 学期备课计划: the lessons of one term (or of every term), by due date. */
export function fetchGroupPlan(groupId: string, termId: string | null = null) {
  const query = termId ? `?term=${encodeURIComponent(termId)}` : '';
  return apiFetch(`${groupPath(groupId)}/plan${query}`, z.array(guideSummarySchema));
}

/** The terms (学期) of the teacher's school, the latest first. */
export function fetchTerms() {
  return apiFetch('/api/terms', z.array(termSchema));
}

/** The group's part of the term report: the whole group for its leader, one's own line for a member. */
export function fetchGroupReport(groupId: string, termId: string) {
  return apiFetch(`${groupPath(groupId)}/report?term=${encodeURIComponent(termId)}`, groupTermReportSchema);
}
