import {
  AlignmentType,
  Document,
  HeightRule,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { Meeting, MeetingDiscussionItem } from '../../shared/schemas/meeting.ts';
import { fonts, guideStyles, sizes } from './docxTypography.ts';

export interface RenderMeetingRecordDocxProps {
  meeting: Meeting;
  /** The line above the title: school and group (示例中学 · 八年级数学备课组). */
  kicker: string;
  guideTitle: string;
  /** The school's time zone: the record shows the time the teachers saw on the wall. */
  timeZone: string;
}


/** A4 portrait with the margins of a school's printed forms. */
const page = { widthMm: 210, heightMm: 297, margin: { top: 25, bottom: 20, left: 22, right: 22 } };

function twips(millimetres: number): number {
  return Math.round((millimetres * 1440) / 25.4);
}

const textWidth = twips(page.widthMm - page.margin.left - page.margin.right);
const labelWidth = 1500;
const valueWidth = Math.floor((textWidth - 2 * labelWidth) / 2);
const columnWidths = [labelWidth, valueWidth, labelWidth, textWidth - 2 * labelWidth - valueWidth];
const wideValueWidth = textWidth - labelWidth;

const suggestionOutcomeLabels = { accepted: '已采纳', rejected: '未采纳', open: '待处理' } as const;
const commentOutcomeLabels = { resolved: '已解决', unresolved: '未解决' } as const;
const suggestionKindLabels = {
  insert: '建议增加',
  delete: '建议删除',
  replace: '建议改为',
  move: '建议移动',
  attrs: '建议调整',
} as const;

function dateParts(iso: string, timeZone: string) {
  const parts = new Intl.DateTimeFormat('zh-CN', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((entry) => entry.type === type)?.value ?? '';
  return { year: part('year'), month: part('month'), day: part('day'), time: `${part('hour')}:${part('minute')}` };
}

/** The record's date for a file name: YYYY-MM-DD in school time. */
export function recordDate(iso: string, timeZone: string): string {
  const { year, month, day } = dateParts(iso, timeZone);
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** 2025年3月4日 14:00–14:45（共45分钟）; a meeting still running says so. */
export function meetingTimeText(meeting: Pick<Meeting, 'startedAt' | 'endedAt'>, timeZone: string): string {
  const start = dateParts(meeting.startedAt, timeZone);
  const day = `${start.year}年${start.month}月${start.day}日`;
  if (!meeting.endedAt) return `${day} ${start.time} 起（会议进行中）`;
  const end = dateParts(meeting.endedAt, timeZone);
  const sameDay = end.year === start.year && end.month === start.month && end.day === start.day;
  const until = sameDay ? end.time : `${end.year}年${end.month}月${end.day}日 ${end.time}`;
  const minutes = Math.max(0, Math.round((Date.parse(meeting.endedAt) - Date.parse(meeting.startedAt)) / 60_000));
  return `${day} ${start.time}–${until}（共${minutes}分钟）`;
}

function minutesText(minutes: number, seconds: number): string {
  return seconds < 60 ? '不足1分钟' : `${minutes}分钟`;
}

function cellMargins() {
  return { left: 100, right: 100, top: 60, bottom: 60 };
}

function labelCell(text: string, keepNext = false): TableCell {
  return new TableCell({
    width: { size: labelWidth, type: WidthType.DXA },
    shading: { fill: 'F2F2F2', type: ShadingType.CLEAR, color: 'auto' },
    verticalAlign: VerticalAlign.CENTER,
    margins: cellMargins(),
    children: [new Paragraph({ alignment: AlignmentType.CENTER, keepNext, children: [new TextRun({ text, font: fonts.heading })] })],
  });
}

function valueCell(paragraphs: Paragraph[], width: number, columnSpan = 1, verticalAlign: 'center' | 'top' = 'center'): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan,
    verticalAlign: verticalAlign === 'top' ? VerticalAlign.TOP : VerticalAlign.CENTER,
    margins: cellMargins(),
    children: paragraphs.length > 0 ? paragraphs : [new Paragraph({})],
  });
}

/** Plain text in 宋体; line breaks become paragraphs, as a teacher typing into the form would. */
function textParagraphs(text: string | null, keepNext = false): Paragraph[] {
  if (!text) return keepNext ? [new Paragraph({ keepNext: true, children: [] })] : [];
  return text.split(/\r?\n/).map((line) => new Paragraph({ keepNext, children: [new TextRun({ text: line, font: fonts.body })] }));
}

function pairRow(first: [string, string | null], second: [string, string | null]): TableRow {
  return new TableRow({
    cantSplit: true,
    height: { value: 560, rule: HeightRule.ATLEAST },
    children: [
      labelCell(first[0]),
      valueCell(textParagraphs(first[1]), columnWidths[1]),
      labelCell(second[0]),
      valueCell(textParagraphs(second[1]), columnWidths[3]),
    ],
  });
}

function wideRow(label: string, paragraphs: Paragraph[], minHeightMm = 10, keepWithNext = false): TableRow {
  return new TableRow({
    cantSplit: keepWithNext || undefined,
    height: { value: twips(minHeightMm), rule: HeightRule.ATLEAST },
    children: [labelCell(label, keepWithNext), valueCell(paragraphs, wideValueWidth, 3, minHeightMm > 10 ? 'top' : 'center')],
  });
}

function run(text: string, options: { bold?: boolean; font?: 'body' | 'heading' | 'answer'; size?: number } = {}): TextRun {
  return new TextRun({ text, bold: options.bold, font: fonts[options.font ?? 'body'], size: options.size });
}

/** 1.【建议增加】张伟（自主学习）：“……” 结果：已采纳 — one paragraph per suggestion or thread, replies below. */
function discussionParagraphs(items: MeetingDiscussionItem[]): Paragraph[] {
  if (items.length === 0) return [new Paragraph({ children: [run('本次会议期间没有提出修改建议或批注。')] })];
  return items.flatMap((item, index) => {
    const block = item.blockTitle ? `（${item.blockTitle}）` : '';
    if (item.type === 'suggestion') {
      return [
        new Paragraph({
          spacing: { before: index === 0 ? 0 : 80 },
          indent: { left: 360, hanging: 360 },
          children: [
            run(`${index + 1}. `),
            run(`【${suggestionKindLabels[item.kind]}】`, { font: 'heading' }),
            run(`${item.author.name}${block}：“${item.text}”\u3000`),
            run(`结果：${suggestionOutcomeLabels[item.outcome]}`, { font: 'heading' }),
          ],
        }),
      ];
    }
    const quote = item.quote ? `针对“${item.quote}”，` : '';
    return [
      new Paragraph({
        spacing: { before: index === 0 ? 0 : 80 },
        indent: { left: 360, hanging: 360 },
        children: [
          run(`${index + 1}. `),
          run('【批注】', { font: 'heading' }),
          run(`${item.author.name}${block}：${quote}${item.body}\u3000`),
          run(`结果：${commentOutcomeLabels[item.outcome]}`, { font: 'heading' }),
        ],
      }),
      ...item.replies.map(
        (reply) =>
          new Paragraph({
            indent: { left: 720 },
            children: [run(`回复 ${reply.author.name}：${reply.body}`, { font: 'answer' })],
          }),
      ),
    ];
  });
}

/**
 * The 集体备课活动记录表 as a Word form like the paper one schools archive: a titled A4 table
 * with labels in 黑体 and the entries in 宋体 — 时间 / 地点, 主持人 / 记录人, 参与人员 with the
 * minutes each was present, 缺席 and why, 主题, 研讨内容 (every suggestion and comment thread
 * of the meeting with its outcome), 分工, 成果 — and lines for the signatures.
 */
export async function renderMeetingRecordDocx({ meeting, kicker, guideTitle, timeZone }: RenderMeetingRecordDocxProps): Promise<Buffer> {
  const attendees = meeting.attendees.map((attendee) => `${attendee.name}（${minutesText(attendee.minutes, attendee.seconds)}）`);
  const absentees = meeting.absentees.map((person) => person.name).join('、');
  const absence = [absentees || '无', meeting.absenceNotes ? `原因：${meeting.absenceNotes}` : null].filter(Boolean).join('；');
  const counts = meeting.counts;
  // The host ran the meeting even without the guide open; the group is everyone expected.
  const presentIds = new Set([meeting.host.id, ...meeting.attendees.map((attendee) => attendee.id)]);
  const present = presentIds.size;
  const expected = present + meeting.absentees.length;

  const table = new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths,
    rows: [
      new TableRow({
        cantSplit: true,
        height: { value: 560, rule: HeightRule.ATLEAST },
        children: [labelCell('时间'), valueCell(textParagraphs(meetingTimeText(meeting, timeZone)), wideValueWidth, 3)],
      }),
      pairRow(['地点', meeting.location], ['主持人', meeting.host.name]),
      pairRow(['记录人', meeting.recorder?.name ?? null], ['出席人数', `应到 ${expected} 人，实到 ${present} 人`]),
      wideRow('参与人员', textParagraphs(attendees.length > 0 ? attendees.join('、') : '无')),
      wideRow('缺席及原因', textParagraphs(absence)),
      wideRow('主题', textParagraphs(meeting.topic)),
      wideRow(
        '研讨内容',
        [
          new Paragraph({
            spacing: { after: 60 },
            children: [
              run(
                `修改建议 ${counts.suggestions} 条（已采纳 ${counts.accepted}，未采纳 ${counts.rejected}，待处理 ${counts.open}）；批注 ${counts.commentThreads} 条（已解决 ${counts.resolved}）`,
                { size: sizes.small },
              ),
            ],
          }),
          ...discussionParagraphs(meeting.discussion),
        ],
        70,
      ),
      wideRow('分工', textParagraphs(meeting.division), 25),
      // The last row keeps with the signature line after the table (its paragraphs "keep with
      // next" and the row does not split), so the signatures never stand alone on a new page.
      wideRow('成果', textParagraphs(meeting.outcome, true), 25, true),
    ],
  });

  const document = new Document({
    creator: '导学案协同备课',
    title: `集体备课活动记录表 · ${meeting.topic}`,
    description: '集体备课活动记录表',
    styles: guideStyles(),
    sections: [
      {
        properties: {
          page: {
            size: { width: twips(page.widthMm), height: twips(page.heightMm) },
            margin: {
              top: twips(page.margin.top),
              bottom: twips(page.margin.bottom),
              left: twips(page.margin.left),
              right: twips(page.margin.right),
            },
          },
        },
        children: [
          new Paragraph({ style: 'GuideKicker', alignment: AlignmentType.CENTER, children: [new TextRun(kicker)] }),
          new Paragraph({ style: 'GuideTitle', alignment: AlignmentType.CENTER, children: [new TextRun('集体备课活动记录表')] }),
          new Paragraph({ style: 'GuideSubtitle', alignment: AlignmentType.CENTER, spacing: { after: 200 }, children: [new TextRun(`课题：${guideTitle}`)] }),
          table,
          new Paragraph({
            spacing: { before: 360 },
            keepLines: true,
            children: [run('备课组长（签字）：＿＿＿＿＿＿\u3000\u3000\u3000记录人（签字）：＿＿＿＿＿＿\u3000\u3000\u3000日期：＿＿＿＿＿＿', { font: 'body' })],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
