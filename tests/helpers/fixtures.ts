import path from 'node:path';
import { repoRoot } from './testServer.ts';

/** A file under tests/fixtures (see its README), e.g. fixturePath('guides', '01_math_rj8x_yicihanshu_student.docx'). */
export function fixturePath(...parts: string[]): string {
  return path.join(repoRoot, 'tests/fixtures', ...parts);
}
