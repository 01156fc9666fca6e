/** The fields of a guide's header as teachers write them in Word (课题：… 课型：…). */
export const headerFieldLabels = {
  title: ['课题', '课题名称', '课名'],
  lessonType: ['课型'],
  period: ['课时'],
  leadDrafter: ['主备人', '主备', '主备教师', '备课人', '编制人', '编写人', '主编人', '设计人', '执笔人'],
  reviewer: ['审核人', '审核', '备课组审核'],
  reviewedAt: ['审核日期', '审核时间'],
  teachingDate: ['授课时间', '使用时间', '上课时间', '授课日期', '上课日期'],
  writtenAt: ['编写时间', '备课时间', '编制时间', '设计时间'],
  approver: ['审批人', '下科行政', '审批'],
  unit: ['单元', '章节', '章'],
  totalPeriods: ['总课时数', '总课时'],
  aids: ['教具', '教具准备', '学具', '教学准备'],
  className: ['班级', '授课班级', '使用班级'],
  teacher: ['执教', '授课人', '授课教师', '上课教师', '执教人'],
  groupNumber: ['小组', '组别'],
  studentName: ['姓名'],
  subject: ['学科'],
  grade: ['年级'],
} as const;

export type HeaderFieldKey = keyof typeof headerFieldLabels;

/** The fields found on a line; a blank (______) reads as null. */
export type HeaderFields = Partial<Record<HeaderFieldKey, string | null>>;

const labelToKey = new Map<string, HeaderFieldKey>();
for (const [key, labels] of Object.entries(headerFieldLabels) as [HeaderFieldKey, readonly string[]][]) {
  for (const label of labels) labelToKey.set(label.replace(/\s/g, ''), key);
}

// Longest labels first, so 审核日期 is read before 审核.
const labelAlternatives = [...labelToKey.keys()].sort((a, b) => b.length - a.length).join('|');
const fieldPattern = new RegExp(`(${labelAlternatives})[\\s\\u3000]*[:：]`, 'g');

/** A value that is only blanks to fill in (____年__月__日 counts as blank too). */
function valueOf(raw: string): string | null {
  const value = raw.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
  if (/^[_＿\s\u3000年月日]*$/.test(value)) return null;
  return value;
}

/**
 * Reads header fields from a line such as 课题：19.2.2 一次函数（第1课时） 课型：新授课 班级：______.
 * Returns null unless the line starts with a field label: a field named in the middle of a
 * sentence is not a header.
 */
export function parseHeaderFields(line: string): HeaderFields | null {
  const text = line.trim();
  const matches = [...text.matchAll(fieldPattern)];
  if (matches.length === 0 || matches[0].index !== 0) return null;
  const fields: HeaderFields = {};
  matches.forEach((match, index) => {
    const key = labelToKey.get(match[1]);
    if (!key || key in fields) return;
    const start = (match.index ?? 0) + match[0].length;
    const end = index + 1 < matches.length ? (matches[index + 1].index ?? text.length) : text.length;
    fields[key] = valueOf(beforeOtherField(text.slice(start, end)));
  });
  return fields;
}

/**
 * A value up to the next field of the line, also one the dictionary does not know
 * (新授课  教法：____ -> 新授课): fields are set apart by a wide gap or a 丨 before a short
 * label and its colon.
 */
function beforeOtherField(value: string): string {
  const other = /(?:[\s\u3000]{2,}|[\s\u3000]*[|｜丨][\s\u3000]*)[\u4e00-\u9fff]{1,6}[\s\u3000]*[:：]/.exec(value);
  return other ? value.slice(0, other.index) : value;
}

/** The header field a table cell's label names (课题, 主备人 …), or null. */
export function headerFieldOfLabel(label: string): HeaderFieldKey | null {
  return labelToKey.get(label.replace(/[\s\u3000:：]/g, '')) ?? null;
}
