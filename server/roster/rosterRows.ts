import { personNameSchema, subjectSchema, usernameSchema, type RosterRow } from '../../shared/schemas/admin.ts';
import { ApiError } from '../errors.ts';
import type { RosterTable } from './readRosterFile.ts';

type Field = 'name' | 'username' | 'phone' | 'subjects' | 'grades' | 'classNames';

/** The column each field is read from, by the header's words (what schools write there). */
const headerWords: Record<Field, { column: string; words: string[]; required: boolean }> = {
  name: { column: '姓名', words: ['姓名', '教师姓名', '名字'], required: true },
  username: { column: '工号/用户名', words: ['工号/用户名', '工号', '用户名', '账号', '登录名', '教工号'], required: true },
  phone: { column: '手机', words: ['手机', '手机号', '手机号码', '电话', '联系电话'], required: false },
  subjects: { column: '学科', words: ['学科', '任教学科', '科目'], required: true },
  grades: { column: '年级', words: ['年级', '任教年级'], required: true },
  classNames: { column: '任教班级', words: ['任教班级', '班级'], required: true },
};

const chineseDigits: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/**
 * A grade as 1 … 12 from what a roster says: 8, 八年级, 初二 (8), 高一 (10), 七年级上; null when
 * it is not one.
 */
export function gradeFromText(text: string): number | null {
  const trimmed = text.trim();
  const digits = /^(\d{1,2})(年级)?$/.exec(trimmed);
  if (digits) return within(Number(digits[1]));
  const named = /^([一二三四五六七八九十]|十[一二])年级/.exec(trimmed);
  if (named) return within(named[1].length === 2 ? 10 + chineseDigits[named[1][1]] : chineseDigits[named[1]]);
  const stage = /^(初|高)([一二三])/.exec(trimmed);
  if (stage) return (stage[1] === '初' ? 6 : 9) + chineseDigits[stage[2]];
  return null;
}

function within(grade: number): number | null {
  return grade >= 1 && grade <= 12 ? grade : null;
}

/** A list in one cell: 七年级(1)班、七年级(2)班 or 语文, 道德与法治. */
function splitList(text: string): string[] {
  return text
    .split(/[、，,；;／/\n]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

function columnsOf(header: string[]): Record<Field, number> {
  const normalised = header.map((cell) => cell.replace(/\s+/g, '').replace(/／/g, '/'));
  const indexes = {} as Record<Field, number>;
  const missing: string[] = [];
  for (const [field, { column, words, required }] of Object.entries(headerWords) as [Field, (typeof headerWords)[Field]][]) {
    indexes[field] = normalised.findIndex((cell) => words.includes(cell));
    if (indexes[field] === -1 && required) missing.push(column);
  }
  if (missing.length > 0) {
    throw new ApiError(422, 'roster_columns', `花名册缺少这些列：${missing.join('、')}（第一行应为表头：姓名、工号/用户名、手机、学科、年级、任教班级）`);
  }
  return indexes;
}

/**
 * Reads and checks each row of a roster: every problem of a row is named with its column, so
 * the 教务处 can fix the file before anything is written. `taken` holds the usernames already
 * in use; a username twice in the file is an error on its second row.
 */
export function rosterRows(table: RosterTable, taken: ReadonlySet<string>): RosterRow[] {
  const columns = columnsOf(table.header);
  const seen = new Map<string, number>();
  return table.rows.map(({ line, cells }) => {
    const cell = (field: Field) => (columns[field] === -1 ? '' : (cells[columns[field]] ?? '').trim());
    const errors: RosterRow['errors'] = [];
    const fail = (field: Field, message: string) => errors.push({ column: headerWords[field].column, message });

    const name = personNameSchema.safeParse(cell('name'));
    if (!name.success) fail('name', name.error.issues[0].message);

    const rawUsername = cell('username');
    const username = usernameSchema.safeParse(rawUsername);
    if (!rawUsername) fail('username', '请填写工号或用户名');
    else if (!username.success) fail('username', username.error.issues[0].message);
    else if (taken.has(username.data)) fail('username', `用户名 ${username.data} 已被使用`);
    else if (seen.has(username.data)) fail('username', `与第 ${seen.get(username.data)} 行的用户名重复`);
    if (username.success && !seen.has(username.data)) seen.set(username.data, line);

    const phoneText = cell('phone').replace(/[\s-]/g, '');
    if (phoneText && !/^1\d{10}$/.test(phoneText)) fail('phone', '手机号应为 11 位数字');

    const subjects = splitList(cell('subjects'));
    if (subjects.length === 0) fail('subjects', '请填写学科');
    for (const subject of subjects) {
      const parsed = subjectSchema.safeParse(subject);
      if (!parsed.success) fail('subjects', `${subject}：${parsed.error.issues[0].message}`);
    }

    const gradeTexts = splitList(cell('grades'));
    const grades: number[] = [];
    if (gradeTexts.length === 0) fail('grades', '请填写年级');
    for (const text of gradeTexts) {
      const grade = gradeFromText(text);
      if (grade === null) fail('grades', `无法识别的年级“${text}”（如 七年级、初一、8）`);
      else if (!grades.includes(grade)) grades.push(grade);
    }

    const classNames = splitList(cell('classNames'));
    for (const className of classNames) if (className.length > 32) fail('classNames', `班级名称过长：${className.slice(0, 12)}…`);

    return {
      line,
      ok: errors.length === 0,
      errors,
      name: name.success ? name.data : cell('name'),
      username: username.success ? username.data : rawUsername,
      phone: phoneText || null,
      subjects,
      grades,
      classNames,
    };
  });
}
