import { AlignmentType, LineRuleType, type IStylesOptions } from 'docx';
import { exportStyles } from './docxConventions.ts';

/**
 * The type of a school's printed guide: 宋体 for the text, 黑体 for the title and the block
 * headings, 楷体 for answers and notes. Word and WPS on Chinese Windows resolve these family
 * names (SimSun / SimHei / KaiTi); Latin text uses Times New Roman beside them.
 */
export const fonts = {
  body: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体', cs: 'Times New Roman' },
  heading: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '黑体', cs: 'Times New Roman' },
  answer: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '楷体', cs: 'Times New Roman' },
} as const;

/** Chinese type sizes (字号) in half-points, as Word counts them. */
export const sizes = {
  /** 小二: the guide's title. */
  title: 36,
  /** 小四: block headings and the subtitle. */
  heading: 24,
  /** 五号: the text. */
  body: 21,
  /** 小五: the kicker line and notes. */
  small: 18,
} as const;

/** Red for answers and teacher-only marks in the 教师版, as teachers mark them by hand. */
export const teacherColor = 'C00000';

/** 1.3 lines: roomy enough to read and write between, still a page-saving guide. */
const bodyLine = { line: 312, lineRule: LineRuleType.AUTO };

/** The document's styles: defaults, the heading Word's navigation pane lists, and our named styles. */
export function guideStyles(): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: fonts.body, size: sizes.body, language: { value: 'en-US', eastAsia: 'zh-CN' } },
        paragraph: { spacing: { ...bodyLine, before: 0, after: 0 } },
      },
      heading2: {
        run: { font: fonts.heading, size: sizes.heading, bold: false, color: '000000' },
        paragraph: { spacing: { before: 180, after: 60 }, keepNext: true, keepLines: true },
      },
    },
    paragraphStyles: [
      {
        id: exportStyles.question.id,
        name: exportStyles.question.name,
        basedOn: 'Normal',
        quickFormat: true,
        paragraph: { indent: { left: 420, hanging: 420 }, spacing: { before: 60 }, keepLines: true },
      },
      {
        id: exportStyles.questionMore.id,
        name: exportStyles.questionMore.name,
        basedOn: 'Normal',
        paragraph: { indent: { left: 420 }, keepLines: true },
      },
      {
        id: exportStyles.answer.id,
        name: exportStyles.answer.name,
        basedOn: 'Normal',
        run: { font: fonts.answer, color: teacherColor },
        paragraph: { indent: { left: 420 }, keepLines: true },
      },
      {
        id: exportStyles.answerLine.id,
        name: exportStyles.answerLine.name,
        basedOn: 'Normal',
        paragraph: { indent: { left: 420 }, spacing: { line: 440, lineRule: LineRuleType.EXACT } },
      },
      {
        id: exportStyles.teacherNote.id,
        name: exportStyles.teacherNote.name,
        basedOn: 'Normal',
        run: { font: fonts.answer, size: sizes.small, color: teacherColor },
        paragraph: {
          indent: { left: 420 },
          border: { left: { style: 'single', size: 12, color: teacherColor, space: 6 } },
          spacing: { before: 60, after: 60 },
        },
      },
      {
        id: 'GuideTitle',
        name: '导学案标题',
        basedOn: 'Normal',
        run: { font: fonts.heading, size: sizes.title },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 60 } },
      },
      {
        id: 'GuideSubtitle',
        name: '导学案副标题',
        basedOn: 'Normal',
        run: { font: fonts.answer, size: sizes.heading },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 120 } },
      },
      {
        id: 'GuideKicker',
        name: '导学案眉题',
        basedOn: 'Normal',
        run: { font: fonts.body, size: sizes.small, color: '555555' },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 60 } },
      },
    ],
  };
}
