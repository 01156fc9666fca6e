import { headerFieldOfLabel, parseHeaderFields } from '../../shared/import/headerFields.ts';
import { mapLabelToKind, parseBlockLabel } from '../../shared/import/labelMapping.ts';
import { labelRowFields } from './sourceTables.ts';
import { plainText, type SourceElement, type SourceParagraph, type SourceTable, type SourceTableCell } from './sourceElements.ts';

/** What a column of a layout table holds. */
type ColumnRole = 'label' | 'content' | 'teacher' | 'notes' | 'answers';

const teacherColumn = /^(?:导案|教师用|教师活动?|教法|二备|二次备课|二次复备|复备|复备栏|个人复备|个性化?复备|个性化?修改|修改意见|设计意图|教学意图|备注|教师批注|师|教师导学|导学策略|教学策略)$/;
const notesColumn = /^(?:问题记录|疑难记录|学习笔记|笔记|我的疑惑|学生笔记|纠错|反思记录)$/;
const contentColumn = /^(?:学案|导学案|学案内容|学习内容|学生活动|学生|学习过程|内容|导学过程|学法)$/;
const labelColumn = /^(?:环节|教学环节|学习环节|流程|步骤|板块|课题)$/;
const answersColumn = /^(?:答案|参考答案|答案与解析|答案及解析|参考答案与解析|答案提示)$/;
const containerBand = /^(?:教学过程|学习过程|导学过程|教学流程|导学流程|课堂流程|学习流程)$/;

function cellText(cell: SourceTableCell): string {
  return cell.paragraphs.map(plainText).join('').replace(/[\s\u3000]+/g, '');
}

function cellElements(cell: SourceTableCell): SourceElement[] {
  return cell.elements ?? cell.paragraphs;
}

/** Words of a column title saying whose it is, when the title is none of the common ones (教师指导, 学生学习活动). */
const teacherWords = /教师|老师|导案|复备|二备|备注|意图/;
const notesWords = /问题记录|疑难|笔记|疑惑|纠错/;
const contentWords = /学生|学案|学习内容|学习活动|学习任务|学习过程/;
const labelWords = /环节|流程|步骤|板块/;

/** A column title of a layout table (学案 | 导案, 教学环节 | 教师活动 | 学生活动 | 设计意图), or null. */
function roleOfTitle(text: string): ColumnRole | null {
  const title = text.replace(/[（(].*$/, '');
  if (answersColumn.test(title)) return 'answers';
  if (teacherColumn.test(title)) return 'teacher';
  if (notesColumn.test(title)) return 'notes';
  if (contentColumn.test(title)) return 'content';
  if (labelColumn.test(title)) return 'label';
  if (title.length > 8) return null;
  if (teacherWords.test(title)) return 'teacher';
  if (notesWords.test(title)) return 'notes';
  if (contentWords.test(title)) return 'content';
  if (labelWords.test(title)) return 'label';
  return null;
}

/** The first written line of a cell opens a block by itself (【学习目标】：…, 一、自主学习). */
function startsWithLabel(cell: SourceTableCell): boolean {
  const first = cell.paragraphs.map((paragraph) => plainText(paragraph).trim()).find(Boolean);
  if (!first) return false;
  const label = parseBlockLabel(first);
  return label !== null && label.mapped && label.form !== 'numbered';
}

/** A narrow cell naming its row (自主学习 written one character per line, 课堂练习, 目标导学). */
function isLabelCell(cell: SourceTableCell, row: SourceTableCell[]): boolean {
  const text = cellText(cell);
  if (!text || text.length > 8 || row.length < 2 || /[，。；？！,.;?!：:_＿]/.test(text)) return false;
  return mapLabelToKind(text) !== null || cell.paragraphs.length > 1 || (cell.width !== null && cell.width !== undefined && cell.width < 1600);
}

/** A table that lays out the guide rather than holding data: rows (or its one cell) open blocks. */
export function isLayoutTable(table: SourceTable): boolean {
  if (table.rows.length === 1 && table.rows[0].length === 1) {
    const cell = table.rows[0][0];
    const written = cell.paragraphs.map((paragraph) => plainText(paragraph).trim()).filter(Boolean);
    // A banner: a one-cell table holding only a block's label (学习目标 in a shaded box).
    if (written.length === 1 && written[0].length <= 16 && parseBlockLabel(written[0], { heading: true })?.mapped) return true;
    return cell.paragraphs.filter((paragraph) => parseBlockLabel(plainText(paragraph).trim())?.mapped).length >= 2;
  }
  // 学案 | 二次备课, 环节 | 学案 | 导案: a first row naming the columns of a guide's layout.
  const titles = table.rows[0]?.map((cell) => roleOfTitle(cellText(cell))) ?? [];
  if (titles.length >= 2 && titles.every((role) => role !== null) && titles.includes('content')) return true;
  let labelledRows = 0;
  for (const row of table.rows) {
    if (row.some((cell) => startsWithLabel(cell)) || (row.length >= 2 && isLabelCell(row[0], row) && mapLabelToKind(cellText(row[0])) !== null)) labelledRows += 1;
  }
  return labelledRows >= 2;
}

function labelParagraph(text: string, template: SourceParagraph | undefined): SourceParagraph {
  return {
    type: 'paragraph',
    segments: [{ text, bold: true }],
    headingLevel: null,
    styleName: template?.styleName ?? null,
    list: null,
    indented: false,
    centered: false,
    bookmarks: [],
    ruledLine: false,
    labelCell: true,
  };
}

function fieldParagraph(text: string): SourceParagraph {
  return { ...labelParagraph(text, undefined), labelCell: false, segments: [{ text }] };
}

/** The lines of an 答案 column: answers of the item beside them, never the students'. */
function markAnswers(elements: SourceElement[]): SourceElement[] {
  return elements.map((element) => (element.type === 'paragraph' ? { ...element, answer: true } : element));
}

function markTeacher(elements: SourceElement[]): SourceElement[] {
  return elements.map((element) => {
    if (element.type !== 'paragraph') return element;
    // Answers the teacher's column gives for the items beside it stay answers (答案：1．… 2．…).
    if (/^[\s\u3000]*(?:【?(?:参考)?答案】?|答)[:：】]/.test(plainText(element))) return element;
    return { ...element, teacher: true };
  });
}

/** A row of label | value cells (课题 | 种子发芽实验 | 单元 | 1 …): header field lines. */
function headerRow(row: SourceTableCell[]): SourceParagraph[] | null {
  const texts = row.map((cell) => cell.paragraphs.map(plainText).join(' ').trim());
  if (texts.length === 1 && parseHeaderFields(texts[0])) return [fieldParagraph(texts[0])];
  const lines: SourceParagraph[] = [];
  for (let index = 0; index < texts.length; index += 1) {
    if (texts[index] === '') continue;
    const inline = parseHeaderFields(texts[index]);
    if (inline) {
      lines.push(fieldParagraph(texts[index]));
      continue;
    }
    if (!headerFieldOfLabel(texts[index])) return null;
    const value = texts[index + 1] ?? '';
    if (value && !headerFieldOfLabel(value)) {
      lines.push(fieldParagraph(`${texts[index].replace(/[\s\u3000:：]/g, '')}：${value}`));
      index += 1;
    }
  }
  return lines.length > 0 ? lines : null;
}

/**
 * A layout table read as the guide it lays out, row by row: header rows as field lines, a
 * narrow label cell as the label of its row's block (unless the content opens with labels of
 * its own), the student column as the block's content, the teacher column (导案, 设计意图, 二备)
 * as content for the teacher only, a notes column (问题记录) left out.
 */
function unfoldTable(table: SourceTable): SourceElement[] {
  if (table.rows.length === 1 && table.rows[0].length === 1) {
    const cell = table.rows[0][0];
    const written = cell.paragraphs.filter((paragraph) => plainText(paragraph).trim() !== '');
    // A banner stands over the lines below it as a label cell stands over its row.
    if (written.length === 1 && !parseBlockLabel(plainText(written[0]).trim())?.rest) return [labelParagraph(plainText(written[0]).trim(), written[0])];
    return unfoldLayoutTables(cellElements(cell));
  }
  const out: SourceElement[] = [];
  let roles: (ColumnRole | null)[] = [];
  let roleColumns: number[] = [];
  const width = Math.max(...table.rows.map((row) => row.reduce((sum, cell) => sum + cell.colSpan, 0)));
  for (let rowIndex = 0; rowIndex < table.rows.length; rowIndex += 1) {
    const row = table.rows[rowIndex];
    const columnFields = labelRowFields(row, table.rows[rowIndex + 1]);
    if (columnFields) {
      out.push(...columnFields.map(fieldParagraph));
      rowIndex += 1;
      continue;
    }
    const titles = row.map((cell) => roleOfTitle(cellText(cell)));
    if (row.length >= 2 && titles.every((role) => role !== null)) {
      roles = titles;
      // Columns are told apart by their grid column only under titles of one column each.
      roleColumns = row.every((cell) => cell.colSpan === 1) ? row.map((cell, index) => cell.column ?? index) : [];
      continue;
    }
    if (row.length === 1 && row[0].colSpan >= width && containerBand.test(cellText(row[0]))) continue;
    const fields = headerRow(row);
    if (fields) {
      out.push(...fields);
      continue;
    }
    row.forEach((cell, index) => {
      // By the grid column when known: a row under a label cell merged down has one cell fewer.
      const byColumn = row.length !== roles.length && cell.column !== undefined && roleColumns.includes(cell.column) ? roles[roleColumns.indexOf(cell.column)] : null;
      const role = byColumn ?? (roles.length === row.length ? roles[index] : null);
      if (role === 'notes') return;
      if (index === 0 && role !== 'content' && role !== 'teacher' && isLabelCell(cell, row) && headerFieldOfLabel(cellText(cell)) && row[1]) {
        // 课 | 第1课 中华文明的起源与早期国家 编制人：何静: a header row with its label in the label column.
        const value = row.slice(1).map((other) => other.paragraphs.map(plainText).join(' ').trim()).filter(Boolean).join(' ');
        out.push(fieldParagraph(`${cellText(cell)}：${value}`));
        row.splice(0);
        return;
      }
      if (index === 0 && role !== 'content' && role !== 'teacher' && isLabelCell(cell, row)) {
        const content = row[1];
        if (!content || !startsWithLabel(content)) out.push(labelParagraph(cellText(cell), cell.paragraphs[0]));
        return;
      }
      const elements = unfoldLayoutTables(cellElements(cell));
      if (role === 'answers') out.push(...markAnswers(elements));
      else if (role === 'teacher' || (roles.length === 0 && index > 0 && row.length === 2 && isTeacherBeside(cell))) out.push(...markTeacher(elements));
      else out.push(...elements);
    });
  }
  return out;
}

/** The right-hand cell of a 学案 | 二备 row with nothing written: nothing to keep either way. */
function isTeacherBeside(cell: SourceTableCell): boolean {
  return cellText(cell) === '';
}

/**
 * The document with its layout tables (the whole guide in one table or one cell, 学案 | 导案
 * columns, 环节 | 学案 | 导案 rows) unfolded into the lines they lay out. Data tables stay tables.
 */
export function unfoldLayoutTables(elements: SourceElement[]): SourceElement[] {
  return elements.flatMap((element) => (element.type === 'table' && isLayoutTable(element) ? unfoldTable(element) : [element]));
}
