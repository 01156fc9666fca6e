import type { JSONContent } from '@tiptap/core';
import { headerFieldOfLabel, parseHeaderFields, type HeaderFields } from '../../shared/import/headerFields.ts';
import { paragraphOf } from './inlineContent.ts';
import { plainText, type SourceTable } from './sourceElements.ts';

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

/** Fields of a header table (课题 | 一次函数 | 课型 | 新授课 …): label cells followed by value cells. */
export function headerFieldsOfTable(table: SourceTable): HeaderFields | null {
  const fields: HeaderFields = {};
  let found = 0;
  for (const row of table.rows) {
    const texts = row.map((cell) => cell.paragraphs.map(plainText).join(' ').trim());
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
