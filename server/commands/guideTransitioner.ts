import * as Y from 'yjs';
import { decideTransition, versionLabel, type Action } from '../../shared/workflow/transitions.ts';
import { authorizeGuide } from '../authorization.ts';
import { guideSchema as editorSchema } from '../../shared/editor/schema.ts';
import { listSuggestions } from '../../shared/suggestions/listSuggestions.ts';
import { guideDocName } from '../../shared/schemas/documentName.ts';
import { readDocumentJson, readDocumentState, stateToJson } from '../collab/readDocument.ts';
import { reauthorizeDocument } from '../collab/reauthorizeDocument.ts';
import { countFinalVersions, insertVersion, listGuideVersions, lockGuideRow } from '../db/repos/guides.ts';
import { findActiveMeeting } from '../db/repos/meetings.ts';
import { ApiError, notFound } from '../errors.ts';
import type { AppContext } from '../appContext.ts';
import { meetingEnder } from './meetingEnder.ts';
import { guideFindings } from '../check/guideFindings.ts';
import { findUserNames } from '../db/repos/users.ts';
import { toContractFinding } from '../../shared/schemas/check.ts';
import { draftSubmitted, finalSaved } from '../notifications/guideEvents.ts';

export interface GuideTransitionerProps {
  app: AppContext;
  guideId: string;
  actorId: string;
  action: Action;
  /** 定稿 although the 体检 has error findings: the leader's reason, kept with the version. */
  override?: { reason: string };
  /** 定稿说明 (定稿 only): what changed and why, kept with the final. */
  note?: string;
}

/**
 * Moves a guide to its next stage: checks the transition table, saves the immutable
 * version the transition calls for (Yjs state + JSON + who + when), signs a final off
 * with the leader as 审核人, and re-authorises every open connection at once.
 */
export async function guideTransitioner({ app, guideId, actorId, action, override, note }: GuideTransitionerProps): Promise<void> {
  const { db } = app.database;
  const { guide, permissions } = await authorizeGuide(db, actorId, guideId, { transition: action });
  // Allowed by the policy: the table says where the guide goes and whether a version is saved.
  const decision = decideTransition(action, guide.stage, permissions.roles);
  if (!decision.ok) throw new ApiError(decision.status, decision.code, decision.message);
  const { to, snapshot } = decision;

  const now = new Date().toISOString();
  const docName = guideDocName(guideId);
  // Teachers' updates wait while the stage changes: the version holds every update stored
  // before it, and an update refused by the new stage is never stored (see holdWrites).
  await app.persistence.holdWrites(docName, async () => {
    let checkOverride: string | null = null;
    if (action === 'finalise') {
      await refuseOpenSuggestions(app, docName);
      checkOverride = await refuseErrorFindings(app, guideId, actorId, override);
    }
    await changeStage(checkOverride);
    await reauthorizeDocument(app, docName, to, action);
  });
  await app.instanceEvents.publish({ type: 'reauthorize', documentName: docName, stage: to, action });
  // A saved version (初稿, 研讨稿, 定稿) becomes searchable.
  if (snapshot) void app.searchIndex?.index(docName);
  // Who must hear of it: the leaders of a submitted draft, the class copies of a new final.
  if (action === 'submit') await draftSubmitted(app, guideId, actorId);
  if (action === 'finalise') await finalSaved(app, guideId, actorId);
  // 结束研讨 also closes a review meeting left running.
  if (action === 'endReview') {
    const meeting = await findActiveMeeting(db, guideId);
    if (meeting) await meetingEnder({ app, guideId, meetingId: meeting.id, actorId });
  }

  /** Saves the version the transition calls for and the new stage, in one transaction. */
  async function changeStage(checkOverride: string | null) {
    await db.transaction().execute(async (transaction) => {
      // Re-check inside the transaction: two clicks on 定稿 must not save two versions.
      // The row is held for update: another instance's append to this guide (which takes a
      // share lock on it, see PgDocStore.append) waits for this transaction, so every update
      // stored before it is read below and every one after it sees the new stage.
      const current = await lockGuideRow(transaction, guideId, app.database.dialect);
      if (current?.stage !== guide.stage) {
        throw new ApiError(409, 'wrong_stage', '导学案的阶段刚刚被别人改变了，请刷新后再试');
      }
      if (snapshot) {
        const state = await versionState(app, docName);
        if (!state) throw notFound('Guide content');
        const versions = await listGuideVersions(transaction, guideId);
        const finals = await countFinalVersions(transaction, guideId);
        await insertVersion(transaction, {
          guide_id: guideId,
          number: versions.length + 1,
          label: versionLabel(snapshot, Number(finals.count)),
          kind: snapshot,
          state,
          json: JSON.stringify(stateToJson(state)),
          author_id: actorId,
          created_at: now,
          ...(snapshot === 'final' && checkOverride ? { check_override: checkOverride } : {}),
          ...(snapshot === 'final' && note?.trim() ? { note: note.trim() } : {}),
        });
      }
      await transaction
        .updateTable('guides')
        .set({
          stage: to,
          updated_at: now,
          ...(action === 'finalise' ? { reviewer_id: actorId, reviewed_at: now } : {}),
        })
        .where('id', '=', guideId)
        .execute();
    });
  }
}

/** A final is frozen: every suggestion must be accepted or rejected first. */
async function refuseOpenSuggestions(app: AppContext, docName: string) {
  const json = await readDocumentJson(app, docName);
  if (!json) return;
  const open = new Set(listSuggestions(editorSchema().nodeFromJSON(json)).map((suggestion) => suggestion.id));
  if (open.size === 0) return;
  throw new ApiError(409, 'open_suggestions', `还有 ${open.size} 条建议未处理，请逐条接受或拒绝后再定稿`, undefined, {
    count: open.size,
  });
}

/**
 * The 体检 at 定稿, read as the final will be (the leader signs as 审核): an error finding stops
 * it unless the leader gives a reason to override, which is returned to keep with the version.
 * 提交审稿 and the other steps never run the check.
 */
async function refuseErrorFindings(
  app: AppContext,
  guideId: string,
  actorId: string,
  override: { reason: string } | undefined,
): Promise<string | null> {
  const names = await findUserNames(app.database.db, [actorId]);
  const findings = await guideFindings(app, guideId, { facts: { stage: 'final', reviewer: names.get(actorId) ?? null } });
  const errors = findings.filter((finding) => finding.severity === 'error');
  if (errors.length === 0) return null;
  const reason = override?.reason.trim();
  if (reason) return reason;
  throw new ApiError(
    409,
    'check_failed',
    `体检发现 ${errors.length} 个错误：${errors[0].message}请修改后再定稿，或写明理由后定稿`,
    undefined,
    { findings: findings.map(toContractFinding) },
  );
}

/**
 * What a version saves: the open document as this instance has it, merged with the log, which
 * also holds what other instances stored (updates are idempotent, so merging is safe).
 */
async function versionState(app: AppContext, docName: string): Promise<Uint8Array | null> {
  const [open, stored] = await Promise.all([readDocumentState(app, docName), app.docStore.loadMerged(docName)]);
  const parts = [open, stored].filter((part): part is Uint8Array => part !== null);
  return parts.length === 0 ? null : Y.mergeUpdates(parts);
}
