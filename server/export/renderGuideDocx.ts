import type { JSONContent } from '@tiptap/core';
import {
  AlignmentType,
  Document,
  Footer,
  LevelFormat,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
  type ILevelsOptions,
} from 'docx';
import { sectionNumbers } from '../../shared/edition/blockHeading.ts';
import { edition, type EditionKind } from '../../shared/edition/edition.ts';
import { editionLabels } from '../../shared/edition/editionLabels.ts';
import { paperSizes, type PaperKind } from '../../shared/edition/paperSizes.ts';
import { bulletListReference, orderedListReference, renderBlock, type DocxBodyChild } from './docxContent.ts';
import { loadFigures, type LoadFigureFile } from './docxFigures.ts';
import { headerTable, titleParagraphs, type ExportFacts } from './docxHeader.ts';
import { fonts, guideStyles, sizes } from './docxTypography.ts';

export interface RenderGuideDocxProps {
  /** The guide's content as stored (ProseMirror JSON); the edition is applied here. */
  content: JSONContent;
  edition: EditionKind;
  paper: PaperKind;
  facts: ExportFacts;
  /** Reads an uploaded figure's bytes; without it, figures print as their description. */
  loadFigure?: LoadFigureFile;
}

/** Millimetres to twips, rounded (docx's own helper truncates: A4 must be exactly 11906 × 16838). */
function convertMillimetersToTwip(millimetres: number): number {
  return Math.round((millimetres * 1440) / 25.4);
}

/** Space between the two columns of a B4 sheet. */
const columnGapMm = 12;

function listLevels(format: 'decimal' | 'bullet'): ILevelsOptions[] {
  return [0, 1, 2, 3].map((level) => ({
    level,
    format: format === 'decimal' ? LevelFormat.DECIMAL : LevelFormat.BULLET,
    text: format === 'decimal' ? `%${level + 1}.` : ['•', '◦', '▪', '•'][level],
    alignment: AlignmentType.START,
    style: { paragraph: { indent: { left: 420 * (level + 1), hanging: 420 } } },
  }));
}

function pageFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ children: ['第 ', PageNumber.CURRENT, ' 页 共 ', PageNumber.TOTAL_PAGES, ' 页'], size: sizes.small, font: fonts.body }),
        ],
      }),
    ],
  });
}

/**
 * A guide as a Word document: the title and header table, then every block of the chosen
 * edition as a numbered, titled section with its minutes; questions with tier marks and
 * answer space (学生版) or answers in red (教师版); formulas as Word equations (OMML), fill-in
 * blanks as underlines (学生版) or the answer on the line (教师版), 上标 / 下标, 加点字, 拼音
 * and figures at their width. A4 portrait by default; B4 (8开)
 * landscape in two columns as an option. Opens in Word, WPS and LibreOffice.
 */
export async function renderGuideDocx({ content, edition: kind, paper, facts, loadFigure }: RenderGuideDocxProps): Promise<Buffer> {
  const size = paperSizes[paper];
  const portraitWidth = Math.min(size.widthMm, size.heightMm);
  const portraitHeight = Math.max(size.widthMm, size.heightMm);
  const pageWidthMm = size.orientation === 'landscape' ? portraitHeight : portraitWidth;
  const textWidthMm = pageWidthMm - size.marginMm.left - size.marginMm.right;
  const columnWidthMm = size.columns === 2 ? (textWidthMm - columnGapMm) / 2 : textWidthMm;
  const textWidth = convertMillimetersToTwip(columnWidthMm);

  let listInstance = 0;
  const printed = edition(content, kind);
  const numbers = sectionNumbers(printed.content ?? []);
  const figures = await loadFigures(printed, loadFigure);
  const context = { edition: kind, textWidth, nextListInstance: () => (listInstance += 1), figures };
  const body: DocxBodyChild[] = [
    ...titleParagraphs(facts, editionLabels[kind]),
    headerTable(facts, textWidth),
    ...(printed.content ?? []).flatMap((block, index) => renderBlock(block, index + 1, context, numbers[index] ?? null)),
  ];

  const document = new Document({
    creator: '导学案协同备课',
    title: `${facts.title}（${editionLabels[kind]}）`,
    description: `导学案 ${editionLabels[kind]}`,
    styles: guideStyles(),
    numbering: {
      config: [
        { reference: orderedListReference, levels: listLevels('decimal') },
        { reference: bulletListReference, levels: listLevels('bullet') },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: {
              width: convertMillimetersToTwip(portraitWidth),
              height: convertMillimetersToTwip(portraitHeight),
              orientation: size.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
            },
            margin: {
              top: convertMillimetersToTwip(size.marginMm.top),
              right: convertMillimetersToTwip(size.marginMm.right),
              bottom: convertMillimetersToTwip(size.marginMm.bottom),
              left: convertMillimetersToTwip(size.marginMm.left),
            },
          },
          ...(size.columns === 2
            ? { column: { count: 2, space: convertMillimetersToTwip(columnGapMm), separate: true, equalWidth: true } }
            : {}),
        },
        footers: { default: pageFooter() },
        children: body,
      },
    ],
  });
  return Packer.toBuffer(document);
}
