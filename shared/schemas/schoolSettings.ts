import { z } from 'zod';
import { isKnownTimeZone } from '../time/timeZones.ts';

/** An IANA time zone name the server and browsers know, e.g. Asia/Shanghai. */
export const timeZoneSchema = z
  .string()
  .trim()
  .min(1, '请选择时区')
  .max(64, '时区名称最多 64 个字符')
  .refine(isKnownTimeZone, '不是有效的时区（例如 Asia/Shanghai）');

/** GET /api/admin/school: the school's own settings. */
export const schoolSettingsSchema = z.object({
  id: z.string(),
  name: z.string(),
  timeZone: z.string(),
});
export type SchoolSettings = z.infer<typeof schoolSettingsSchema>;

/** PATCH /api/admin/school (教务处 only). */
export const updateSchoolSettingsBodySchema = z.object({ timeZone: timeZoneSchema });
export type UpdateSchoolSettingsBody = z.infer<typeof updateSchoolSettingsBodySchema>;
