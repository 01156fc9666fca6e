import type { JSONContent } from '@tiptap/core';
import { PrintedNode, PrintedQuestion } from '../print/PrintedNode.tsx';

/** A block's content as it reads on the 教师版 (answers included), small, for choosing what to copy. */
export function BlockPreview({ block }: { block: JSONContent }) {
  let questionNumber = 0;
  return (
    <div className="block-reuse-preview">
      {(block.content ?? []).map((child, index) => {
        if (child.type !== 'question') return <PrintedNode key={index} node={child} />;
        questionNumber += 1;
        return <PrintedQuestion key={index} node={child} number={questionNumber} />;
      })}
    </div>
  );
}
