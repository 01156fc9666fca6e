import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fixturePath } from './fixtures.ts';

export interface EditingTrace {
  startContent: string;
  endContent: string;
  /** Each transaction's patches: [position in code points, characters deleted, text inserted]. */
  txns: { time: string; patches: [number, number, string][] }[];
}

/** The real-world editing trace shipped with the fixtures (josephg/editing-traces, seph-blog1). */
export function loadEditingTrace(name = 'seph-blog1'): EditingTrace {
  const file = fixturePath('traces', `${name}.json.gz`);
  return JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as EditingTrace;
}
