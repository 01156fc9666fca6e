import ExcelJS from 'exceljs';
import type { TermReport } from '../../../shared/schemas/termReport.ts';
import { defaultSchoolTimeZone, schoolDay } from '../../../shared/time/schoolTime.ts';

/** The term report as an .xlsx the 教务处 can file or print: a sheet per teacher row and per group. */
export async function termReportXlsx(report: TermReport, schoolName: string, timeZone: string = defaultSchoolTimeZone): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = schoolName;
  const teachers = workbook.addWorksheet('教师');
  teachers.addRow([`${schoolName} ${report.term.name}（${report.term.startDate} 至 ${report.term.endDate}）教师备课情况`]);
  teachers.addRow([
    '教师',
    '学科',
    '主备导学案',
    '应完成',
    '按时定稿',
    '逾期定稿',
    '逾期未定稿',
    '参加研讨会议',
    '在场分钟',
    '提出建议',
    '建议被采纳',
    '批注',
    '二次备课',
    `教后反思（应 ${report.reflectionTarget}）`,
  ]);
  for (const row of report.teachers) {
    teachers.addRow([
      row.teacher.name,
      row.subject ?? '',
      row.guidesLed,
      row.quota,
      row.finalsOnTime,
      row.finalsLate,
      row.overdue,
      row.meetingsAttended,
      row.minutesPresent,
      row.suggestionsMade,
      row.suggestionsAccepted,
      row.commentThreads,
      row.classCopies,
      row.reflections,
    ]);
  }
  teachers.getRow(1).font = { bold: true, size: 13 };
  teachers.getRow(2).font = { bold: true };
  teachers.columns.forEach((column, index) => (column.width = index === 0 ? 12 : 11));

  const groups = workbook.addWorksheet('备课组');
  groups.addRow(['备课组', '导学案', '研讨会议', '按时定稿', '逾期定稿', '逾期未定稿']);
  for (const row of report.groups) {
    groups.addRow([row.group.name, row.guides, row.meetingsHeld, row.finalsOnTime, row.finalsLate, row.overdueLessons]);
  }
  groups.getRow(1).font = { bold: true };
  groups.getColumn(1).width = 24;

  const overrides = workbook.addWorksheet('越过体检定稿');
  overrides.addRow(['备课组', '导学案', '版本', '理由', '时间']);
  for (const row of report.checkOverrides) {
    overrides.addRow([row.group.name, row.guide.title, row.versionLabel, row.reason, schoolDay(new Date(row.at), timeZone)]);
  }
  overrides.getRow(1).font = { bold: true };
  overrides.getColumn(2).width = 30;
  overrides.getColumn(4).width = 40;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
