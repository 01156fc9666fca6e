import type { JSONContent } from '@tiptap/core';
import type { ReactNode } from 'react';
import { blankWidth } from '../../../shared/edition/blankWidth.ts';
import { Formula } from '../../editor/math/Formula.tsx';

/** A text node with its marks, as printed: bold, italic, underline, strike, 上标 / 下标, 加点字. */
function markedText(node: JSONContent, key: number): ReactNode {
  let element: ReactNode = node.text ?? '';
  for (const mark of node.marks ?? []) {
    if (mark.type === 'bold') element = <strong>{element}</strong>;
    else if (mark.type === 'italic') element = <em>{element}</em>;
    else if (mark.type === 'underline') element = <u>{element}</u>;
    else if (mark.type === 'strike') element = <s>{element}</s>;
    else if (mark.type === 'superscript') element = <sup>{element}</sup>;
    else if (mark.type === 'subscript') element = <sub>{element}</sub>;
    else if (mark.type === 'emphasisDots') element = <span className="emphasis-dots">{element}</span>;
  }
  return <span key={key}>{element}</span>;
}

/** A blank between full-width brackets （ ） is a choice item's answer place: no underline there. */
function isBracketed(nodes: JSONContent[], index: number): boolean {
  const before = nodes[index - 1];
  const after = nodes[index + 1];
  return before?.type === 'text' && (before.text ?? '').endsWith('（') && after?.type === 'text' && (after.text ?? '').startsWith('）');
}

/**
 * A fill-in blank: in the 学生版 (where edition() has emptied the answer) an empty underline
 * of the blank's width; in the 教师版 the answer written on the line.
 */
function PrintedBlank({ node, bracketed }: { node: JSONContent; bracketed: boolean }) {
  const answer = typeof node.attrs?.answer === 'string' ? node.attrs.answer : '';
  const width = blankWidth(node.attrs);
  const className = ['printed-blank', answer ? 'has-answer' : '', bracketed ? 'is-bracketed' : ''].filter(Boolean).join(' ');
  return (
    <span className={className} style={{ minWidth: `${width}em` }} data-answer={answer || undefined}>
      {answer}
    </span>
  );
}

/** The inline content of a paragraph or heading. */
export function PrintedInline({ nodes }: { nodes: JSONContent[] | undefined }) {
  const list = nodes ?? [];
  return (
    <>
      {list.map((node, index) => {
        switch (node.type) {
          case 'hardBreak':
            return <br key={index} />;
          case 'text':
            return markedText(node, index);
          case 'inlineMath':
            return <Formula key={index} latex={String(node.attrs?.latex ?? '')} />;
          case 'blank':
            return <PrintedBlank key={index} node={node} bracketed={isBracketed(list, index)} />;
          case 'ruby':
            return (
              <ruby key={index}>
                <PrintedInline nodes={node.content} />
                <rp>（</rp>
                <rt>{String(node.attrs?.annotation ?? '')}</rt>
                <rp>）</rp>
              </ruby>
            );
          default:
            return <PrintedInline key={index} nodes={node.content} />;
        }
      })}
    </>
  );
}
