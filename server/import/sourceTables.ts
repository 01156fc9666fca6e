import type { JSONContent } from '@tiptap/core';
import { headerFieldOfLabel, parseHeaderFields, type HeaderFields } from '../../shared/import/headerFields.ts';
import { paragraphOf } from './inlineContent.ts';
import { plainText, type SourceTable, type SourceTableCell } from './sourceElements.ts';

/** A Word table as a schema table: header rows as tableHeader cells, spans kept, ruled lines left out. */
export function tableNode(table: SourceTable): JSONContent {
  return {
    type: 'table',
    content: table.rows.map((row) => ({
      type: 'tableRow',
      content: row.map((cell) => {
        const paragraphs = cell.paragraphs.filter((paragraph) => !paragraph.ruledLine).map((paragraph) => paragraphOf(paragraph.segments));
        return {
          type: cell.header ? 'tableHeader' : 'tableCell',
          attrs: { colspan: cell.colSpan, rowspan: cell.rowSpan },
          content: paragraphs.length > 0 ? paragraphs : [{ type: 'paragraph' }],
        };
      }),
    })),
  };
}

function rowTexts(row: SourceTableCell[]): string[] {
  return row.map((cell) => cell.paragraphs.map(plainText).join(' ').trim());
}

/**
 * A header written as a row of labels over a row of values (课题 | 课型 | 主备 / 一次函数 | 新授课 | 王磊):
 * the field lines (课题：一次函数 …), or null when `labels` is not such a row or `values` does not answer it.
 */
export function labelRowFields(labels: SourceTableCell[], values: SourceTableCell[] | undefined): string[] | null {
  if (!values || values.length !== labels.length) return null;
  const names = rowTexts(labels);
  const filled = names.filter(Boolean);
  if (filled.length < 2 || !filled.every((name) => headerFieldOfLabel(name))) return null;
  const answers = rowTexts(values);
  if (answers.some((answer) => answer && headerFieldOfLabel(answer))) return null;
  return names.flatMap((name, index) => (name && answers[index] ? [`${name.replace(/[\s\u3000:：]/g, '')}：${answers[index]}`] : []));
}

/** Fields of a header table (课题 | 一次函数 | 课型 | 新授课 …): label cells followed by value cells, or a row of labels over a row of values. */
export function headerFieldsOfTable(table: SourceTable): HeaderFields | null {
  const fields: HeaderFields = {};
  let found = 0;
  for (let rowIndex = 0; rowIndex < table.rows.length; rowIndex += 1) {
    const row = table.rows[rowIndex];
    const columnLines = labelRowFields(row, table.rows[rowIndex + 1]);
    if (columnLines) {
      for (const line of columnLines) {
        const parsed = parseHeaderFields(line) ?? {};
        for (const [key, value] of Object.entries(parsed)) if (!(key in fields)) Object.assign(fields, { [key]: value });
        found += Object.keys(parsed).length;
      }
      rowIndex += 1;
      continue;
    }
    const texts = rowTexts(row);
    texts.forEach((text, index) => {
      const inline = parseHeaderFields(text);
      if (inline) {
        Object.assign(fields, inline);
        found += Object.keys(inline).length;
        return;
      }
      const key = headerFieldOfLabel(text);
      if (!key || key in fields) return;
      const value = texts[index + 1] ?? '';
      fields[key] = /^[_＿\s\u3000年月日]*$/.test(value) || headerFieldOfLabel(value) ? null : value;
      found += 1;
    });
  }
  return found >= 2 ? fields : null;
}
