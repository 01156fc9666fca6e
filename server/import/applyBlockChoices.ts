import type { JSONContent } from '@tiptap/core';
import { createId } from '../../shared/editor/createId.ts';
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

function invalid(message: string, path: (string | number)[]): ApiError {
  return new ApiError(400, 'invalid_body', `${path.join('.')}: ${message}`, path);
}

/** A block cut before the parts its splits name: the block's own first piece, then one block per split. */
function splitBlock(block: JSONContent, choice: ImportBlockChoice, index: number): JSONContent[] {
  const nodes = block.content ?? [];
  const splits = choice.splits ?? [];
  let from = 0;
  const pieces: JSONContent[] = [];
  const audience = choice.role === 'teacher' ? 'teacher' : 'all';
  splits.forEach((split, at) => {
    if (split.at <= from || split.at >= nodes.length) throw invalid(`拆分位置应在 ${from + 1} 到 ${nodes.length - 1} 之间`, ['blocks', index, 'splits', at, 'at']);
    pieces.push({ ...block, content: nodes.slice(from, split.at) });
    from = split.at;
  });
  pieces.push({ ...block, content: nodes.slice(from) });
  return pieces.map((piece, at) =>
    at === 0
      ? { ...piece, type: choice.kind, attrs: { ...block.attrs, audience } }
      : { type: splits[at - 1].kind, attrs: { id: createId(), title: splits[at - 1].title, minutes: null, audience }, content: piece.content },
  );
}

/** Group roles (组长/记录员 …) belong to a 互学 block only. */
function fitted(block: JSONContent): JSONContent {
  const nodes = (block.content ?? []).filter((node) => block.type === 'mutualLearning' || node.type !== 'groupRoles');
  return { ...block, content: nodes.length > 0 ? nodes : [{ type: 'paragraph' }] };
}

/**
 * The guide's content with the teacher's corrections from the preview: each block's kind and
 * who it is for, blocks merged into the one before them (并入上一模块) or split before some of
 * their parts (拆分, each new part with its own title and kind), and blocks that are the
 * answers to the items above them (their numbered answers go to those items as `answer`, and
 * the block itself goes). 400 with the field's path when the choices do not match the blocks read.
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
    const [first, ...rest] = splitBlock(block, choice, index);
    if (choice.merge) {
      const previous = kept.at(-1);
      if (!previous) throw invalid('第一个模块前面没有可以并入的模块', ['blocks', index, 'merge']);
      previous.content = [...(previous.content ?? []), ...(first.content ?? [])];
    } else {
      kept.push(first);
    }
    kept.push(...rest);
  });
  if (kept.length === 0) throw new ApiError(400, 'invalid_body', 'blocks: 至少要保留一个模块', ['blocks']);
  const fittedBlocks = kept.map(fitted);
  matchAnswerKey(questionsOf(fittedBlocks), keys);
  return { ...content, content: fittedBlocks };
}
