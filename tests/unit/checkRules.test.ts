import { describe, expect, test } from 'vitest';
import type { JSONContent } from '@tiptap/core';
import { checkGuide } from '../../shared/check/checkGuide.ts';
import { answersMissing, checkTier } from '../../shared/check/checkItems.ts';
import { balanceExercises } from '../../shared/check/balanceExercises.ts';
import { blocksRequired } from '../../shared/check/blocksRequired.ts';
import { headerIncomplete } from '../../shared/check/headerIncomplete.ts';
import { findingText } from '../../shared/check/messages.ts';
import { mutualLayers, questionCount, questionLevel } from '../../shared/check/mutualLayers.ts';
import { objectivesCount, objectivesMissing, objectivesUnchecked, objectivesVerbs } from '../../shared/check/objectives.ts';
import { defaultCheckSettings, lessonMinutesFor, withSettings } from '../../shared/check/settings.ts';
import { spaceDoubts } from '../../shared/check/spaceDoubts.ts';
import { timeModel, timeOverrun } from '../../shared/check/time.ts';
import { ruleIds } from '../../shared/check/types.ts';
import { wordingTeacher } from '../../shared/check/wordingTeacher.ts';
import { blockOf, englishGuide, mathGuide, orderedList, paragraph, question } from '../fixtures/check/guides.ts';

const settings = defaultCheckSettings;

function withoutBlocks(doc: JSONContent, kind: string): JSONContent {
  return { ...doc, content: (doc.content ?? []).filter((node) => node.type !== kind) };
}

describe('objectives.missing', () => {
  test('the math guide states two objectives: nothing to say', () => {
    expect(objectivesMissing(mathGuide().content)).toEqual([]);
  });

  test('an objectives block left empty is found, on that block', () => {
    const { content } = mathGuide();
    const objectives = blockOf(content, 'objectives');
    objectives.content = [paragraph('')];
    expect(objectivesMissing(content)).toEqual([{ rule: 'objectives.missing', blockId: objectives.attrs?.id, params: { hasBlock: 1 } }]);
  });

  test('a guide without an objectives block is found, for the whole guide', () => {
    const findings = objectivesMissing(withoutBlocks(mathGuide().content, 'objectives'));
    expect(findings.map((finding) => [finding.rule, finding.blockId])).toEqual([['objectives.missing', null]]);
  });

  test('a list label such as （Revision Goals） is not an objective', () => {
    const { content } = englishGuide();
    blockOf(content, 'objectives').content = [paragraph('（Revision Goals）')];
    expect(objectivesMissing(content)).toHaveLength(1);
  });
});

describe('objectives.count', () => {
  test('two (math) and five (English) objectives are within 2–5', () => {
    expect(objectivesCount(mathGuide().content, settings)).toEqual([]);
    expect(objectivesCount(englishGuide().content, settings)).toEqual([]);
  });

  test('a sixth objective is one too many', () => {
    const { content } = englishGuide();
    const list = blockOf(content, 'objectives').content?.find((node) => node.type === 'orderedList');
    list?.content?.push({ type: 'listItem', content: [paragraph('能用英语写一张去学校的路线说明。')] });
    expect(objectivesCount(content, settings)).toEqual([
      { rule: 'objectives.count', blockId: blockOf(content, 'objectives').attrs?.id, params: { count: 6, min: 2, max: 5 } },
    ]);
  });

  test('a single objective is too few', () => {
    const { content } = mathGuide();
    blockOf(content, 'objectives').content = [orderedList(['能说出一次函数的定义，并说明一次函数与正比例函数之间的联系；'])];
    expect(objectivesCount(content, settings).map((finding) => finding.params.count)).toEqual([1]);
  });

  test('objectives written as numbered paragraphs count one each', () => {
    const { content } = mathGuide();
    blockOf(content, 'objectives').content = [
      paragraph('1. 能说出一次函数的定义，并说明一次函数与正比例函数之间的联系；'),
      paragraph('2. 能根据实际问题中的数量关系写出一次函数解析式，解决简单的实际问题。'),
    ];
    expect(objectivesCount(content, settings)).toEqual([]);
    blockOf(content, 'objectives').content = [paragraph('1. 能说出一次函数的定义；2. 能写出一次函数解析式；3. 能解决简单的实际问题；4. 能画出图象；5. 能求出k；6. 能判断增减性。')];
    expect(objectivesCount(content, settings).map((finding) => finding.params.count)).toEqual([6]);
  });
});

describe('objectives.verbs', () => {
  test('说出 / 写出 (math) are observable: nothing to say', () => {
    expect(objectivesVerbs(mathGuide().content)).toEqual([]);
  });

  test('“复习并掌握 there be 句型” has only the bare 掌握: found, the others use 使用 / 谈论 / 运用', () => {
    const findings = objectivesVerbs(englishGuide().content);
    expect(findings.map((finding) => [finding.params.number, finding.params.vague])).toEqual([[1, '掌握']]);
  });

  test('了解 / 理解 without an observable verb', () => {
    const { content } = mathGuide();
    blockOf(content, 'objectives').content = [orderedList(['了解一次函数的概念；', '理解一次函数与正比例函数的关系。'])];
    expect(objectivesVerbs(content).map((finding) => finding.params.vague)).toEqual(['了解', '理解']);
  });

  test('goals of attitude (增强规则意识) are not judged; goals stated in English are', () => {
    const { content } = englishGuide();
    blockOf(content, 'objectives').content = [
      orderedList(['增强交通安全意识，愿意遵守交通规则。', 'To talk about the way to the post office.', 'To learn about traffic signs.']),
    ];
    expect(objectivesVerbs(content).map((finding) => finding.params.number)).toEqual([3]);
  });

  test('the goals end where 重点 / 难点 or the next 【section】 begins', () => {
    const { content } = mathGuide();
    blockOf(content, 'objectives').content = [
      paragraph('能说出一次函数的定义；'),
      paragraph('能写出一次函数解析式。'),
      paragraph('重点：理解一次函数的概念。'),
      paragraph('【课题导入】问题引入（1分钟）'),
    ];
    expect(objectivesVerbs(content)).toEqual([]);
    expect(objectivesCount(content, settings)).toEqual([]);
  });

  test('能用英语… counts as observable', () => {
    const { content } = englishGuide();
    blockOf(content, 'objectives').content = [orderedList(['能用英语问路、指路。', '能用 there be 句型描述房间。'])];
    expect(objectivesVerbs(content)).toEqual([]);
  });
});

describe('objectives.unchecked', () => {
  test('math: 正比例函数 and 解析式 are both in the check: nothing to say', () => {
    expect(objectivesUnchecked(mathGuide().content)).toEqual([]);
  });

  test('English: only objective 3 (问路、指路) has a check item; 1, 2, 4 and 5 have none', () => {
    const [finding] = objectivesUnchecked(englishGuide().content);
    expect(finding.params).toMatchObject({ numbers: '1、2、4、5', count: 4 });
  });

  test('math: without the 油箱 item no item asks for a 解析式, so objective 2 is unchecked', () => {
    const { content } = mathGuide();
    const check = blockOf(content, 'check');
    check.content = (check.content ?? []).filter((node) => !JSON.stringify(node).includes('油箱'));
    expect(objectivesUnchecked(content).map((finding) => finding.params.numbers)).toEqual(['2']);
  });

  test('no judgement without check items (blocks.required says the check is missing)', () => {
    expect(objectivesUnchecked(withoutBlocks(englishGuide().content, 'check'))).toEqual([]);
  });
});

describe('wording.teacher', () => {
  test('the math guide’s teacher wording (教师针对…点拨) is in the teacher-only 释疑点拨: nothing to say', () => {
    const { content } = mathGuide();
    expect(JSON.stringify(blockOf(content, 'teacherInput'))).toContain('教师针对');
    expect(wordingTeacher(content)).toEqual([]);
  });

  test('the same block shown to students is found', () => {
    const { content } = mathGuide();
    const block = blockOf(content, 'teacherInput');
    block.attrs = { ...block.attrs, audience: 'all' };
    block.content = [paragraph('让学生针对展示中暴露的共性问题交流：k≠0 的必要性；自变量次数为1。')];
    expect(wordingTeacher(content)).toEqual([
      { rule: 'wording.teacher', blockId: block.attrs.id, params: { phrase: '让学生', block: '释疑点拨' } },
    ]);
  });

  test('设计意图 in a student block is found; answers are not read', () => {
    const { content } = mathGuide();
    const mutual = blockOf(content, 'mutualLearning');
    mutual.content?.push(paragraph('设计意图：通过登山情境体会一次函数的模型作用。'));
    expect(wordingTeacher(content).map((finding) => finding.params.phrase)).toEqual(['设计意图']);
    mutual.content?.pop();
    mutual.content?.push(question('登高 1 km 时气温是多少？', { answer: '设计意图：巩固。9℃' }));
    expect(wordingTeacher(content)).toEqual([]);
  });
});

describe('balance.exercises', () => {
  test('the English review is a list of fill-ins with little guidance: reads like a 试卷', () => {
    const findings = balanceExercises(englishGuide().content);
    expect(findings).toHaveLength(1);
    expect(findings[0].params).toMatchObject({ exercises: 13, guidance: 3 });
  });

  test('the math guide mixes fill-ins with guidance and inquiry: nothing to say', () => {
    expect(balanceExercises(mathGuide().content)).toEqual([]);
  });

  test('the English review with a 学法指导 and an inquiry task added is balanced', () => {
    const { content } = englishGuide();
    content.content?.splice(1, 0, {
      type: 'method',
      attrs: { id: 'm1', title: '学法指导' },
      content: [
        paragraph('先独立完成一至三题，再对照课本第31—36页自查订正。'),
        paragraph('错误较多的单词抄写三遍，并在小组内互相听写。'),
      ],
    });
    content.content?.splice(5, 0, {
      type: 'mutualLearning',
      attrs: { id: 'ml1', title: '合作探究' },
      content: [
        question('观察课本的街区图，说说从学校到邮局有几种走法？哪一种最近？'),
        question('讨论：问路时怎样说才有礼貌？列出三种说法。'),
      ],
    });
    expect(balanceExercises(content)).toEqual([]);
  });
});

describe('mutual.layers', () => {
  test('math: 探究1 asks and hints (two questions), 探究2 has (1)(2): nothing to say', () => {
    expect(mutualLayers(mathGuide().content)).toEqual([]);
  });

  test('探究1 without its 提示 asks one question: found', () => {
    const { content } = mathGuide();
    const mutual = blockOf(content, 'mutualLearning');
    const first = mutual.content?.find((node) => node.type === 'question');
    if (!first) throw new Error('no question');
    first.content = [paragraph('探究1：若 y = (m − 2)x^{|m|−1} + 3 是关于 x 的一次函数，求 m 的值。')];
    expect(mutualLayers(content)).toEqual([
      { rule: 'mutual.layers', blockId: mutual.attrs?.id, params: { task: 1, text: '若 y = (m − 2)x^{…', block: '合作探究' } },
    ]);
  });

  test('tasks under headings gather the questions that follow', () => {
    const { content } = mathGuide();
    const mutual = blockOf(content, 'mutualLearning');
    mutual.content = [
      paragraph('探究1：'),
      question('写出登高 x km 时的气温 y 与 x 的函数解析式。'),
      question('登高 0.5 km 时气温是多少？'),
      paragraph('探究2：'),
      question('它是一次函数吗？'),
    ];
    expect(mutualLayers(content).map((finding) => finding.params.task)).toEqual([2]);
  });

  test('question counting', () => {
    expect(questionCount('(1) 写出 y 与 x 的函数解析式；它是一次函数吗？(2) 登高 0.5 km 时气温是多少？')).toBe(3);
    expect(questionCount('若 y 是关于 x 的一次函数，求 m 的值。提示：一次函数要同时满足哪两个条件？')).toBe(2);
    expect(questionCount('阅读课文，完成表格。')).toBe(0);
  });

  test('a task whose questions only read off the text never climbs: found, until a question asks why', () => {
    const { content } = mathGuide();
    const mutual = blockOf(content, 'mutualLearning');
    mutual.content = [
      paragraph('探究1：'),
      question('（1）找出课文中描写春天的句子。（2）圈出文中的比喻句。（3）写出作者笔下春天的三幅图景。'),
    ];
    expect(mutualLayers(content)).toEqual([
      { rule: 'mutual.layers', blockId: mutual.attrs?.id, params: { task: 1, text: '（1）找出课文中描写春天的句子。…', block: '合作探究', shape: 'flat' } },
    ]);
    expect(findingText(mutualLayers(content)[0], 'zh-CN').reason).toContain('没有由浅入深');
    mutual.content.push(question('（4）这些句子表达了作者怎样的情感？为什么？'));
    expect(mutualLayers(content)).toEqual([]);
  });

  test('question levels: reading off, explaining or applying, generalising; 是多少 does not tell', () => {
    expect(['写出 y 与 x 的函数解析式。', '找出文中的比喻句。'].map(questionLevel)).toEqual([1, 1]);
    expect(['它是一次函数吗？', '为什么说这是一次函数？', '求 m 的值。'].map(questionLevel)).toEqual([2, 2, 2]);
    expect(['归纳一次函数的定义。', '你能设计一个实验验证它吗？'].map(questionLevel)).toEqual([3, 3]);
    expect(questionLevel('登高 0.5 km 时气温是多少？')).toBeNull();
  });

  test('a template’s empty questions are not tasks yet', () => {
    const { content } = mathGuide();
    blockOf(content, 'mutualLearning').content = [paragraph('探究1：'), question(''), paragraph('探究2：'), question('')];
    expect(mutualLayers(content)).toEqual([]);
  });
});

describe('time.overrun', () => {
  test('math: 5 + 10 + 10 + 10 + 8 + 2 = 45 minutes in a grade-8 lesson of 45: fits', () => {
    const { content, facts } = mathGuide();
    expect(timeOverrun(content, facts, settings)).toEqual([]);
  });

  test('the same guide in grade 5 (40-minute lessons) runs over by 5', () => {
    const { content, facts } = mathGuide();
    const [finding] = timeOverrun(content, { ...facts, grade: 5 }, settings);
    expect(finding.params).toMatchObject({ total: 45, lesson: 40, over: 5 });
  });

  test('raising 合作探究 to 20 minutes runs over and points at that block', () => {
    const { content, facts } = mathGuide();
    const mutual = blockOf(content, 'mutualLearning');
    mutual.attrs = { ...mutual.attrs, minutes: 20 };
    expect(timeOverrun(content, facts, settings)).toEqual([
      { rule: 'time.overrun', blockId: mutual.attrs.id, params: { total: 55, lesson: 45, over: 10, block: '合作探究', minutes: 20 } },
    ]);
  });

  test('lesson length by grade: 40 in grades 1–6, 45 from grade 7', () => {
    expect([1, 6, 7, 9, 12].map((grade) => lessonMinutesFor(settings, grade))).toEqual([40, 40, 45, 45, 45]);
  });
});

describe('time.model', () => {
  test('math: 释疑点拨 takes 10 minutes, the most the 10+35 model allows', () => {
    expect(timeModel(mathGuide().content, settings)).toEqual([]);
  });

  test('12 minutes of teacher input is too much', () => {
    const { content } = mathGuide();
    const teacher = blockOf(content, 'teacherInput');
    teacher.attrs = { ...teacher.attrs, minutes: 12 };
    expect(timeModel(content, settings)).toEqual([
      { rule: 'time.model', blockId: teacher.attrs.id, params: { kind: 'teacher', minutes: 12, limit: 10 } },
    ]);
  });

  test('a school asking for 15 minutes of practice: the 8-minute check is short; off by default', () => {
    const school = withSettings({ model: { teacherMaxMinutes: 10, practiceMinMinutes: 15, practiceKinds: ['check', 'extension'] } });
    expect(timeModel(mathGuide().content, school).map((finding) => finding.params)).toEqual([
      { kind: 'practice', minutes: 8, limit: 15, blocks: '当堂检测、拓展提升' },
    ]);
  });
});

describe('check.tier', () => {
  test('math (A, A, B) and English (A, B) tier every item: nothing to say', () => {
    expect(checkTier(mathGuide().content, settings)).toEqual([]);
    expect(checkTier(englishGuide().content, settings)).toEqual([]);
  });

  test('an item added without a tier is found; not where the school does not tier', () => {
    const { content } = mathGuide();
    const check = blockOf(content, 'check');
    check.content?.push(question('一次函数 y = 3x − 2 中，当 x = 1 时，y = ____。'));
    expect(checkTier(content, settings).map((finding) => finding.params.count)).toEqual([1]);
    expect(checkTier(content, withSettings({ tiering: { required: false, marks: [] } }))).toEqual([]);
  });

  test('a mark the school does not use', () => {
    const { content } = mathGuide();
    const school = withSettings({ tiering: { required: true, marks: ['基础', '提高', '拓展'] } });
    expect(checkTier(content, school).map((finding) => finding.params.unknown)).toEqual(['A、B']);
  });
});

describe('blocks.required', () => {
  test('math 新授课 has 自主学习, 合作探究 and 当堂检测', () => {
    const { content, facts } = mathGuide();
    expect(blocksRequired(content, facts, settings)).toEqual([]);
  });

  test('the English 复习课 has no 合作探究 block (辨析填空 is an ordinary section)', () => {
    const { content, facts } = englishGuide();
    expect(blocksRequired(content, facts, settings).map((finding) => finding.params.kind)).toEqual(['mutualLearning']);
  });

  test('every required block of a 课型 is in every template of that 课型', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const dir = new URL('../../templates/', import.meta.url);
    for (const file of readdirSync(dir)) {
      const template = JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as { lessonType: keyof typeof settings.requiredBlocks; blocks: { kind: string }[] };
      const kinds = new Set(template.blocks.map((block) => block.kind));
      expect(settings.requiredBlocks[template.lessonType].filter((kind) => !kinds.has(kind)), file).toEqual([]);
    }
  });
});

describe('space.doubts', () => {
  test('math has 我的疑惑 and 学后反思; English has its 自我评价 reflection block', () => {
    expect(spaceDoubts(mathGuide().content)).toEqual([]);
    expect(spaceDoubts(englishGuide().content)).toEqual([]);
  });

  test('without the reflection block and the 我的疑惑 line there is no room left', () => {
    const { content } = mathGuide();
    const trimmed = withoutBlocks(withoutBlocks(content, 'reflection'), 'summary');
    const selfStudy = blockOf(trimmed, 'selfStudy');
    selfStudy.content = (selfStudy.content ?? []).filter((node) => !JSON.stringify(node).includes('我的疑惑'));
    blockOf(trimmed, 'method').content = [paragraph('先独立阅读教材第89—90页，完成“自主学习”。')];
    expect(spaceDoubts(trimmed)).toEqual([{ rule: 'space.doubts', blockId: selfStudy.attrs?.id, params: {} }]);
  });
});

describe('header.incomplete', () => {
  test('before 定稿 nobody has signed yet: nothing to say', () => {
    expect(headerIncomplete(mathGuide().facts)).toEqual([]);
  });

  test('a final without 审核 is found; with 主备 and 审核 it is complete', () => {
    const { facts } = mathGuide();
    expect(headerIncomplete({ ...facts, stage: 'final' })).toEqual([
      { rule: 'header.incomplete', blockId: null, params: { fields: 'reviewer' } },
    ]);
    expect(headerIncomplete({ ...facts, stage: 'final', reviewer: '王磊' })).toEqual([]);
  });
});

describe('answers.missing', () => {
  test('both fixtures are student editions: their check items have no answers', () => {
    expect(answersMissing(mathGuide().content).map((finding) => finding.params.count)).toEqual([3]);
    expect(answersMissing(englishGuide().content).map((finding) => finding.params.count)).toEqual([2]);
  });

  test('answers written (an answer node, or every blank filled) leave nothing to say', () => {
    const { content } = mathGuide();
    const check = blockOf(content, 'check');
    check.content = [
      question('下列说法正确的是（　）A. 一次函数一定是正比例函数　B. 正比例函数一定是一次函数', { tier: 'A', answer: 'B' }),
      {
        type: 'question',
        attrs: { tier: 'A' },
        content: [{ type: 'paragraph', content: [{ type: 'text', text: '已知 y = (k+1)x + k² − 1 是正比例函数，则 k = ' }, { type: 'blank', attrs: { answer: '1' } }] }],
      },
    ];
    expect(answersMissing(content)).toEqual([]);
  });
});

describe('checkGuide', () => {
  test('severities and settings: a rule switched off or made an error', () => {
    const { content, facts } = englishGuide();
    const school = withSettings({ rules: { 'answers.missing': { enabled: false }, 'balance.exercises': { severity: 'error' } } });
    const findings = checkGuide(content, facts, school).findings;
    expect(findings.some((finding) => finding.rule === 'answers.missing')).toBe(false);
    expect(findings[0]).toMatchObject({ rule: 'balance.exercises', severity: 'error', blockId: null });
  });

  test('every rule has words in Chinese and in English', () => {
    for (const rule of ruleIds) {
      for (const language of ['zh-CN', 'en']) {
        const text = findingText({ rule, params: { count: 2, fields: 'reviewer', kind: 'practice', blocks: '当堂检测' } }, language);
        expect(text.reason.length, `${rule} ${language}`).toBeGreaterThan(5);
        expect(text.fix.length, `${rule} ${language}`).toBeGreaterThan(5);
      }
    }
  });
});
