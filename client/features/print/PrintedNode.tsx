import type { JSONContent } from '@tiptap/core';
import { answerMark, teacherNoteMark } from '../../../shared/edition/editionLabels.ts';
import { tierMark } from '../../../shared/edition/tierMark.ts';
import { withChoiceOptions, type ChoiceOption } from '../../../shared/edition/choiceOptions.ts';
import { answerSpaceOf } from '../../../shared/schemas/answerSpace.ts';
import { fileSource } from '../../../shared/editor/nodes/figure.ts';
import { Formula } from '../../editor/math/Formula.tsx';
import { PrintedAnswerSpace } from './PrintedAnswerSpace.tsx';
import { PrintedInline } from './PrintedInline.tsx';

function Children({ nodes }: { nodes: JSONContent[] | undefined }) {
  return (
    <>
      {(nodes ?? []).map((node, index) => (
        <PrintedNode key={index} node={node} />
      ))}
    </>
  );
}

function PrintedTable({ node }: { node: JSONContent }) {
  return (
    <table className="printed-table">
      <tbody>
        {(node.content ?? []).map((row, rowIndex) => (
          <tr key={rowIndex}>
            {(row.content ?? []).map((cell, cellIndex) => {
              const Cell = cell.type === 'tableHeader' ? 'th' : 'td';
              return (
                <Cell key={cellIndex} colSpan={Number(cell.attrs?.colspan ?? 1)} rowSpan={Number(cell.attrs?.rowspan ?? 1)}>
                  <Children nodes={cell.content} />
                </Cell>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The answer of a question, in the 教师版 only (edition() has already dropped it from the 学生版). */
function PrintedAnswer({ node }: { node: JSONContent }) {
  const [first, ...rest] = node.content ?? [];
  return (
    <div className="printed-answer" data-teacher-only="answer">
      {first?.type === 'paragraph' ? (
        <p>
          <span className="teacher-mark">{answerMark}</span>
          <PrintedInline nodes={first.content} />
        </p>
      ) : (
        <>
          <span className="teacher-mark">{answerMark}</span>
          {first && <PrintedNode node={first} />}
        </>
      )}
      <Children nodes={rest} />
    </div>
  );
}

/** A figure at its width (never wider than the column), or nothing when its file is not one of ours. */
function PrintedFigure({ node }: { node: JSONContent }) {
  const src = fileSource(typeof node.attrs?.src === 'string' ? node.attrs.src : null);
  if (!src) return null;
  const width = typeof node.attrs?.width === 'number' ? node.attrs.width : undefined;
  const alt = typeof node.attrs?.alt === 'string' ? node.attrs.alt : '';
  const caption = typeof node.attrs?.caption === 'string' ? node.attrs.caption : '';
  return (
    <figure className="printed-figure">
      <img src={src} alt={alt} style={width ? { width: `${width}px` } : undefined} />
      {caption && <figcaption>{caption}</figcaption>}
    </figure>
  );
}

/** A choice item's options laid out as fits: four in a row, two to a row, or one a line. */
function PrintedChoices({ options, columns }: { options: ChoiceOption[]; columns: number }) {
  return (
    <div className={`printed-choices printed-choices-${columns}`} data-columns={columns}>
      {options.map((option) => (
        <span key={option.letter} className="printed-choice">
          {option.letter}. <PrintedInline nodes={option.content} />
        </span>
      ))}
    </div>
  );
}

/** A question's body after its first line, with its options (A. B. C. D.) gathered and laid out. */
function QuestionRest({ nodes }: { nodes: JSONContent[] }) {
  return (
    <>
      {withChoiceOptions(nodes).map((part, index) =>
        part.kind === 'choices' ? (
          <PrintedChoices key={index} options={part.options} columns={part.columns} />
        ) : (
          <PrintedNode key={index} node={part.node} />
        ),
      )}
    </>
  );
}

/**
 * A question: number, tier mark, content, then its answer space (学生版, and 教师版
 * questions without an answer: ruled lines, a box, a grid or nothing, from `answerSpace`)
 * or its answer (教师版). Printed as one unit: the page never breaks between a question and
 * its answer space.
 */
export function PrintedQuestion({ node, number }: { node: JSONContent; number: number }) {
  const content = node.content ?? [];
  const answer = content.find((child) => child.type === 'answer');
  const body = content.filter((child) => child.type !== 'answer');
  const space = answerSpaceOf(node.attrs);
  const tier = typeof node.attrs?.tier === 'string' ? node.attrs.tier : null;
  const [first, ...rest] = body;
  return (
    <div className="printed-question" data-tier={tier ?? ''}>
      <div className="printed-question-body">
        <span className="printed-question-number">{number}.</span>
        <div className="printed-question-content">
          {first?.type === 'paragraph' ? (
            <p>
              {tier && <span className="tier-mark">{tierMark(tier)}</span>}
              <PrintedInline nodes={first.content} />
            </p>
          ) : (
            <>
              {tier && <span className="tier-mark">{tierMark(tier)}</span>}
              {first && <PrintedNode node={first} />}
            </>
          )}
          <QuestionRest nodes={rest} />
          {answer && <PrintedAnswer node={answer} />}
          {!answer && <PrintedAnswerSpace space={space} />}
        </div>
      </div>
    </div>
  );
}

/** Any node inside a block, read-only, as it prints. Unknown nodes print their content. */
export function PrintedNode({ node }: { node: JSONContent }) {
  switch (node.type) {
    case 'paragraph':
      return (
        <p>
          <PrintedInline nodes={node.content} />
        </p>
      );
    case 'heading':
      return (
        <h4 className="printed-subheading">
          <PrintedInline nodes={node.content} />
        </h4>
      );
    case 'bulletList':
      return (
        <ul>
          <Children nodes={node.content} />
        </ul>
      );
    case 'orderedList':
      return (
        <ol>
          <Children nodes={node.content} />
        </ol>
      );
    case 'listItem':
      return (
        <li>
          <Children nodes={node.content} />
        </li>
      );
    case 'blockquote':
      return (
        <blockquote>
          <Children nodes={node.content} />
        </blockquote>
      );
    case 'horizontalRule':
      return <hr />;
    case 'table':
      return <PrintedTable node={node} />;
    case 'blockMath':
      return <Formula latex={String(node.attrs?.latex ?? '')} display />;
    case 'image':
      return <PrintedFigure node={node} />;
    case 'groupRoles': {
      const roles = Array.isArray(node.attrs?.roles) ? (node.attrs.roles as unknown[]).map(String).join('、') : '';
      return (
        <p className="printed-group-roles">
          〔小组分工：{Number(node.attrs?.size ?? 4)}人一组（{roles}）〕
        </p>
      );
    }
    case 'answer':
      return <PrintedAnswer node={node} />;
    case 'teacherNote':
      return (
        <aside className="printed-teacher-note" data-teacher-only="teacherNote">
          <span className="teacher-mark">{teacherNoteMark}</span>
          <Children nodes={node.content} />
        </aside>
      );
    case 'text':
      return <PrintedInline nodes={[node]} />;
    default:
      return <Children nodes={node.content} />;
  }
}
