import { mapLabelToKind, parseBlockLabel, type ParsedBlockLabel } from '../../../shared/import/labelMapping.ts';
import { plainText, type SourceParagraph } from '../sourceElements.ts';
import { blockAudience } from './blockAudience.ts';
import { bookmarkKind } from './bookmarkKind.ts';
import type { ClassifiedElement, ClassifyContext } from './classifiedElement.ts';
import { classifyBlockLine } from './classifyBlockLine.ts';
import { isKeyPointPart } from './isKeyPointPart.ts';

/**
 * A label line opening a block (through the school's synonym dictionary, or our export's
 * bookmark), with the text after the label classified as the new block's first line; null
 * when the line is content of the current block.
 */
export function classifyBlockLabel(paragraph: SourceParagraph, text: string, context: ClassifyContext): ClassifiedElement | null {
  const label = blockLabel(paragraph, context);
  if (!label) return null;
  if (context.blockKind === 'keyPoints' && label.kind === 'keyPoints' && label.form !== 'numbered') {
    // 【学习重点】… 【学习难点】…: one 重点难点 block with both parts.
    return { kind: 'keyPointPart', title: label.title, text: `${label.title}：${label.rest}` };
  }
  if (label.form === 'numbered' && label.number !== null && context.blockKind !== null && (context.innerNumbered || (context.blockEmpty && context.blockForm === 'bracketed'))) {
    // 【课前预习案】 then 一、基础知识梳理, 二、练一练: headings inside the block, unless they name another kind.
    if (!label.mapped || label.kind === context.blockKind || context.innerNumbered) return { kind: 'innerHeading', segments: paragraph.segments };
  }
  const restText = isKeyPointPart(label.title) ? `${label.title}：${label.rest}` : label.rest;
  const rest = label.rest
    ? classifyBlockLine(
        { ...paragraph, segments: [{ text: restText }], headingLevel: null, ruledLine: false },
        { blockKind: label.kind, questionOpen: false, nextLineText: context.nextLineText },
      )
    : null;
  return { kind: 'blockLabel', label, audience: blockAudience(label, context.fromOurExport), sourceLabel: text, rest };
}

/** 1、基础梳理-思 / 1.导入课题：: a bold line numbered 1. whose words name a block. */
const arabicLabelPattern = /^(\d{1,2})[\s\u3000]*[、.．](?!\d)[\s\u3000]*(.+)$/;

function arabicLabel(paragraph: SourceParagraph, context: ClassifyContext): ParsedBlockLabel | null {
  const text = plainText(paragraph).trim();
  const match = arabicLabelPattern.exec(text);
  const first = paragraph.segments.find((segment) => segment.text.trim() !== '');
  if (!match || !first?.bold) return null;
  // The bold part is the label; a bold numbered question runs on past it.
  const boldText = paragraph.segments.filter((segment) => segment.bold).map((segment) => segment.text).join('').trim();
  if (boldText.length < text.length && !/[：:]$/.test(boldText) && !/[-—]/.test(text)) return null;
  const label = parseBlockLabel(`一、${match[2]}`, { synonyms: context.synonyms });
  if (!label || !label.mapped || label.title.length > 10) return null;
  return { ...label, number: null };
}

/** A short line written all in bold whose words name a block (自主学习、梳理知识, 探究与分享). */
function boldLabel(paragraph: SourceParagraph, context: ClassifyContext): ParsedBlockLabel | null {
  const written = paragraph.segments.filter((segment) => segment.text.trim() !== '');
  const text = plainText(paragraph).trim();
  // Latin labels run longer than Chinese ones (Self-assessment, Learning objectives).
  const longest = /[\u4e00-\u9fff]/.test(text) ? 14 : 24;
  if (written.length === 0 || !written.every((segment) => segment.bold) || text.length > longest || /[。？！，；?!,;_＿]/.test(text)) return null;
  const label = parseBlockLabel(text, { synonyms: context.synonyms, heading: true });
  // 自学探究一: a numbered heading over items, inside its block.
  if (label && /[一二三四五六七八九十\d]$/.test(label.title)) return null;
  return label && label.mapped ? label : null;
}

/**
 * 课标要求：认识… before any block: a bold lead ending in a colon whose words name a kind. Only
 * before the first block: inside one the same form is a part of it (重点：…, 拓展：…).
 */
function boldLeadLabel(paragraph: SourceParagraph, context: ClassifyContext): ParsedBlockLabel | null {
  if (context.blockKind !== null || paragraph.headingLevel !== null) return null;
  const written = paragraph.segments.filter((segment) => segment.text.trim() !== '');
  const lead: string[] = [];
  for (const segment of written) {
    if (!segment.bold) break;
    lead.push(segment.text);
  }
  const match = /^[\s\u3000]*([\u4e00-\u9fff]{2,8})[\s\u3000]*[：:][\s\u3000]*$/.exec(lead.join(''));
  if (!match || !mapLabelToKind(match[1], context.synonyms)) return null;
  const label = parseBlockLabel(plainText(paragraph).trim(), { synonyms: context.synonyms, heading: true });
  return label && label.mapped ? label : null;
}

/**
 * Learning objectives, Before class: a short bold line before any block whose words name a kind.
 * A centred line, or one naming a unit or a lesson, is the title.
 */
function firstBoldLabel(paragraph: SourceParagraph, context: ClassifyContext): ParsedBlockLabel | null {
  if (context.blockKind !== null || paragraph.centered || paragraph.headingLevel !== null) return null;
  const written = paragraph.segments.filter((segment) => segment.text.trim() !== '');
  const text = plainText(paragraph).trim();
  if (written.length === 0 || !written.every((segment) => segment.bold) || text.length > 20 || /[。？！，；?!,;_＿]|\d|导学案|学案|unit|lesson|module/i.test(text)) return null;
  const label = parseBlockLabel(text, { synonyms: context.synonyms, heading: true });
  return label && label.mapped ? label : null;
}

function blockLabel(paragraph: SourceParagraph, context: ClassifyContext): ParsedBlockLabel | null {
  if (paragraph.labelCell) {
    // A table's label cell stands over its row as a bracketed label does: 一、 headings in the row stay inside.
    const label = parseBlockLabel(plainText(paragraph), { synonyms: context.synonyms, heading: true });
    return label ? { ...label, form: 'bracketed' } : null;
  }
  const arabic = arabicLabel(paragraph, context) ?? boldLeadLabel(paragraph, context) ?? firstBoldLabel(paragraph, context);
  if (arabic) return arabic;
  const fromBookmark = bookmarkKind(paragraph);
  if (!fromBookmark && context.blockKind !== null && paragraph.headingLevel === null) {
    const bold = boldLabel(paragraph, context);
    if (bold && !parseBlockLabel(plainText(paragraph), { synonyms: context.synonyms })) return bold;
  }
  const heading = paragraph.headingLevel !== null && context.blockKind !== null;
  const label = parseBlockLabel(plainText(paragraph), { synonyms: context.synonyms, heading: heading || fromBookmark !== null, wordHeading: heading });
  if (!label) return null;
  if (fromBookmark) return { ...label, kind: fromBookmark, mapped: true };
  if (label.form !== 'numbered' || label.mapped || context.blockKind === null) return label;
  // An unmapped 一、二、 line opens a block only when it continues the top-level numbering;
  // otherwise it is a sub-heading inside the current block (e.g. 一、选择题 in 当堂检测).
  if (context.lastNumber === null || label.number === context.lastNumber + 1) return label;
  return null;
}
