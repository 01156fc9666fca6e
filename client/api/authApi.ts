import { z } from 'zod';
import { loginResultSchema, meSchema, type LoginBody } from '../../shared/schemas/auth.ts';
import { setSchoolTimeZone } from '../i18n/schoolTimeZone.ts';
import { apiFetch } from './apiFetch.ts';

export function login(body: LoginBody) {
  return apiFetch('/api/auth/login', loginResultSchema, { method: 'POST', body });
}

export function logout() {
  return apiFetch('/api/auth/logout', z.unknown(), { method: 'POST' });
}

/** The signed-in teacher; the school's time zone they bring is where every date is shown from now on. */
export async function fetchMe() {
  const me = await apiFetch('/api/me', meSchema);
  setSchoolTimeZone(me.timeZone);
  return me;
}
