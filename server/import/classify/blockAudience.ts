import { teacherOnlyByDefault, type Audience } from '../../../shared/editor/blockKinds.ts';
import type { ParsedBlockLabel } from '../../../shared/import/labelMapping.ts';

/**
 * Who a block is for: teachers when its label says so (教师用), or when its kind is teacher-only
 * by default (教学反思) — unless the file is our own export, whose labels already say it.
 */
export function blockAudience(label: Pick<ParsedBlockLabel, 'kind' | 'teacherOnly'>, fromOurExport: boolean): Audience {
  const teacher = label.teacherOnly || (!fromOurExport && teacherOnlyByDefault.has(label.kind));
  return teacher ? 'teacher' : 'all';
}
