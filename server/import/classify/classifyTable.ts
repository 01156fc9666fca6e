import { headerFieldsOfTable, tableNode } from '../sourceTables.ts';
import type { SourceTable } from '../sourceElements.ts';
import type { ClassifiedElement } from './classifiedElement.ts';

/** A table before the first block may be the header (课题 | … | 主备 | …); any other is content. */
export function classifyTable(table: SourceTable, beforeFirstBlock: boolean): ClassifiedElement {
  if (beforeFirstBlock) {
    const fields = headerFieldsOfTable(table);
    if (fields) return { kind: 'headerFields', fields };
  }
  return { kind: 'table', node: tableNode(table) };
}
