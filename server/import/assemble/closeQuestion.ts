import { createId } from '../../../shared/editor/createId.ts';
import type { BlockDraft } from './blockDraft.ts';
import { nodeText } from './nodeText.ts';
import { paragraphOfText } from '../inlineContent.ts';

const inlineBlankPattern = /[_＿]{3,}|（[\s\u3000]*）|\([\s\u3000]*\)/;

/**
 * Ends the block's open question as a `question` node. Its answer lines: the ruled lines under
 * it, none when it has blanks to fill or an answer, two otherwise.
 */
export function closeQuestion(block: BlockDraft): void {
  const question = block.question;
  if (!question) return;
  block.question = null;
  if (question.blankAnswers.length > 0 && question.answer.length === 0) question.answer.push(paragraphOfText(question.blankAnswers.join('；')));
  const content = question.content.length > 0 ? question.content : [{ type: 'paragraph' }];
  const hasBlank = content.some((node) => inlineBlankPattern.test(nodeText(node)));
  let answerLines = 2;
  if (question.ruledLines > 0) answerLines = question.ruledLines;
  else if (hasBlank || question.answer.length > 0) answerLines = 0;
  const node = {
    type: 'question',
    attrs: { id: createId(), tier: question.tier, answerLines },
    content: question.answer.length > 0 ? [...content, { type: 'answer', content: question.answer }] : content,
  };
  block.nodes.push(node);
  block.questionNodes.push({ node, number: question.number });
  block.questions += 1;
  if (question.tier && !block.tiers.includes(question.tier)) block.tiers.push(question.tier);
}
