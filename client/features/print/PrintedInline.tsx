import type { JSONContent } from '@tiptap/core';
import type { ReactNode } from 'react';

/** A text node with its marks, as printed: bold, italic, underline, strike. */
function markedText(node: JSONContent, key: number): ReactNode {
  let element: ReactNode = node.text ?? '';
  for (const mark of node.marks ?? []) {
    if (mark.type === 'bold') element = <strong>{element}</strong>;
    else if (mark.type === 'italic') element = <em>{element}</em>;
    else if (mark.type === 'underline') element = <u>{element}</u>;
    else if (mark.type === 'strike') element = <s>{element}</s>;
  }
  return <span key={key}>{element}</span>;
}

/** The inline content of a paragraph or heading. */
export function PrintedInline({ nodes }: { nodes: JSONContent[] | undefined }) {
  return (
    <>
      {(nodes ?? []).map((node, index) => {
        if (node.type === 'hardBreak') return <br key={index} />;
        if (node.type === 'text') return markedText(node, index);
        return <PrintedInline key={index} nodes={node.content} />;
      })}
    </>
  );
}
