import { z } from 'zod';
import { defaultSchoolTimeZone } from '../time/schoolTime.ts';

export const loginBodySchema = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});
export type LoginBody = z.infer<typeof loginBodySchema>;

export const userSchema = z.object({
  id: z.string(),
  username: z.string(),
  name: z.string(),
});
export type User = z.infer<typeof userSchema>;

export const groupSchema = z.object({
  id: z.string(),
  name: z.string(),
  subject: z.string(),
  grade: z.number(),
  schoolName: z.string(),
  role: z.enum(['leader', 'member']),
});
export type Group = z.infer<typeof groupSchema>;

export const schoolClassSchema = z.object({
  id: z.string(),
  name: z.string(),
  groupId: z.string(),
});
export type SchoolClass = z.infer<typeof schoolClassSchema>;

export const meSchema = z.object({
  user: userSchema,
  groups: z.array(groupSchema),
  classes: z.array(schoolClassSchema),
  /** School-level roles: `admin` for the 教务处. */
  roles: z.array(z.enum(['admin'])),
  /** The password was set by the administration and must be changed before anything else. */
  mustChangePassword: z.boolean(),
  /** The school's time zone (IANA, Asia/Shanghai by default): every date and time is shown in it. */
  timeZone: z.string().default(defaultSchoolTimeZone),
});
export type Me = z.infer<typeof meSchema>;

export const loginResultSchema = z.object({
  token: z.string(),
  user: userSchema,
  /** The password was set by the administration (a new teacher, a reset): change it first. */
  mustChangePassword: z.boolean(),
});
export type LoginResult = z.infer<typeof loginResultSchema>;
