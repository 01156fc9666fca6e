import { describe, expect, it } from 'vitest';
import type { BlockKind } from '../../shared/editor/blockKinds.ts';
import { defaultLabelSynonyms } from '../../shared/import/labelMapping.ts';
import type { ClassifiedElement, ClassifyContext } from '../../server/import/classify/classifiedElement.ts';
import { classifySourceElement } from '../../server/import/classify/classifySourceElement.ts';
import { plainText, type SourceParagraph } from '../../server/import/sourceElements.ts';

// The lines are those of the Word fixtures (tests/fixtures/guides/01_math_rj8x_yicihanshu_student,
// 04_english_7x_unit6_review, and the import corpus's 05 化学 and 14 英语 guides), as the reader gives them.

function line(text: string, options: Partial<SourceParagraph> = {}): SourceParagraph {
  const base: SourceParagraph = {
    type: 'paragraph',
    segments: [{ text }],
    headingLevel: null,
    styleName: null,
    list: null,
    indented: false,
    centered: false,
    bookmarks: [],
    ruledLine: false,
  };
  return { ...base, ...options };
}

function inBlock(blockKind: BlockKind | null, options: Partial<ClassifyContext> = {}): ClassifyContext {
  return {
    blockKind,
    questionOpen: false,
    parenQuestionOpen: false,
    lastNumber: null,
    answerKey: false,
    blockEmpty: false,
    blockForm: null,
    innerNumbered: false,
    fromOurExport: false,
    synonyms: defaultLabelSynonyms,
    nextLineText: () => '',
    ...options,
  };
}

/** The text a classified line keeps, when it keeps any. */
function textOf(element: ClassifiedElement): string | null {
  return 'segments' in element ? plainText(element) : null;
}

describe('the Word import classifier', () => {
  it('takes header fields and title lines before the first block, and drops empty lines', () => {
    const header = classifySourceElement(
      line('课题：19.2.2 一次函数（第1课时）　课型：新授课　课时：1 主备：______　审核：______　班级：______'),
      inBlock(null),
    );
    expect(header.kind).toBe('headerFields');
    expect(header.kind === 'headerFields' && header.fields.lessonType).toBe('新授课');
    expect(classifySourceElement(line('第十九章 一次函数', { headingLevel: 1 }), inBlock(null))).toEqual({ kind: 'titleLine', text: '第十九章 一次函数' });
    expect(classifySourceElement(line('九年级英语 Units 1—2 单元检测讲评学案', { centered: true }), inBlock(null)).kind).toBe('titleLine');
    expect(classifySourceElement(line('　'), inBlock('selfStudy')).kind).toBe('blank');
  });

  it('opens blocks at labels, with minutes and the text after the label as the first line', () => {
    const objectives = classifySourceElement(line('【学习目标】'), inBlock(null));
    expect(objectives).toMatchObject({ kind: 'blockLabel', label: { kind: 'objectives', mapped: true }, audience: 'all', sourceLabel: '【学习目标】', rest: null });
    const mutual = classifySourceElement(line('三、合作探究（约10分钟）【补全】'), inBlock('selfStudy', { lastNumber: 2 }));
    expect(mutual).toMatchObject({ kind: 'blockLabel', label: { kind: 'mutualLearning', minutes: 10, number: 3 } });
    const method = classifySourceElement(line('【学法指导】先独立阅读教材第89—90页，完成“自主学习”。'), inBlock('keyPoints'));
    expect(method.kind === 'blockLabel' && method.rest).toMatchObject({ kind: 'paragraph', bold: false });
  });

  it('marks a 释疑点拨 block teacher-only unless the file is our own export, whose labels say it', () => {
    const label = line('四、释疑点拨（约10分钟）【补全】 （教师针对展示中暴露的共性问题点拨：k≠0 的必要性。）');
    expect(classifySourceElement(label, inBlock('mutualLearning', { lastNumber: 3 }))).toMatchObject({
      kind: 'blockLabel',
      label: { kind: 'teacherInput' },
      audience: 'teacher',
    });
    expect(classifySourceElement(label, inBlock('mutualLearning', { lastNumber: 3, fromOurExport: true }))).toMatchObject({ audience: 'all' });
  });

  it('makes 【学习难点】 after 【学习重点】 the second part of the same block', () => {
    const part = classifySourceElement(line('【学习难点】从实际问题中抽象出一次函数关系。'), inBlock('keyPoints'));
    expect(part).toEqual({ kind: 'keyPointPart', title: '学习难点', text: '学习难点：从实际问题中抽象出一次函数关系。' });
  });

  it('opens the first block at a bold label and its colon whose words name a kind (课标要求：…), not at a bold title', () => {
    const lead = line('', { segments: [{ text: '课标要求：', bold: true }, { text: '认识秦汉时期统一多民族封建国家建立的历史意义。' }] });
    expect(classifySourceElement(lead, inBlock(null))).toMatchObject({
      kind: 'blockLabel',
      label: { kind: 'objectives', title: '课标要求' },
      rest: { kind: 'paragraph' },
    });
    const title = line('', { segments: [{ text: '第4课　西汉与东汉', bold: true }] });
    expect(classifySourceElement(title, inBlock(null)).kind).toBe('titleLine');
    // Inside a block the same form is a step of it (小组讨论：… in 自主学习).
    const inner = line('', { segments: [{ text: '小组讨论：', bold: true }, { text: '细胞分裂后染色体数目为什么不变？' }] });
    expect(classifySourceElement(inner, inBlock('selfStudy')).kind).not.toBe('blockLabel');
  });

  it('opens the first block at a short bold line naming a kind (Learning objectives), not at a centred title', () => {
    const bold = (text: string, options: Partial<SourceParagraph> = {}) => line('', { segments: [{ text, bold: true }], ...options });
    expect(classifySourceElement(bold('Learning objectives'), inBlock(null))).toMatchObject({ kind: 'blockLabel', label: { kind: 'objectives' } });
    expect(classifySourceElement(bold('Reading and Thinking', { centered: true }), inBlock(null)).kind).toBe('titleLine');
    expect(classifySourceElement(bold('Unit 1 Reading'), inBlock(null)).kind).not.toBe('blockLabel');
    // An English label inside the guide is longer than a Chinese one.
    expect(classifySourceElement(bold('Self-assessment'), inBlock('extension'))).toMatchObject({ kind: 'blockLabel', label: { kind: 'reflection' } });
  });

  it('takes after-class labels (课后巩固, 课后练习) for the extension block, as written bare', () => {
    expect(classifySourceElement(line('课后巩固：'), inBlock('check'))).toMatchObject({ kind: 'blockLabel', label: { kind: 'extension' } });
    expect(classifySourceElement(line('四、课后巩固'), inBlock('check', { lastNumber: 3 }))).toMatchObject({ kind: 'blockLabel', label: { kind: 'extension' } });
    // The 训练案 of a 三案 guide is its check, after class or not.
    expect(classifySourceElement(line('【课后训练案】'), inBlock('mutualLearning'))).toMatchObject({ kind: 'blockLabel', label: { kind: 'check' } });
  });

  it('keeps an unmapped 一、 line that breaks the numbering inside its block', () => {
    expect(classifySourceElement(line('二、毛泽东思想'), inBlock('selfStudy', { lastNumber: 5 })).kind).toBe('paragraph');
  });

  it('reads numbered lines as questions in exercise blocks and as a list in 学习目标', () => {
    const question = classifySourceElement(line('1. 在20～25℃时，蟋蟀每分钟鸣叫的次数 c 与温度 t(℃) 有关。c = ________'), inBlock('selfStudy'));
    expect(question).toMatchObject({ kind: 'question', tier: null });
    expect(textOf(question)).toBe('在20～25℃时，蟋蟀每分钟鸣叫的次数 c 与温度 t(℃) 有关。c = ________');
    const goal = classifySourceElement(line('1. 能说出一次函数的定义，并说明一次函数与正比例函数之间的联系；'), inBlock('objectives'));
    expect(goal).toMatchObject({ kind: 'listItem', list: 'ordered' });
    expect(textOf(goal)).toBe('能说出一次函数的定义，并说明一次函数与正比例函数之间的联系；');
    const exercise = classifySourceElement(line('1. key（复数）______　2. stop（过去式）______　3. child（复数）______'), inBlock('check'));
    expect(exercise).toMatchObject({ kind: 'paragraph', bold: false });
    expect(textOf(exercise)).toBe('1. key（复数）______　2. stop（过去式）______　3. child（复数）______');
  });

  it('reads tier headings, and a task only when no numbered items follow it', () => {
    expect(classifySourceElement(line('A组（必做）'), inBlock('check'))).toMatchObject({ kind: 'tierHeading', tier: 'A', opensQuestion: false });
    expect(classifySourceElement(line('B组（选做）★：根据图示写一段问路与指路的对话（不少于5轮）。'), inBlock('check'))).toMatchObject({
      kind: 'tierHeading',
      tier: 'B',
      opensQuestion: true,
    });
    const task = line('探究1：若 y = (m − 2)x^{|m|−1} + 3 是关于 x 的一次函数，求 m 的值。');
    expect(classifySourceElement(task, inBlock('mutualLearning', { nextLineText: () => '提示：一次函数要同时满足哪两个条件？' })).kind).toBe('question');
    expect(classifySourceElement(task, inBlock('mutualLearning', { nextLineText: () => '1. 写出 y 与 x 的函数解析式' })).kind).toBe('paragraph');
  });

  it('reads a tier mark written before the item number (★1．…, 【B】2．…) as the item’s tier', () => {
    const starred = classifySourceElement(line('★★3．在北京的小明和在伦敦的朋友视频时，朋友那边为什么还是早晨？'), inBlock('check'));
    expect(starred).toMatchObject({ kind: 'question', tier: '★★', number: 3 });
    expect(textOf(starred)).toBe('在北京的小明和在伦敦的朋友视频时，朋友那边为什么还是早晨？');
    expect(classifySourceElement(line('【B】2．求 m 的值。'), inBlock('check'))).toMatchObject({ kind: 'question', tier: 'B', number: 2 });
  });

  it('keeps a numbered goal quoting a question as a goal, and an item with a blank in any block as an item', () => {
    const goal = line('1．能听、说、认读句型：What’s his name? His name is Zhang Peng.');
    expect(classifySourceElement(goal, inBlock('objectives'))).toMatchObject({ kind: 'listItem' });
    expect(classifySourceElement(line('1．本节课学习了________的性质。'), inBlock('objectives'))).toMatchObject({ kind: 'question' });
    expect(classifySourceElement(line('1．本节课你学到了什么？'), inBlock('summary'))).toMatchObject({ kind: 'question' });
  });

  it('reads （1）（2） as items where no numbered item holds them, and as its parts under 1．…', () => {
    const first = classifySourceElement(line('（1）口算：12×10=____　23×10=____'), inBlock('selfStudy'));
    expect(first).toMatchObject({ kind: 'question', number: 1, paren: true });
    expect(textOf(first)).toBe('口算：12×10=____　23×10=____');
    expect(classifySourceElement(line('（2）每套书有12本，3套书有多少本？'), inBlock('selfStudy', { questionOpen: true, parenQuestionOpen: true }))).toMatchObject({ kind: 'question', number: 2 });
    expect(classifySourceElement(line('（2）求 m 的值。'), inBlock('check', { questionOpen: true })).kind).toBe('questionPart');
    expect(classifySourceElement(line('（1）知识与技能：会用竖式计算。'), inBlock('objectives')).kind).not.toBe('question');
    // Steps that ask nothing stay lines of the block (自学内容, 自学方法 under 自学指导).
    expect(classifySourceElement(line('（3）自学方法：动手操作，观察比较，归纳概括．'), inBlock('selfStudy')).kind).not.toBe('question');
    expect(classifySourceElement(line('（1）用竖式计算：21×13　32×12'), inBlock('check'))).toMatchObject({ kind: 'question', number: 1 });
    expect(classifySourceElement(line('（3）在□里填上合适的数：□3×12=276'), inBlock('check', { questionOpen: true, parenQuestionOpen: true }))).toMatchObject({ kind: 'question', number: 3 });
  });

  it('reads an item numbered 1) or 2） as 1．', () => {
    expect(classifySourceElement(line('1) 下列函数是二次函数的是（　　）'), inBlock('check'))).toMatchObject({ kind: 'question', number: 1 });
    expect(textOf(classifySourceElement(line('2）正方形的面积y与边长x的关系式是________。'), inBlock('selfStudy')))).toBe('正方形的面积y与边长x的关系式是________。');
  });

  it('reads worked examples and their variants as items: 【例1】, 【变式1】, 【跟踪训练】, 变式训练2：', () => {
    for (const text of ['【例1】“祸兮福之所倚”体现的哲理是（　　）', '【变式1】下列诗句蕴含的哲理相同的是（　　）', '【跟踪训练】计算 log₂8 的值。', '变式训练2：求 m 的值。', '例1 已知 a=2，求 b。']) {
      expect(classifySourceElement(line(text), inBlock('mutualLearning')).kind, text).toBe('question');
    }
    expect(classifySourceElement(line('【例1】'), inBlock('mutualLearning')).kind).not.toBe('question');
  });

  it('keeps a line opening with 【教师活动】 or 【设计意图】 for the teacher', () => {
    const note = classifySourceElement(line('【教师活动】提出问题，引出课题，板书“浮力”。'), inBlock('priorKnowledge'));
    expect(note).toMatchObject({ kind: 'teacherNote' });
    expect(classifySourceElement(line('【设计意图】体会控制变量法。'), inBlock('mutualLearning', { questionOpen: true })).kind).toBe('teacherNote');
    // 【复备】 as our 教师版 prints it, or as a teacher writes it: the note without its mark.
    const reworked = classifySourceElement(line('【复备】（2）班基础弱，第3题多举一例。'), inBlock('selfStudy'));
    expect(reworked).toMatchObject({ kind: 'teacherNote', marked: true });
    expect(textOf(reworked)).toBe('（2）班基础弱，第3题多举一例。');
  });

  it('attaches answers, options and ruled lines to an open question only', () => {
    const answer = classifySourceElement(line('【答案】1 mol'), inBlock('selfStudy', { questionOpen: true }));
    expect(answer.kind).toBe('answer');
    expect(textOf(answer)).toBe('1 mol');
    expect(classifySourceElement(line('【答案】1 mol'), inBlock('selfStudy')).kind).toBe('paragraph');
    const options = line('　A. 一次函数一定是正比例函数　B. 正比例函数一定是一次函数');
    expect(classifySourceElement(options, inBlock('check', { questionOpen: true }))).toMatchObject({ kind: 'questionPart', list: null });
    expect(classifySourceElement(options, inBlock('check')).kind).toBe('paragraph');
    const ruled = line('______________________________________________________________', { ruledLine: true });
    expect(classifySourceElement(ruled, inBlock('mutualLearning')).kind).toBe('ruledLine');
  });
});
