import { describe, expect, it } from 'vitest';
import { blockHeading, sectionNumbers } from '../../shared/edition/blockHeading.ts';
import { edition, type EditionKind } from '../../shared/edition/edition.ts';
import { block, doc, para } from '../helpers/guideBuilders.ts';

const guide = doc(
  block('b1', 'objectives', [para('能说出一次函数的定义')], { title: '学习目标', minutes: 2 }),
  block('b2', 'selfStudy', [para('阅读教材')], { title: '自主学习', minutes: 10 }),
  block('b3', 'teacherInput', [para('强调 k≠0')], { title: '精讲点拨', minutes: 5, audience: 'teacher' }),
  block('b4', 'check', [para('完成练习')], { title: '当堂检测', minutes: 8 }),
);

/** The printed headings of one edition, as the print preview and the Word export write them. */
function headings(kind: EditionKind): string[] {
  const printed = edition(guide, kind).content ?? [];
  const numbers = sectionNumbers(printed);
  return printed.map((entry, index) =>
    blockHeading({ number: numbers[index] ?? null, title: String(entry.attrs?.title), minutes: (entry.attrs?.minutes as number | null) ?? null }),
  );
}

describe('section numbers of the printed editions', () => {
  it('numbers a section the same in the 学生版 and the 教师版; a teacher-only block has no number', () => {
    expect(headings('student')).toEqual(['一、学习目标（2分钟）', '二、自主学习（10分钟）', '三、当堂检测（8分钟）']);
    expect(headings('teacher')).toEqual(['一、学习目标（2分钟）', '二、自主学习（10分钟）', '精讲点拨（5分钟）', '三、当堂检测（8分钟）']);
  });
});
