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
} from '../../shared/schemas/admin.ts';
import { apiErrorSchema } from '../../shared/schemas/apiError.ts';
import { groupTermReportSchema, termReportSchema } from '../../shared/schemas/termReport.ts';
import { checkResultSchema, checkSettingsSchema } from '../../shared/schemas/check.ts';
import { loginResultSchema, meSchema } from '../../shared/schemas/auth.ts';
import { commentReplySchema, commentThreadSchema } from '../../shared/schemas/comment.ts';
import { copySchema } from '../../shared/schemas/copy.ts';
import { classCopyRowsSchema, copyStatusSchema, incomingChangesSchema } from '../../shared/schemas/copyLife.ts';
import { documentDiffSchema } from '../../shared/schemas/diff.ts';
import { importPreviewSchema } from '../../shared/schemas/docxImport.ts';
import { storedFileSchema } from '../../shared/schemas/file.ts';
import { groupMemberSchema, guideSchema, guideSummarySchema } from '../../shared/schemas/guide.ts';
import { guideHarvestsSchema, harvestSchema } from '../../shared/schemas/harvest.ts';
import { labelSynonymsSchema } from '../../shared/schemas/labelSynonyms.ts';
import { meetingSchema } from '../../shared/schemas/meeting.ts';
import { reflectionCountsSchema } from '../../shared/schemas/reflections.ts';
import { decideAllResultSchema, suggestionSchema } from '../../shared/schemas/suggestion.ts';
import { markReadResultSchema, notificationSchema, notificationSettingsSchema } from '../../shared/schemas/notification.ts';
import { searchResponseSchema } from '../../shared/schemas/search.ts';
import { templateSummarySchema } from '../../shared/schemas/template.ts';
import { restoreVersionResultSchema } from '../../shared/schemas/versionRestore.ts';
import { schoolSettingsSchema } from '../../shared/schemas/schoolSettings.ts';

/** ProseMirror JSON of a whole guide, as the content routes answer it. */
const documentJsonSchema = z.object({ type: z.literal('doc'), content: z.array(z.object({ type: z.string() })) });
const ok = z.object({ ok: z.literal(true) });

/**
 * What each API route answers, from the schemas the client parses the same answers with:
 * every JSON answer an integration test receives is checked against the contract here, so a
 * server change that the client would misread fails the tests that call that route.
 */
const routes: [method: string, path: RegExp, schema: z.ZodType][] = [
  ['POST', /^\/api\/auth\/login$/, loginResultSchema],
  ['POST', /^\/api\/auth\/logout$/, ok],
  ['GET', /^\/api\/me$/, meSchema],
  ['POST', /^\/api\/me\/password$/, ok],
  ['GET', /^\/api\/setup$/, setupStatusSchema],
  ['POST', /^\/api\/setup$/, setupResultSchema],
  ['GET', /^\/api\/admin\/school$/, schoolSettingsSchema],
  ['PATCH', /^\/api\/admin\/school$/, schoolSettingsSchema],
  ['GET', /^\/api\/admin\/users$/, z.array(adminUserSchema)],
  ['POST', /^\/api\/admin\/users$/, adminUserSchema],
  ['POST', /^\/api\/admin\/users\/import$/, rosterImportResultSchema],
  ['PATCH', /^\/api\/admin\/users\/[^/]+$/, updateUserResultSchema],
  ['GET', /^\/api\/admin\/groups$/, z.array(adminGroupSchema)],
  ['POST', /^\/api\/admin\/groups$/, adminGroupSchema],
  ['PATCH', /^\/api\/admin\/groups\/[^/]+$/, adminGroupSchema],
  ['GET', /^\/api\/admin\/classes$/, z.array(adminClassSchema)],
  ['POST', /^\/api\/admin\/classes$/, adminClassSchema],
  ['GET', /^\/api\/admin\/terms$/, z.array(termSchema)],
  ['POST', /^\/api\/admin\/terms$/, termSchema],
  ['GET', /^\/api\/admin\/audit$/, z.array(auditEntrySchema)],
  ['GET', /^\/api\/admin\/terms\/[^/]+\/report$/, termReportSchema],
  ['GET', /^\/api\/templates$/, z.array(templateSummarySchema)],
  ['GET', /^\/api\/groups\/[^/]+\/members$/, z.array(groupMemberSchema)],
  ['GET', /^\/api\/groups\/[^/]+\/plan$/, z.array(guideSummarySchema)],
  ['GET', /^\/api\/groups\/[^/]+\/report$/, groupTermReportSchema],
  ['GET', /^\/api\/terms$/, z.array(termSchema)],
  ['GET', /^\/api\/groups\/[^/]+\/reflections$/, reflectionCountsSchema],
  ['GET', /^\/api\/groups\/[^/]+\/label-synonyms$/, labelSynonymsSchema],
  ['PUT', /^\/api\/groups\/[^/]+\/label-synonyms$/, labelSynonymsSchema],
  ['GET', /^\/api\/guides$/, z.array(guideSummarySchema)],
  ['POST', /^\/api\/guides$/, guideSchema],
  ['GET', /^\/api\/guides\/[^/]+$/, guideSchema],
  ['POST', /^\/api\/guides\/[^/]+\/transitions$/, guideSchema],
  ['PATCH', /^\/api\/guides\/[^/]+\/header$/, guideSchema],
  ['POST', /^\/api\/guides\/[^/]+\/copies$/, copySchema],
  ['GET', /^\/api\/guides\/[^/]+\/content$/, documentJsonSchema],
  ['GET', /^\/api\/guides\/[^/]+\/classes$/, classCopyRowsSchema],
  ['POST', /^\/api\/guides\/[^/]+\/harvest$/, harvestSchema],
  ['GET', /^\/api\/guides\/[^/]+\/harvests$/, guideHarvestsSchema],
  ['GET', /^\/api\/guides\/[^/]+\/comments$/, z.array(commentThreadSchema)],
  ['POST', /^\/api\/guides\/[^/]+\/comments$/, z.union([commentThreadSchema, commentReplySchema])],
  ['POST', /^\/api\/comments\/[^/]+\/(resolve|reopen)$/, commentThreadSchema],
  ['GET', /^\/api\/guides\/[^/]+\/suggestions$/, z.array(suggestionSchema)],
  ['POST', /^\/api\/guides\/[^/]+\/suggestions\/(accept|reject)-all$/, decideAllResultSchema],
  ['POST', /^\/api\/guides\/[^/]+\/suggestions\/[^/]+\/(accept|reject)$/, ok],
  ['GET', /^\/api\/guides\/[^/]+\/meetings$/, z.array(meetingSchema)],
  ['POST', /^\/api\/guides\/[^/]+\/meetings$/, meetingSchema],
  ['POST', /^\/api\/guides\/[^/]+\/meetings\/[^/]+\/end$/, meetingSchema],
  ['PATCH', /^\/api\/guides\/[^/]+\/meetings\/[^/]+$/, meetingSchema],
  ['GET', /^\/api\/copies\/[^/]+$/, copySchema],
  ['GET', /^\/api\/copies\/[^/]+\/content$/, documentJsonSchema],
  ['GET', /^\/api\/copies\/[^/]+\/status$/, copyStatusSchema],
  ['GET', /^\/api\/copies\/[^/]+\/incoming$/, incomingChangesSchema],
  ['GET', /^\/api\/guides\/[^/]+\/check$/, checkResultSchema],
  ['GET', /^\/api\/copies\/[^/]+\/check$/, checkResultSchema],
  ['GET', /^\/api\/groups\/[^/]+\/check-settings$/, checkSettingsSchema],
  ['PUT', /^\/api\/groups\/[^/]+\/check-settings$/, checkSettingsSchema],
  ['POST', /^\/api\/copies\/[^/]+\/pull$/, copySchema],
  ['POST', /^\/api\/copies\/[^/]+\/taught$/, copyStatusSchema],
  ['GET', /^\/api\/diff$/, documentDiffSchema],
  ['POST', /^\/api\/guides\/[^/]+\/versions\/\d+\/restore$/, restoreVersionResultSchema],
  ['GET', /^\/api\/search$/, searchResponseSchema],
  ['GET', /^\/api\/notifications$/, z.array(notificationSchema)],
  ['POST', /^\/api\/notifications\/read$/, markReadResultSchema],
  ['GET', /^\/api\/notifications\/settings$/, notificationSettingsSchema],
  ['PUT', /^\/api\/notifications\/settings$/, notificationSettingsSchema],
  ['POST', /^\/api\/import\/docx\/preview$/, importPreviewSchema],
  ['POST', /^\/api\/import\/docx$/, guideSchema],
  ['POST', /^\/api\/files$/, storedFileSchema],
  // A stored picture's bytes with its own type: a JSON success here would be outside the contract.
  ['GET', /^\/api\/files\/[^/]+$/, z.never()],
];

/** The schema a successful JSON answer of this route must match, or null for routes not listed. */
export function responseSchemaFor(method: string, url: string): z.ZodType | null {
  const path = new URL(url, 'http://localhost').pathname;
  return routes.find(([routeMethod, pattern]) => routeMethod === method && pattern.test(path))?.[2] ?? null;
}

/**
 * Checks an answer against the contract: a JSON error has the error shape, a JSON success has
 * its route's shape. Throws with the route and zod's explanation when it does not.
 */
export function checkResponse(method: string, url: string, status: number, body: unknown, isJson: boolean): void {
  if (!isJson) return;
  const schema = status >= 400 ? apiErrorSchema : responseSchemaFor(method, url);
  if (!schema) return;
  const result = schema.safeParse(body);
  if (!result.success) {
    throw new Error(`${method} ${url} answered ${status} outside the contract:\n${z.prettifyError(result.error)}\n${JSON.stringify(body).slice(0, 500)}`);
  }
}
