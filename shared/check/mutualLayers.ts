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

/** The questions of a task: its sub-questions (1)(2)/①②, or else its sentences that ask something. */
export function taskQuestions(text: string): string[] {
  const marks = [...text.matchAll(subItem)].map((match) => match.index ?? 0);
  if (marks.length >= 2) return marks.map((start, index) => text.slice(start, marks[index + 1] ?? text.length));
  return text.split(/(?<=[。？?！!；;\n])/).filter((sentence) => askPattern.test(sentence));
}

/**
 * How demanding a question is, from its verbs: 1 reads off or recalls (写出, 找出, 圈出), 2
 * explains, judges or applies (为什么, 判断, 计算, 求), 3 generalises or transfers (归纳, 证明,
 * 设计); the highest the wording shows, or null where it does not tell (是多少 may be either).
 */
const levelWords: [level: 1 | 2 | 3, pattern: RegExp][] = [
  [3, /归纳|总结|概括|证明|设计|猜想|推导|评价|规律|拓展|迁移|举例|联系实际|你能.*吗|还有.*方法|一般地/],
  [2, /为什么|解释|说明|理由|比较|区别|判断|计算|求|分析|怎样|如何|是否|吗[？?]|说说|讨论|验证|作图|体会|感受/],
  [1, /写出|说出|读出|找出|填写|填空|列出|圈出|标出|划出|抄写|是什么|有哪些|有几/],
];

export function questionLevel(text: string): 1 | 2 | 3 | null {
  return levelWords.find(([, pattern]) => pattern.test(text))?.[0] ?? null;
}

/**
 * Whether a task's questions go beyond reading off: false only when two or more of them can
 * be judged and every one of those only recalls or copies (写出…, 找出…), so no question climbs.
 */
export function risesInDifficulty(questions: readonly string[]): boolean {
  const levels = questions.map(questionLevel).filter((level): level is 1 | 2 | 3 => level !== null);
  return levels.length < 2 || levels.some((level) => level > 1);
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

/**
 * mutual.layers: a 互学 task with fewer than two questions, or whose questions stay on one
 * level and never climb (问题化、层次化: from reading off to explaining to generalising).
 */
export function mutualLayers(doc: JSONContent): RawFinding[] {
  return guideBlocks(doc)
    .filter((block) => block.kind === 'mutualLearning')
    .flatMap((block) =>
      mutualTasks(block.node).flatMap((task, index) => {
        const params = { task: index + 1, text: quote(task.text), block: block.title };
        if (questionCount(task.text) < 2) return [{ rule: 'mutual.layers' as const, blockId: block.id, params }];
        if (!risesInDifficulty(taskQuestions(task.text))) {
          return [{ rule: 'mutual.layers' as const, blockId: block.id, params: { ...params, shape: 'flat' } }];
        }
        return [];
      }),
    );
}
