import type { CopySummary, Guide, GuideSummary } from '../../../shared/schemas/guide.ts';
import type { GuideDetailRow } from '../../db/repos/guides.ts';
import type { GuidePermissions } from '../../authorization.ts';
import type { VersionKind } from '../../../shared/workflow/transitions.ts';

import { guideDocName } from '../../../shared/schemas/documentName.ts';
import { parseStoredGuideHeader } from '../../../shared/schemas/guideHeader.ts';


export function presentGuideSummary(
  row: GuideDetailRow,
  latestVersion: GuideSummary['latestVersion'],
): GuideSummary {
  return {
    id: row.id,
    title: row.title,
    stage: row.stage as GuideSummary['stage'],
    docName: guideDocName(row.id),
    groupName: row.group_name,
    subject: row.subject,
    grade: row.grade,
    lessonType: row.lesson_type as GuideSummary['lessonType'],
    period: row.period,
    dueDate: row.due_date,
    termId: row.term_id,
    // Lists and the term plan name the teacher the lesson is assigned to.
    leadDrafter: { id: row.lead_drafter_id, name: row.lead_drafter_name },
    updatedAt: row.updated_at,
    latestVersion,
  };
}

export interface GuidePresentation {
  versions: {
    number: number;
    label: string;
    kind: string;
    created_at: string;
    author_id: string;
    author_name: string;
    check_override?: string | null;
    note?: string | null;
  }[];
  copies: CopySummary[];
  permissions: GuidePermissions;
}

export function presentGuide(row: GuideDetailRow, { versions, copies, permissions }: GuidePresentation): Guide {
  // The guide's version is the newest its workflow saved: a 恢复前 only keeps what a restore replaced.
  const latest = versions.filter((version) => version.kind !== 'restorePoint').at(-1);
  return {
    ...presentGuideSummary(row, latest ? { number: latest.number, label: latest.label, kind: latest.kind as VersionKind } : null),
    // The guide itself names the 主备人 its header prints: the header's own when it gives one (read from the Word file or typed in).
    leadDrafter: { id: row.lead_drafter_id, name: parseStoredGuideHeader(row.header_fields).leadDrafter ?? row.lead_drafter_name },
    groupId: row.group_id,
    unit: row.unit,
    periodMinutes: row.period_minutes,
    templateId: row.template_id,
    reviewer: presentReviewer(row),
    header: parseStoredGuideHeader(row.header_fields),
    reviewedAt: row.reviewed_at,
    createdAt: row.created_at,
    versions: versions.map((version) => ({
      number: version.number,
      label: version.label,
      kind: version.kind as VersionKind,
      author: { id: version.author_id, name: version.author_name },
      createdAt: version.created_at,
      checkOverride: version.check_override ?? null,
      note: version.note ?? null,
    })),
    copies,
    myRoles: permissions.roles.filter((role) => role !== 'outsider') as Guide['myRoles'],
    access: permissions.access,
    actions: permissions.actions,
  };
}

/** Who signed the guide off; before the sign-off, the 审核人 its header names (a name as printed, no account). */
function presentReviewer(row: GuideDetailRow): Guide['reviewer'] {
  if (row.reviewer_id && row.reviewer_name) return { id: row.reviewer_id, name: row.reviewer_name };
  const printed = parseStoredGuideHeader(row.header_fields).reviewer;
  return printed ? { id: null, name: printed } : null;
}
