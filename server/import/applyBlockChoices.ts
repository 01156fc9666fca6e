import type { JSONContent } from '@tiptap/core';
import type { ImportBlockChoice } from '../../shared/schemas/docxImport.ts';
import { ApiError } from '../errors.ts';
import { matchAnswerKey, parseKeyLine, type KeyAnswer, type KeyedQuestion } from './assemble/answerKeys.ts';
import { nodeText } from './assemble/nodeText.ts';

function questionsOf(blocks: JSONContent[]): KeyedQuestion[] {
  return blocks.flatMap((block, index) =>
    (block.content ?? []).filter((node) => node.type === 'question').map((node) => ({ node, number: null, block: index, blockTitle: String(block.attrs?.title ?? '') })),
  );
}

/** The lines of a block marked as answers: its paragraphs, list items and items, in order. */
function keyLines(block: JSONContent): string[] {
  const lines: string[] = [];
  const visit = (node: JSONContent) => {
    if (node.type === 'paragraph') lines.push(nodeText(node));
    else (node.content ?? []).forEach(visit);
  };
  (block.content ?? []).forEach(visit);
  return lines.map((line) => line.trim()).filter(Boolean);
}

/**
 * The guide's content with the teacher's corrections from the preview: each block's kind and
 * who it is for, and blocks that are the answers to the items above them (their numbered
 * answers go to those items as `answer`, and the block itself goes). 400 when the choices do
 * not match the blocks read.
 */
export function applyBlockChoices(content: JSONContent, choices: ImportBlockChoice[]): JSONContent {
  const blocks = content.content ?? [];
  if (choices.length !== blocks.length) {
    throw new ApiError(400, 'invalid_body', `blocks: 应有 ${blocks.length} 个模块的设置，收到 ${choices.length} 个`, ['blocks']);
  }
  const kept: JSONContent[] = [];
  const keys: KeyAnswer[] = [];
  blocks.forEach((block, index) => {
    const choice = choices[index];
    if (choice.role === 'answers') {
      let heading: string | null = null;
      for (const line of keyLines(block)) {
        const parsed = parseKeyLine([{ text: line }]);
        if (parsed.heading) heading = parsed.heading;
        for (const answer of parsed.answers) keys.push({ ...answer, heading });
      }
      return;
    }
    const nodes = (block.content ?? []).filter((node) => choice.kind === 'mutualLearning' || node.type !== 'groupRoles');
    kept.push({
      ...block,
      type: choice.kind,
      attrs: { ...block.attrs, audience: choice.role === 'teacher' ? 'teacher' : 'all' },
      content: nodes.length > 0 ? nodes : [{ type: 'paragraph' }],
    });
  });
  if (kept.length === 0) throw new ApiError(400, 'invalid_body', 'blocks: 至少要保留一个模块', ['blocks']);
  matchAnswerKey(questionsOf(kept), keys);
  return { ...content, content: kept };
}
