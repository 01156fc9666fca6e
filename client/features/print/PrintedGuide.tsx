import type { JSONContent } from '@tiptap/core';
import { blockHeading, sectionNumbers } from '../../../shared/edition/blockHeading.ts';
import { edition, type EditionKind } from '../../../shared/edition/edition.ts';
import { blockOriginLine } from '../../../shared/edition/blockOriginLine.ts';
import { blockOriginOf } from '../../../shared/schemas/blockOrigin.ts';
import { editionLabels, teacherOnlyMark } from '../../../shared/edition/editionLabels.ts';
import { guideHeaderRows, type GuideHeaderFacts } from '../../../shared/edition/guideHeaderFields.ts';
import { subtitleLine } from '../../../shared/edition/titleLines.ts';
import { PrintedNode, PrintedQuestion } from './PrintedNode.tsx';

/** What the top of the printed sheet says about the guide. */
export interface PrintFacts extends GuideHeaderFacts {
  /** School and group (示例中学 · 八年级数学备课组). */
  kicker: string;
  unit: string | null;
  /** A saved version (定稿 v1) or a class copy's class; null for the living guide. */
  versionLabel: string | null;
}

function HeaderTable({ facts }: { facts: PrintFacts }) {
  return (
    <table className="printed-header-table">
      <colgroup>
        {Array.from({ length: 8 }, (_, index) => (
          <col key={index} className={index % 2 === 0 ? 'label-column' : 'value-column'} />
        ))}
      </colgroup>
      <tbody>
        <tr>
          <th scope="row">课题</th>
          <td colSpan={7} data-field="title">
            {facts.title}
          </td>
        </tr>
        {guideHeaderRows(facts).map((row, rowIndex) => (
          <tr key={rowIndex}>
            {row.map((field) => [
              <th key={`${field.key}-label`} scope="row">
                {field.label}
              </th>,
              <td key={field.key} data-field={field.key} className={field.value ? '' : 'blank'}>
                {field.value ?? ''}
              </td>,
            ])}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function PrintedBlock({ block, number, kind }: { block: JSONContent; number: number | null; kind: EditionKind }) {
  const title = typeof block.attrs?.title === 'string' ? block.attrs.title : '';
  const minutes = typeof block.attrs?.minutes === 'number' ? block.attrs.minutes : null;
  const teacherOnly = block.attrs?.audience === 'teacher';
  // A copied block's 来源, for the teachers (edition() has already left it out of the 学生版).
  const origin = kind === 'teacher' ? blockOriginOf(block.attrs?.origin) : null;
  let questionNumber = 0;
  return (
    <section
      className={teacherOnly ? 'printed-block is-teacher-only' : 'printed-block'}
      data-kind={block.type}
      data-teacher-only={teacherOnly ? 'teacherBlock' : undefined}
    >
      <h3 className="printed-block-heading">
        {blockHeading({ number, title, minutes })}
        {kind === 'teacher' && teacherOnly && <span className="teacher-mark"> {teacherOnlyMark}</span>}
      </h3>
      {origin && <p className="printed-block-origin">{blockOriginLine(origin)}</p>}
      {(block.content ?? []).map((child, index) => {
        if (child.type !== 'question') return <PrintedNode key={index} node={child} />;
        questionNumber += 1;
        return <PrintedQuestion key={index} node={child} number={questionNumber} />;
      })}
    </section>
  );
}

/**
 * One edition of a guide as it prints: the title, the header table (班级 / 小组 / 姓名 blank on
 * the sheet) and every block of `edition(content, kind)`, the same function the Word export uses.
 */
export function PrintedGuide({ content, facts, kind }: { content: JSONContent; facts: PrintFacts; kind: EditionKind }) {
  const printed = edition(content, kind);
  const subtitle = subtitleLine(facts.unit, editionLabels[kind], facts.versionLabel);
  const numbers = sectionNumbers(printed.content ?? []);
  return (
    <article className="printed-guide" data-edition={kind} lang="zh-CN">
      <header className="printed-title">
        <p className="printed-kicker">{facts.kicker}</p>
        <h1>{facts.title}</h1>
        <p className="printed-subtitle">{subtitle}</p>
      </header>
      <HeaderTable facts={facts} />
      {(printed.content ?? []).map((block, index) => (
        <PrintedBlock key={typeof block.attrs?.id === 'string' ? block.attrs.id : index} block={block} number={numbers[index] ?? null} kind={kind} />
      ))}
    </article>
  );
}
