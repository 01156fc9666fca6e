import { describe, expect, it } from 'vitest';
import { ApiError } from '../../server/errors.ts';
import { readRosterFile } from '../../server/roster/readRosterFile.ts';
import { gradeFromText, rosterRows } from '../../server/roster/rosterRows.ts';
import { rosterCsv, rosterXlsx, type RosterSheet } from '../helpers/rosterFiles.ts';
import { storedZip } from '../helpers/zipFile.ts';

/** A roster like a school office keeps: mixed spellings of grades, lists in cells, one of each mistake. */
const roster: RosterSheet = [
  ['姓名', '工号/用户名', '手机', '学科', '年级', '任教班级'],
  ['陈静', 'T2026001', 13800138000, '语文', '七年级', '七年级(1)班、七年级(2)班'],
  ['周敏', 't2026002', '', '语文，道德与法治', '初一', '七年级(3)班'],
  ['吴刚', 't2026003', '139 0013 9000', '数学', '8', ''],
  ['', 't2026004', '', '英语', '八年级', ''],
  ['郑洁', 't2026001', '1380013', '物理', '大班', ''],
  ['王芳', 'wanglei', '', '', '高二', ''],
];

async function errorOf(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected an ApiError');
}

function checkRows(table: Awaited<ReturnType<typeof readRosterFile>>) {
  const rows = rosterRows(table, new Set(['wanglei']));
  expect(rows.map((row) => row.line)).toEqual([2, 3, 4, 5, 6, 7]);
  expect(rows.map((row) => row.ok)).toEqual([true, true, true, false, false, false]);
  expect(rows[0]).toMatchObject({
    name: '陈静',
    username: 't2026001',
    phone: '13800138000',
    subjects: ['语文'],
    grades: [7],
    classNames: ['七年级(1)班', '七年级(2)班'],
  });
  expect(rows[1]).toMatchObject({ subjects: ['语文', '道德与法治'], grades: [7], phone: null });
  expect(rows[2]).toMatchObject({ phone: '13900139000', grades: [8], classNames: [] });
  expect(rows[3].errors).toEqual([{ column: '姓名', message: '请填写姓名' }]);
  expect(rows[4].errors.map((error) => error.column)).toEqual(['工号/用户名', '手机', '年级']);
  expect(rows[4].errors[0].message).toContain('第 2 行');
  expect(rows[5].errors.map((error) => error.column)).toEqual(['工号/用户名', '学科']);
  expect(rows[5].errors[0].message).toContain('已被使用');
  expect(rows[5].grades).toEqual([11]);
}

describe('the roster (花名册)', () => {
  it('reads an .xlsx saved by Excel, numbers and lists in cells included, and names each bad row’s problems', async () => {
    const table = await readRosterFile(await rosterXlsx(roster));
    expect(table.header).toEqual(['姓名', '工号/用户名', '手机', '学科', '年级', '任教班级']);
    checkRows(table);
  });

  it('reads the same roster as a UTF-8 CSV with a BOM and as a GB18030 CSV from Chinese Excel', async () => {
    checkRows(await readRosterFile(rosterCsv(roster, 'utf-8-bom')));
    checkRows(await readRosterFile(rosterCsv(roster, 'gb18030')));
  });

  it('finds columns by the words schools use and in any order', async () => {
    const table = await readRosterFile(
      rosterCsv([
        ['任教班级', '学科', '工号', '教师姓名', '任教年级', '联系电话'],
        ['九年级(2)班', '化学', 'hx01', '林峰', '初三', '13700137000'],
      ]),
    );
    expect(rosterRows(table, new Set())[0]).toMatchObject({ ok: true, name: '林峰', username: 'hx01', grades: [9], classNames: ['九年级(2)班'] });
  });

  it('refuses a file without the required columns, naming them', async () => {
    const table = await readRosterFile(rosterCsv([['姓名', '手机'], ['陈静', '13800138000']]));
    expect(() => rosterRows(table, new Set())).toThrow(/工号\/用户名、学科、年级、任教班级/);
  });

  it('refuses by the bytes: an old .xls, a zip that is no workbook, an empty file', async () => {
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(await errorOf(readRosterFile(xls))).toMatchObject({ status: 415 });
    expect(await errorOf(readRosterFile(storedZip({ 'word/document.xml': '<w:document/>' })))).toMatchObject({ status: 415 });
    expect(await errorOf(readRosterFile(new Uint8Array()))).toMatchObject({ status: 422 });
  });

  it('understands the ways a grade is written', () => {
    expect(['7', '七年级', '初一', '八年级上', '初三', '高一', '高三', '十二年级', '一年级'].map(gradeFromText)).toEqual([7, 7, 7, 8, 9, 10, 12, 12, 1]);
    expect(['大班', '13', '0', ''].map(gradeFromText)).toEqual([null, null, null, null]);
  });
});
