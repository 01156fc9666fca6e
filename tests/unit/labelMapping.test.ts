import { describe, expect, it } from 'vitest';
import { blockKinds, defaultBlockTitles, type BlockKind } from '../../shared/editor/blockKinds.ts';
import { chineseNumeral } from '../../shared/edition/blockHeading.ts';
import { tierMark } from '../../shared/edition/tierMark.ts';
import { parseHeaderFields } from '../../shared/import/headerFields.ts';
import {
  defaultLabelSynonyms,
  isTeacherLabel,
  mapLabelToKind,
  parseBlockLabel,
  parseMinutes,
  parseTierHeading,
  parseTierMark,
  type LabelSynonyms,
} from '../../shared/import/labelMapping.ts';

const synonymCases = blockKinds.flatMap((kind) => defaultLabelSynonyms[kind].map((label): [BlockKind, string] => [kind, label]));

describe('the label mapping on the synonym list', () => {
  it('has labels for every kind but the generic section, including domain.md’s common labels', () => {
    for (const kind of blockKinds.filter((candidate) => candidate !== 'section')) {
      expect(defaultLabelSynonyms[kind].length, kind).toBeGreaterThan(0);
      expect(mapLabelToKind(defaultBlockTitles[kind]), kind).toBe(kind);
    }
    const domainLabels: [string, BlockKind][] = [
      ['学习目标', 'objectives'],
      ['目标导航', 'objectives'],
      ['重点难点', 'keyPoints'],
      ['学法指导', 'method'],
      ['使用说明', 'method'],
      ['知识链接', 'priorKnowledge'],
      ['复习导入', 'priorKnowledge'],
      ['自主学习', 'selfStudy'],
      ['预习导学', 'selfStudy'],
      ['新知预习', 'selfStudy'],
      ['自学自测', 'selfStudy'],
      ['合作探究', 'mutualLearning'],
      ['对学', 'mutualLearning'],
      ['群学', 'mutualLearning'],
      ['小组合作', 'mutualLearning'],
      ['展示交流', 'presentation'],
      ['展示提升', 'presentation'],
      ['精讲点拨', 'teacherInput'],
      ['释疑点拨', 'teacherInput'],
      ['导案', 'teacherInput'],
      ['当堂检测', 'check'],
      ['达标检测', 'check'],
      ['拓展提升', 'extension'],
      ['分层作业', 'extension'],
      ['课堂小结', 'summary'],
      ['学后反思', 'reflection'],
      ['教后反思', 'reflection'],
    ];
    for (const [label, kind] of domainLabels) expect(mapLabelToKind(label), label).toBe(kind);
  });

  it.each(synonymCases)('maps %s’s label %s in every way teachers write a heading', (kind, label) => {
    expect(mapLabelToKind(label)).toBe(kind);
    expect(parseBlockLabel(`三、${label}（约10分钟）`)).toMatchObject({ kind, title: label, minutes: 10, mapped: true, number: 3 });
    expect(parseBlockLabel(`【${label}】`)).toMatchObject({ kind, title: label, minutes: null, mapped: true, form: 'bracketed' });
    expect(parseBlockLabel(`${label}（15分钟）`)).toMatchObject({ kind, title: label, minutes: 15, form: 'bare' });
    expect(parseBlockLabel(label)).toMatchObject({ kind, title: label, minutes: null, form: 'bare' });
  });

  it('reads the headings of the fixture guides', () => {
    expect(parseBlockLabel('一、自主学习（约10分钟）')).toMatchObject({ kind: 'selfStudy', title: '自主学习', minutes: 10, number: 1 });
    expect(parseBlockLabel('【学习目标】')).toMatchObject({ kind: 'objectives', title: '学习目标' });
    expect(parseBlockLabel('【学习重点】一次函数的概念。')).toMatchObject({ kind: 'keyPoints', title: '学习重点', rest: '一次函数的概念。' });
    expect(parseBlockLabel('合作探究（15分钟）')).toMatchObject({ kind: 'mutualLearning', minutes: 15 });
    expect(parseBlockLabel('当堂检测')).toMatchObject({ kind: 'check', minutes: null });
    expect(parseBlockLabel('五、当堂检测（限时8分钟）【补全】')).toMatchObject({ kind: 'check', minutes: 8, rest: '【补全】' });
    expect(parseBlockLabel('复习导航（Revision Goals）')).toMatchObject({ kind: 'objectives', note: 'Revision Goals' });
    expect(parseBlockLabel('六、自我评价　☆☆☆☆☆　我还需要加强：______')).toMatchObject({
      kind: 'reflection',
      title: '自我评价',
      rest: '☆☆☆☆☆　我还需要加强：______',
    });
    expect(parseBlockLabel('学 习 目 标')).toMatchObject({ kind: 'objectives', title: '学习目标' });
  });

  it('keeps an unknown numbered heading as a generic section, with its instructions as a note', () => {
    expect(parseBlockLabel('二、英汉词组互译（写出所给词组的意思）')).toMatchObject({
      kind: 'section',
      title: '英汉词组互译',
      mapped: false,
      note: '写出所给词组的意思',
      number: 2,
    });
  });

  it('reads a heading outside the dictionary by the words in its label: 拓展 is an extension', () => {
    expect(parseBlockLabel('二、词汇拓展（写出所给词的正确形式）')).toMatchObject({
      kind: 'extension',
      title: '词汇拓展',
      mapped: true,
      note: '写出所给词的正确形式',
      number: 2,
    });
  });

  it('does not take questions, sub-headings or prose for block headings', () => {
    for (const line of ['（一）新知预习：下列问题中', '1. 下列说法正确的是', '自学课本第89页', '【补全】', '我的疑惑：____']) {
      expect(parseBlockLabel(line), line).toBeNull();
    }
  });

  it('takes a bare 小组合作： label for the 互学 block, with what follows it as its first line', () => {
    expect(parseBlockLabel('小组合作：组长组织讨论')).toMatchObject({ kind: 'mutualLearning', title: '小组合作', rest: '组长组织讨论', form: 'bare' });
  });

  it('reads a heading back exactly as the printed guide writes it', () => {
    blockKinds
      .filter((kind) => kind !== 'section')
      .forEach((kind, index) => {
        const title = defaultBlockTitles[kind];
        const heading = `${chineseNumeral(index + 1)}、${title}（${index + 2}分钟）`;
        expect(parseBlockLabel(heading)).toMatchObject({ kind, title, minutes: index + 2, number: index + 1 });
      });
    expect(parseBlockLabel('七、精讲点拨（5分钟） 【教师用】')).toMatchObject({ kind: 'teacherInput', teacherOnly: true, rest: '' });
  });

  it('uses a school’s own dictionary, longest label first', () => {
    const school: LabelSynonyms = { ...defaultLabelSynonyms, priorKnowledge: ['温故互查'], section: ['词汇拓展训练'] };
    expect(parseBlockLabel('一、温故互查（3分钟）', { synonyms: school })).toMatchObject({ kind: 'priorKnowledge', minutes: 3 });
    // Outside the school's dictionary the label's words still tell: 复习 opens 温故知新.
    expect(parseBlockLabel('一、复习导入', { synonyms: school })).toMatchObject({ kind: 'priorKnowledge', mapped: true });
    expect(parseBlockLabel('一、英汉词组互译', { synonyms: school })).toMatchObject({ kind: 'section', mapped: false });
    expect(mapLabelToKind('词汇拓展训练', school)).toBe('section');
    expect(mapLabelToKind('拓展训练', school)).toBe('extension');
    expect(mapLabelToKind('自学自测')).toBe('selfStudy');
    expect(mapLabelToKind('课堂活动')).toBe('mutualLearning');
    // The phases of an English lesson: before, while and after listening or reading.
    expect(['Pre-listening', 'While-reading', 'Post-reading', 'Consolidation'].map((label) => mapLabelToKind(label))).toEqual(['priorKnowledge', 'selfStudy', 'presentation', 'check']);
    expect(['Before class', 'In class', 'After class', 'Self-assessment'].map((label) => mapLabelToKind(label))).toEqual(['selfStudy', 'mutualLearning', 'extension', 'reflection']);
  });

  it('reads labels numbered with the Roman-numeral characters Word’s symbol table gives (Ⅰ．Ⅱ．Ⅳ．)', () => {
    expect(parseBlockLabel('Ⅰ．学习目标（Learning aims）')).toMatchObject({ kind: 'objectives', title: '学习目标', number: 1, form: 'numbered' });
    expect(parseBlockLabel('Ⅳ．达标检测（Check）(8 min)')).toMatchObject({ kind: 'check', title: '达标检测', minutes: 8, number: 4 });
    expect(parseBlockLabel('Ⅻ、课后作业')).toMatchObject({ kind: 'extension', number: 12 });
    // A Roman-numbered label outside the dictionary is a block of its own, as 三、 is.
    expect(parseBlockLabel('Ⅲ．课堂活动（Activities）(15 min)')).toMatchObject({ title: '课堂活动', minutes: 15, number: 3, form: 'numbered' });
    expect(parseBlockLabel('Ⅵ．词汇运用')).toMatchObject({ kind: 'section', mapped: false, number: 6 });
  });

  it('reads a label marked with a symbol on its left only (◆学习目标, ●自主学习（10分钟）), but not a ★ tier mark', () => {
    expect(parseBlockLabel('◆学习目标')).toMatchObject({ kind: 'objectives', title: '学习目标', mapped: true });
    expect(parseBlockLabel('●自主学习（10分钟）')).toMatchObject({ kind: 'selfStudy', minutes: 10 });
    expect(parseBlockLabel('※ 当堂检测')).toMatchObject({ kind: 'check' });
    expect(parseBlockLabel('◆阅读课本，完成下列问题')).toBeNull();
    expect(parseBlockLabel('★当堂检测')).toBeNull();
  });

  it('keeps 【课前】/【课中】/【课后】 as group headings that open no block of their own kind', () => {
    for (const line of ['【课前】', '【课中】', '〔课后〕', '课前部分']) {
      expect(parseBlockLabel(line, { heading: true }), line).toMatchObject({ kind: 'section', mapped: false });
    }
    expect(parseBlockLabel('【课前】')).toMatchObject({ kind: 'section', mapped: false, form: 'bracketed' });
    expect(mapLabelToKind('课前')).toBeNull();
    expect(parseBlockLabel('【课前预习】')).toMatchObject({ kind: 'selfStudy', mapped: true });
  });

  it('takes a Word heading’s words after its colon into the title (学习任务一：认识细胞膜的功能), a sentence after it not', () => {
    const heading = { heading: true, wordHeading: true };
    expect(parseBlockLabel('学习任务一：认识细胞膜的功能', heading)).toMatchObject({ kind: 'mutualLearning', title: '学习任务一：认识细胞膜的功能', rest: '' });
    expect(parseBlockLabel('自主学习：阅读课本第40页，完成下列问题。', heading)).toMatchObject({ kind: 'selfStudy', title: '自主学习', rest: '阅读课本第40页，完成下列问题。' });
    expect(parseBlockLabel('知识点一：自由与规则不可分', heading)).toMatchObject({ kind: 'section', title: '知识点一' });
    // A bold line is no Word heading: 自学探究一：欧姆定律 in bold heads items inside its block.
    expect(parseBlockLabel('自学探究一：欧姆定律', { heading: true })).toMatchObject({ title: '自学探究一', rest: '欧姆定律' });
  });

  it('reads 环节一：情境导入（3分钟） and 板块二、… as numbered labels', () => {
    expect(parseBlockLabel('环节一：情境导入（3分钟）')).toMatchObject({ kind: 'priorKnowledge', title: '情境导入', minutes: 3, number: 1, form: 'numbered' });
    expect(parseBlockLabel('板块二、合作探究')).toMatchObject({ kind: 'mutualLearning', number: 2 });
  });

  it('takes 【教师活动】 and 【设计意图】 for the teacher’s, never for group work', () => {
    expect(parseBlockLabel('【教师活动】')).toMatchObject({ kind: 'teacherInput' });
    expect(isTeacherLabel('教师活动')).toBe(true);
    expect(isTeacherLabel('设计意图')).toBe(true);
  });

  it('reads the one-character stage labels of a 六环节 guide in brackets: 【导】【学】【议】【展】【评】【检】', () => {
    expect(['【导】（2分钟）', '【学】', '【议】', '【展】', '【评】', '【检】', '【练】'].map((line) => parseBlockLabel(line)?.kind)).toEqual([
      'priorKnowledge',
      'selfStudy',
      'mutualLearning',
      'presentation',
      'teacherInput',
      'check',
      'check',
    ]);
    expect(parseBlockLabel('【导】（2分钟）')).toMatchObject({ title: '导', minutes: 2 });
    expect(parseBlockLabel('【注】')).toBeNull();
  });

  it('maps the 2022 curriculum’s 单 by their words: 课堂学习单 is the lesson’s group work, 基础作业 a tier', () => {
    expect(mapLabelToKind('课堂学习单')).toBe('mutualLearning');
    expect(mapLabelToKind('课前预习单')).toBe('selfStudy');
    expect(mapLabelToKind('课后作业单')).toBe('extension');
    expect(parseTierHeading('基础作业：')).toEqual({ tier: '基础作业', rest: '' });
    expect(parseTierHeading('拓展作业')).toEqual({ tier: '拓展作业', rest: '' });
  });

  it('reads minutes however they are written', () => {
    expect(['约10分钟', '限时8分钟', '15分钟', '5′', '10 min', '建议用时：12分钟', '大约6分钟左右'].map(parseMinutes)).toEqual([10, 8, 15, 5, 10, 12, 6]);
    expect(parseMinutes('读并熟记')).toBeNull();
  });
});

describe('the tier marks', () => {
  it('reads A组 / B组 / C组 / ★ / 基础 / 提高 / 拓展 / 必做 / 选做 as tiers', () => {
    const cases: [string, string, string][] = [
      ['【A组】下列说法正确的是', 'A', '下列说法正确的是'],
      ['[B] 求 m 的值', 'B', '求 m 的值'],
      ['C组 写出解析式', 'C', '写出解析式'],
      ['★汽车油箱中有油', '★', '汽车油箱中有油'],
      // Stars keep their count, as the guide prints them.
      ['☆☆ 选一题', '★★', '选一题'],
      ['【基础】填空', '基础', '填空'],
      ['（提高）证明', '提高', '证明'],
      ['【拓展】探究', '拓展', '探究'],
      ['必做题 1', '必做', '1'],
      ['（选做）画图', '选做', '画图'],
    ];
    for (const [text, tier, rest] of cases) expect(parseTierMark(text), text).toEqual({ tier, rest });
    expect(parseTierMark('下列说法正确的是')).toBeNull();
    expect(parseTierMark('（1）y = 3x')).toBeNull();
  });

  it('reads tier headings over a group of questions, and a task written on the same line', () => {
    expect(parseTierHeading('A组（必做）')).toEqual({ tier: 'A', rest: '' });
    expect(parseTierHeading('B组（选做）★')).toEqual({ tier: 'B', rest: '' });
    expect(parseTierHeading('【基础题】')).toEqual({ tier: '基础', rest: '' });
    // 双减 homework tiers, kept as printed.
    expect(['基础性作业：', '拓展性作业', '【实践性作业】'].map(parseTierHeading)).toEqual([
      { tier: '基础性作业', rest: '' },
      { tier: '拓展性作业', rest: '' },
      { tier: '实践性作业', rest: '' },
    ]);
    expect(parseTierHeading('A组（必做）：用所给词的适当形式填空')).toEqual({ tier: 'A', rest: '用所给词的适当形式填空' });
    expect(parseTierHeading('【A组】下列说法正确的是')).toBeNull();
  });

  it('reads a tier heading that ends with a note on who does the items', () => {
    expect(parseTierHeading('A层（全体必做）')).toEqual({ tier: 'A', rest: '' });
    expect(parseTierHeading('C组（学有余力的同学选做）')).toEqual({ tier: 'C', rest: '' });
    expect(parseTierHeading('A层（全体必做）下列说法正确的是')).toBeNull();
  });

  it('reads back every mark the printed guide writes', () => {
    for (const tier of ['A', 'B', 'C', '基础', '提高', '拓展', '必做', '选做', '★']) {
      expect(parseTierMark(`${tierMark(tier)}题目`)).toEqual({ tier, rest: '题目' });
    }
  });
});

describe('the header fields', () => {
  it('reads the header line of a teacher’s guide, blanks as null', () => {
    expect(
      parseHeaderFields('课题：19.2.2 一次函数（第1课时）　课型：新授课　课时：1 主备：______　审核：王磊　审核日期：____年__月__日'),
    ).toEqual({ title: '19.2.2 一次函数（第1课时）', lessonType: '新授课', period: '1', leadDrafter: null, reviewer: '王磊', reviewedAt: null });
    expect(parseHeaderFields('班级：______　小组：______　姓名：______')).toEqual({ className: null, groupNumber: null, studentName: null });
    expect(parseHeaderFields('本节课我学会了：____')).toBeNull();
  });
});
