import type { MathfieldElement } from 'mathlive';

let loading: Promise<typeof MathfieldElement> | null = null;

/**
 * MathLive's math field, loaded on first use (it is large, and most edits never open the
 * formula editor). It runs from the npm package alone: its fonts are KaTeX's, which the
 * bundled KaTeX stylesheet already serves from this server, so MathLive is told to load
 * no fonts and play no sounds of its own (no request leaves the school's server).
 */
export function loadMathLive(): Promise<typeof MathfieldElement> {
  loading ??= import('mathlive').then(({ MathfieldElement: Field }) => {
    Field.fontsDirectory = null;
    Field.soundsDirectory = null;
    Field.plonkSound = null;
    Field.keypressSound = null;
    return Field;
  });
  return loading;
}
