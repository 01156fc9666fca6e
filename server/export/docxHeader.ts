import { AlignmentType, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, VerticalAlign, WidthType } from 'docx';
import { guideHeaderRows, type GuideHeaderFacts, type HeaderField } from '../../shared/edition/guideHeaderFields.ts';
import { subtitleLine } from '../../shared/edition/titleLines.ts';
import { fonts } from './docxTypography.ts';

/** A printed guide's facts: the header table's and the lines above it. */
export interface ExportFacts extends GuideHeaderFacts {
  /** The line above the title: school and group (示例中学 · 八年级数学备课组). */
  kicker: string;
  /** 教材单元, e.g. 第十九章 一次函数. */
  unit: string | null;
  /** The saved version printed, e.g. 定稿 v1; null for the living document. */
  versionLabel: string | null;
}

const labelShare = 0.11;
const valueShare = 0.14;

function labelCell(text: string, width: number): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    shading: { fill: 'F2F2F2', type: ShadingType.CLEAR, color: 'auto' },
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: 60, right: 60, top: 40, bottom: 40 },
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, font: fonts.heading })] })],
  });
}

function valueCell(value: string | null, width: number, columnSpan = 1): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan,
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: 80, right: 80, top: 40, bottom: 40 },
    children: [new Paragraph({ children: value ? [new TextRun(value)] : [] })],
  });
}

/**
 * The header table: 课题 across the top, then 课型 / 课时 / 主备 / 审核 and 授课时间 / 班级 /
 * 小组 / 姓名 (blank cells are written in by hand).
 */
export function headerTable(facts: ExportFacts, textWidth: number): Table {
  const label = Math.floor(textWidth * labelShare);
  const value = Math.floor(textWidth * valueShare);
  const widths = [label, value, label, value, label, value, label, value];
  const pairRow = (fields: HeaderField[]) =>
    new TableRow({
      cantSplit: true,
      children: fields.flatMap((field) => [labelCell(field.label, label), valueCell(field.value, value)]),
    });
  return new Table({
    width: { size: widths.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [labelCell('课题', label), valueCell(facts.title, textWidth - label, 7)],
      }),
      ...guideHeaderRows(facts).map(pairRow),
    ],
  });
}

/** The kicker, the title and the subtitle (unit, 导学案（学生版）, version) above the table. */
export function titleParagraphs(facts: ExportFacts, editionLabel: string): Paragraph[] {
  const subtitle = subtitleLine(facts.unit, editionLabel, facts.versionLabel);
  return [
    new Paragraph({ style: 'GuideKicker', alignment: AlignmentType.CENTER, children: [new TextRun(facts.kicker)] }),
    new Paragraph({ style: 'GuideTitle', alignment: AlignmentType.CENTER, children: [new TextRun(facts.title)] }),
    new Paragraph({ style: 'GuideSubtitle', alignment: AlignmentType.CENTER, children: [new TextRun(subtitle)] }),
  ];
}
