import type { JSONContent } from '@tiptap/core';
import { edition } from '../edition/edition.ts';
import { guideBlocks, nodeText } from './guideText.ts';
import type { RawFinding } from './types.ts';

/** Wording with the teacher as subject: it belongs in a 教案, not in what students read. */
export const teacherPhrases = [
  '让学生', '使学生', '引导学生', '组织学生', '要求学生', '帮助学生', '培养学生', '指导学生',
  '教师讲解', '老师讲解', '教师点拨', '教师引导', '教师总结', '教师演示', '设计意图', '教学目标', '教学重点', '教学难点',
];

/**
 * wording.teacher: teacher wording in the 学生版 (the blocks, questions and text students
 * see; 精讲点拨 blocks for the teacher, answers and 教师复备栏 notes are left out, as in print).
 */
export function wordingTeacher(doc: JSONContent): RawFinding[] {
  return guideBlocks(edition(doc, 'student')).flatMap((block) => {
    const text = `${block.title}\n${nodeText(block.node)}`;
    const phrase = teacherPhrases.find((candidate) => text.includes(candidate));
    if (!phrase) return [];
    return [{ rule: 'wording.teacher' as const, blockId: block.id, params: { phrase, block: block.title } }];
  });
}
