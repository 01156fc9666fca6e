import type { Copy } from '../../../shared/schemas/copy.ts';
import type { CopySummary } from '../../../shared/schemas/guide.ts';
import type { Access } from '../../../shared/workflow/access.ts';
import type { CopyListRow } from '../../db/repos/copies.ts';
import type { GuideDetailRow } from '../../db/repos/guides.ts';

import { copyDocName } from '../../../shared/schemas/documentName.ts';


export function presentCopySummary(row: CopyListRow): CopySummary {
  return {
    id: row.id,
    docName: copyDocName(row.id),
    guideId: row.guide_id,
    classId: row.class_id,
    className: row.class_name,
    owner: { id: row.owner_id, name: row.owner_name },
    baseVersion: row.base_version,
    createdAt: row.created_at,
  };
}

export function presentCopy(row: CopyListRow, guide: GuideDetailRow, baseVersionLabel: string, access: Access): Copy {
  return {
    ...presentCopySummary(row),
    guideTitle: guide.title,
    subject: guide.subject,
    grade: guide.grade,
    lessonType: guide.lesson_type,
    period: guide.period,
    periodMinutes: guide.period_minutes,
    baseVersionLabel,
    leadDrafter: { id: guide.lead_drafter_id, name: guide.lead_drafter_name },
    reviewer: guide.reviewer_id && guide.reviewer_name ? { id: guide.reviewer_id, name: guide.reviewer_name } : null,
    reviewedAt: guide.reviewed_at,
    access,
  };
}
