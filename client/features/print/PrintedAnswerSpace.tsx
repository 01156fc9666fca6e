import { defaultGridHeight, type AnswerSpace } from '../../../shared/schemas/answerSpace.ts';

/**
 * The space left for a student's answer below a question: ruled lines, an empty box of its
 * height, a squared grid (a graph, a figure), or nothing.
 */
export function PrintedAnswerSpace({ space }: { space: AnswerSpace }) {
  switch (space.kind) {
    case 'lines':
      return (
        <>
          {Array.from({ length: space.count }, (_, index) => (
            <div key={index} className="answer-line" aria-hidden="true" />
          ))}
        </>
      );
    case 'box':
      return <div className="answer-box" style={{ height: `${space.height}mm` }} aria-hidden="true" />;
    case 'grid':
      return <div className="answer-grid" style={{ height: `${space.height ?? defaultGridHeight}mm` }} aria-hidden="true" />;
    case 'none':
      return null;
  }
}
