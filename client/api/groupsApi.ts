import { z } from 'zod';
import { groupSchema } from '../../shared/schemas/auth.ts';
import { guideSummarySchema, personSchema } from '../../shared/schemas/guide.ts';
import { apiFetch } from './apiFetch.ts';

/** GET /api/groups/:id/members: a teacher of the group and their role in it. */
export const groupMemberSchema = personSchema.extend({ role: groupSchema.shape.role });
export type GroupMember = z.infer<typeof groupMemberSchema>;

const groupPath = (groupId: string) => `/api/groups/${encodeURIComponent(groupId)}`;

export function fetchGroupMembers(groupId: string) {
  return apiFetch(`${groupPath(groupId)}/members`, z.array(groupMemberSchema));
}

/** 学期备课计划: every lesson of the group, by due date. */
export function fetchGroupPlan(groupId: string) {
  return apiFetch(`${groupPath(groupId)}/plan`, z.array(guideSummarySchema));
}
