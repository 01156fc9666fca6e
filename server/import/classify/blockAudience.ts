import { teacherOnlyByDefault, type Audience } from '../../../shared/editor/blockKinds.ts';
import { isTeacherLabel, type ParsedBlockLabel } from '../../../shared/import/labelMapping.ts';

/**
 * Who a block is for: teachers when its label says so (教师用, 板书设计, 教学反思), or when its kind is teacher-only
 * by default (教学反思) — unless the file is our own export, whose labels already say it.
 */
export function blockAudience(label: Pick<ParsedBlockLabel, 'kind' | 'teacherOnly' | 'title'>, fromOurExport: boolean): Audience {
  const teacher = label.teacherOnly || (!fromOurExport && (teacherOnlyByDefault.has(label.kind) || isTeacherLabel(label.title)));
  return teacher ? 'teacher' : 'all';
}
