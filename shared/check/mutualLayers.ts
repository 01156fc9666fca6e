import type { JSONContent } from '@tiptap/core';
import { guideBlocks, hasText, nodeText, quote } from './guideText.ts';
import type { RawFinding } from './types.ts';

/** A line that starts an inquiry task: 探究1, 任务二, 活动3 … */
const taskHeading = /^\s*(?:【)?(?:探究|任务|活动|问题|合作探究|小组活动)\s*[0-9０-９一二三四五六七八九十]+/;
/** Sub-questions: (1) (2), ①②. */
const subItem = /[（(]\s*\d+\s*[)）]|[①②③④⑤⑥⑦⑧⑨⑩]/g;
/** A sentence that asks something. */
const askPattern = /[？?]|求|写出|说出|说明|判断|计算|比较|归纳|讨论|说说|想一想|为什么|如何|怎样|是否|解释|证明|找出|画出|列出|分析/;

/** How many questions a task asks: its sub-questions, or its sentences that ask something. */
export function questionCount(text: string): number {
  const subItems = text.match(subItem)?.length ?? 0;
  // Split after each mark so that a sentence keeps its own question mark.
  const asks = text.split(/(?<=[。？?！!；;\n])/).filter((sentence) => askPattern.test(sentence)).length;
  return Math.max(subItems, asks);
}

interface Task {
  text: string;
}

/** The tasks of a 互学 block: each heading (探究1 …) starts one; without headings each question is one. */
export function mutualTasks(block: JSONContent): Task[] {
  const children = (block.content ?? []).filter((child) => child.type !== 'groupRoles');
  const texts = children.map((child) => ({ node: child, text: nodeText(child, { answers: false }) }));
  const headed = texts.some(({ text }) => taskHeading.test(text));
  const tasks: Task[] = [];
  if (headed) {
    let current: Task | null = null;
    for (const { text } of texts) {
      if (taskHeading.test(text)) {
        current = { text: text.replace(taskHeading, '').replace(/^[：:\s]+/, '') };
        tasks.push(current);
      } else if (current) {
        current.text += `\n${text}`;
      }
    }
  } else {
    for (const { node, text } of texts) if (node.type === 'question') tasks.push({ text });
  }
  return tasks.filter((task) => hasText(task.text));
}

/** mutual.layers: a 互学 task with fewer than two questions (问题化、层次化). */
export function mutualLayers(doc: JSONContent): RawFinding[] {
  return guideBlocks(doc)
    .filter((block) => block.kind === 'mutualLearning')
    .flatMap((block) =>
      mutualTasks(block.node).flatMap((task, index) =>
        questionCount(task.text) >= 2
          ? []
          : [{ rule: 'mutual.layers' as const, blockId: block.id, params: { task: index + 1, text: quote(task.text), block: block.title } }],
      ),
    );
}
