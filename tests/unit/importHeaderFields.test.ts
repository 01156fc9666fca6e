import { describe, expect, it } from 'vitest';
import { parseHeaderFields } from '../../shared/import/headerFields.ts';
import { guideFromSource } from '../../server/import/guideFromSource.ts';
import { importedGuideFacts } from '../../server/import/importedGuideFacts.ts';
import { headerFieldsOfTable } from '../../server/import/sourceTables.ts';
import type { SourceElement, SourceParagraph, SourceTable, SourceTableCell } from '../../server/import/sourceElements.ts';

// Header layouts as teachers print them; the values are made up for these tests.

function line(text: string, options: Partial<SourceParagraph> = {}): SourceParagraph {
  return { type: 'paragraph', segments: [{ text }], headingLevel: null, styleName: null, list: null, indented: false, centered: false, bookmarks: [], ruledLine: false, ...options };
}

/** A cell holding these lines (a narrow label cell holds one character a line). */
function cell(...lines: string[]): SourceTableCell {
  return { header: false, colSpan: 1, rowSpan: 1, paragraphs: lines.map((text) => line(text)) };
}

function table(...rows: SourceTableCell[][]): SourceTable {
  return { type: 'table', rows };
}

/** The header the importer reads from these elements (the guide record's fields). */
function headerOf(elements: SourceElement[]) {
  const mapped = guideFromSource(elements);
  return importedGuideFacts(mapped.header, mapped.titleLines);
}

describe('the header fields of an imported guide', () => {
  it('ends a value at the next field of its line, also a field the dictionary does not know', () => {
    expect(parseHeaderFields('课型：复习课　　教法：__________　　学法：讲练结合　　教具：投影仪、学案')).toEqual({ lessonType: '复习课', aids: '投影仪、学案' });
    expect(parseHeaderFields('授课时间：__________　　授课班级：__________')).toEqual({ teachingDate: null, className: null });
  });

  it('reads a header table written as a row of labels over a row of values', () => {
    const fields = headerFieldsOfTable(
      table([cell('课题'), cell('课型'), cell('主备人'), cell('审核人')], [cell('分式的加减'), cell('新授课'), cell('周敏'), cell('初二数学组')]),
    );
    expect(fields).toEqual({ title: '分式的加减', lessonType: '新授课', leadDrafter: '周敏', reviewer: '初二数学组' });
  });

  it('reads narrow label cells written one character a line', () => {
    const fields = headerFieldsOfTable(table([cell('课', '题'), cell('荷塘月色'), cell('主', '备'), cell('钱磊'), cell('学', '科'), cell('语文')]));
    expect(fields).toEqual({ title: '荷塘月色', leadDrafter: '钱磊', subject: '语文' });
  });

  it('takes a header line printed among the first blocks into the record, not into the block', () => {
    const mapped = guideFromSource([
      line('【学习目标】'),
      line('1．说出光的反射定律。'),
      line('课型：新授课　　主备人：孙悦　　审核人：初二物理组'),
      line('【自主学习】'),
      line('1．入射角是______与法线的夹角。'),
    ]);
    expect(mapped.header).toMatchObject({ lessonType: '新授课', leadDrafter: '孙悦', reviewer: '初二物理组' });
    expect(JSON.stringify(mapped.content)).not.toContain('孙悦');
  });

  it('puts 主备人, 审核人, 学科, 年级 and the school’s other fields into the guide header', () => {
    const facts = headerOf([
      line('××中学八年级物理导学案', { centered: true }),
      line('课题：光的反射　　主备人：孙悦　　审核人：初二物理组　　编写时间：2024年3月8日'),
      line('审批人：王校长　　总课时数：第12课时　　教具：激光笔'),
      line('【学习目标】'),
      line('1．说出光的反射定律。'),
    ]);
    expect(facts.title).toBe('光的反射');
    expect(facts.header).toEqual({
      leadDrafter: '孙悦',
      reviewer: '初二物理组',
      writtenAt: '2024年3月8日',
      approver: '王校长',
      totalPeriods: '第12课时',
      aids: '激光笔',
      subject: '物理',
      grade: '八年级',
    });
  });

  it('takes the 学科 the file prints over what its title lines suggest, and leaves it out when the file names none', () => {
    expect(headerOf([line('高一语文导学案', { centered: true }), line('学科：语文　　年级：高一'), line('【学习目标】'), line('1．背诵全诗。')]).header).toEqual({ subject: '语文', grade: '高一' });
    expect(headerOf([line('《荷塘月色》导学案', { centered: true }), line('【学习目标】'), line('1．背诵全文。')]).header).toEqual({});
  });

  it('skips a line naming only the series and reads the lesson after its unit', () => {
    const facts = headerOf([
      line('高三地理一轮复习导学案', { centered: true }),
      line('必修1　第三单元　地球上的水', { centered: true }),
      line('【考点与课标】'),
      line('1．说出水循环的过程。'),
    ]);
    expect(facts.title).toBe('地球上的水');
    expect(facts.unit).toBe('第三单元');
    expect(facts.header).toMatchObject({ subject: '地理', grade: '高三' });
  });

  it('reads the lesson after the chapter and section that open its title line (第3章第1节　细胞膜的结构和功能)', () => {
    const facts = headerOf([line('第3章第1节　细胞膜的结构和功能', { centered: true }), line('设计人：秦岚'), line('学习目标', { headingLevel: 3 }), line('1．概述细胞膜的功能。')]);
    expect(facts.title).toBe('细胞膜的结构和功能');
    expect(headerOf([line('第二单元第二章第一节　细胞通过分裂产生新细胞', { centered: true }), line('【学习目标】'), line('1．描述细胞分裂的过程。')]).title).toBe('细胞通过分裂产生新细胞');
  });
});
