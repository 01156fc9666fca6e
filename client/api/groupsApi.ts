import { z } from 'zod';
import { personSchema } from '../../shared/schemas/guide.ts';
import { apiFetch } from './apiFetch.ts';

export function fetchGroupMembers(groupId: string) {
  return apiFetch(`/api/groups/${encodeURIComponent(groupId)}/members`, z.array(personSchema));
}
