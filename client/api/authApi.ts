import { z } from 'zod';
import { loginResultSchema, meSchema, type LoginBody } from '../../shared/schemas/auth.ts';
import { apiFetch } from './apiFetch.ts';

export function login(body: LoginBody) {
  return apiFetch('/api/auth/login', loginResultSchema, { method: 'POST', body });
}

export function logout() {
  return apiFetch('/api/auth/logout', z.unknown(), { method: 'POST' });
}

export function fetchMe() {
  return apiFetch('/api/me', meSchema);
}
