import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkGuide } from '../../shared/check/checkGuide.ts';
import { guideFromTemplate } from '../../shared/editor/guideFromTemplate.ts';
import { normaliseGuideJson } from '../../shared/editor/schema.ts';
import { templateSchema } from '../../shared/schemas/template.ts';
import { corpusGuide, englishGuide, mathGuide } from '../fixtures/check/guides.ts';

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

describe('the whole check on guides of other subjects (import corpus)', () => {
  test('欧姆定律 (物理 新授课, 九年级, a 主备 draft): the findings a reviewer would write in the margin', () => {
    const { content, facts } = corpusGuide('corpus_04_physics_9_oumudingli');
    expect(summary(checkGuide(content, facts).findings)).toEqual([
      // The goals stop at 重点/难点/课型: three goals, all with 归纳/说出/写出/用.
      // No check item asks for the quantities' meaning and units or the rearranged formula.
      'warning objectives.unchecked: 目标2“说出欧姆定律公式中各物理量的意义…”在当堂检测中没有对应的题。在当堂检测中为每条目标至少出一道题。',
      // The table task asks one thing (write the conclusions); the second task asks and wants reasons.
      'warning mutual.layers: 「合作探究」的任务1“下面是某小组探究电流与电压、电阻…”只有一个问题。拆成至少两个由浅入深的问题，或加“提示”式的铺垫问题。',
      // The school tiers its checks; none of these four items is tiered.
      'warning check.tier: 「当堂检测」有 4 道题没有分层。为每道题标上层次（A / B / C）。',
      // A student edition: no answers for the teacher yet.
      'warning answers.missing: 「当堂检测」有 4 道题在教师版中没有答案。为每道题填写答案（只在教师版显示）。',
    ]);
  });

  test('短歌行 (语文 新授课, 高一, a 教师版 with answers typed inline): vague goals, one single-question inquiry', () => {
    const { content, facts } = corpusGuide('corpus_06_yuwen_gz_duangexing');
    expect(summary(checkGuide(content, facts).findings)).toEqual([
      // 理解…把握 and 认识 cannot be observed; 学会鉴赏 can (鉴赏 is a 课标 verb). ☆预习案☆ is a label, not a goal.
      'warning objectives.verbs: 目标1“理解诗人“忧”的丰富内涵，把握诗…”没有可观察的行为动词（只有“理解”）。改用说出、写出、解释、运用等能看到学生做到的动词。',
      'warning objectives.verbs: 目标3“结合时代背景，全面认识曹操其人。”没有可观察的行为动词（只有“认识”）。改用说出、写出、解释、运用等能看到学生做到的动词。',
      // Nothing in the check is about 曹操 or his times.
      'warning objectives.unchecked: 目标3“结合时代背景，全面认识曹操其人。”在当堂检测中没有对应的题。在当堂检测中为每条目标至少出一道题。',
      // 探究一 asks and wants evidence, 探究三 asks two things; 探究二 asks one question.
      'warning mutual.layers: 「合作探究」的任务2““青青子衿，悠悠我心”“呦呦鹿鸣…”只有一个问题。拆成至少两个由浅入深的问题，或加“提示”式的铺垫问题。',
      'warning check.tier: 「当堂检测」有 3 道题没有分层。为每道题标上层次（A / B / C）。',
      // The answers are typed into the items' text (they would print in the 学生版): they belong in the answer field.
      'warning answers.missing: 「当堂检测」有 3 道题在教师版中没有答案。为每道题填写答案（只在教师版显示）。',
      'info space.doubts: 学生版没有留写“我的疑惑”或学后反思的地方。在自主学习后加“我的疑惑：____”，或添加学后反思模块。',
    ]);
  });

  test('从种到界 (生物 新授课, 八年级): goals found under 【感悟学习目标】 in the opening block, seven of them', () => {
    const { content, facts } = corpusGuide('corpus_09_bio_8s_congzhongdaojie');
    expect(summary(checkGuide(content, facts).findings)).toEqual([
      // 知识目标 3 + 能力目标 2 + 情感目标 2: too many for one lesson (the 情感 goals are not judged for verbs).
      'warning objectives.count: 学习目标有 7 条，不在 2–5 条之间。合并或删去次要目标，一节课聚焦几条。',
      'warning objectives.verbs: 目标3“知道种是最基本的分类单位。”没有可观察的行为动词（只有“知道”）。改用说出、写出、解释、运用等能看到学生做到的动词。',
      // Only a 自主学习 block: no group task and no check in class.
      'warning blocks.required: 新授课缺少「合作探究」环节。添加「合作探究」模块（若已有，请把它设为对应的模块类型）。',
      'warning blocks.required: 新授课缺少「当堂检测」环节。添加「当堂检测」模块（若已有，请把它设为对应的模块类型）。',
    ]);
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
