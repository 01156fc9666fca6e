import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkGuide } from '../../shared/check/checkGuide.ts';
import { guideFromTemplate } from '../../shared/editor/guideFromTemplate.ts';
import { normaliseGuideJson } from '../../shared/editor/schema.ts';
import { templateSchema } from '../../shared/schemas/template.ts';
import { englishGuide, mathGuide } from '../fixtures/check/guides.ts';

/**
 * The whole check on real guides: the findings an experienced 备课组长 would point out, each
 * with the reason it is right, and nothing else.
 */
function summary(findings: { rule: string; severity: string; message: string }[]) {
  return findings.map((finding) => `${finding.severity} ${finding.rule}: ${finding.message}`);
}

describe('the whole check on the fixture guides', () => {
  test('19.2.2 一次函数 (数学 新授课, 八年级): a well-made guide; only its answers are missing', () => {
    const { content, facts } = mathGuide();
    expect(summary(checkGuide(content, facts).findings)).toEqual([
      // It is the 学生版: a teacher finalising it needs the answers for the 教师版.
      'warning answers.missing: 「当堂检测」有 3 道题在教师版中没有答案。为每道题填写答案（只在教师版显示）。',
    ]);
    // Left unsaid, rightly: two objectives with 说出 / 写出, each checked (正比例函数, 解析式);
    // 45 minutes in a 45-minute lesson; 释疑点拨 at the 10-minute limit and teacher-only;
    // 探究1 asks and hints, 探究2 has (1)(2); tiers A/A/B; 我的疑惑 and 学后反思 present.
  });

  test('Unit 6 复习 (英语 复习课, 七年级): a vocabulary worksheet with goals the check does not test', () => {
    const { content, facts } = englishGuide();
    expect(summary(checkGuide(content, facts).findings)).toEqual([
      // “复习并掌握 there be 句型”: 掌握 cannot be observed (能用 there be 句型描述… can).
      'warning objectives.verbs: 目标1“复习并掌握 there be 句…”没有可观察的行为动词（只有“掌握”）。改用说出、写出、解释、运用等能看到学生做到的动词。',
      // The check is a fill-in and a 问路 dialogue: there be, 方位介词, 交通 and 祈使句 get no item.
      'warning objectives.unchecked: 目标1、2、4、5在当堂检测中没有对应的题。在当堂检测中为每条目标至少出一道题。',
      // Four sections of fill-ins (词汇拓展, 英汉词组互译, 辨析填空) and almost no guidance.
      'warning balance.exercises: 学生版中练习占 81%（13 处填空或选择，引导和开放问题只有 3 处），读起来像试卷。补充学法指导、探究问题或“想一想、说一说”等引导。',
      // Group work is only "交流订正"; no task for the groups to work out together.
      'warning blocks.required: 复习课缺少「合作探究」环节。添加「合作探究」模块（若已有，请把它设为对应的模块类型）。',
      // Student edition: no answers for the teacher.
      'warning answers.missing: 「当堂检测」有 2 道题在教师版中没有答案。为每道题填写答案（只在教师版显示）。',
    ]);
  });

  test('at 定稿 the header is complete once the leader signs as 审核', () => {
    const { content, facts } = mathGuide();
    const rules = (reviewer: string | null) =>
      checkGuide(content, { ...facts, stage: 'final', reviewer }).findings.map((finding) => finding.rule);
    expect(rules(null)).toContain('header.incomplete');
    expect(rules('王磊')).not.toContain('header.incomplete');
  });
});

describe('the whole check on each template', () => {
  const dir = new URL('../../templates/', import.meta.url);
  const templates = readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .map((file) => templateSchema.parse(JSON.parse(readFileSync(new URL(file, dir), 'utf8'))));

  test.each(templates.map((template) => [template.id, template] as const))(
    '%s: a fresh guide only lacks its objectives (its empty questions are not judged yet)',
    (_id, template) => {
      const content = normaliseGuideJson(guideFromTemplate(template));
      const grade = template.periodMinutes === 40 ? 3 : 8;
      const { findings } = checkGuide(content, { grade, lessonType: template.lessonType, stage: 'drafting', leadDrafter: '李芳', reviewer: null });
      expect(findings.map((finding) => [finding.rule, finding.severity])).toEqual([['objectives.missing', 'error']]);
    },
  );
});
