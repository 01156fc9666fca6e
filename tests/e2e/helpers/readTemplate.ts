import { readFileSync } from 'node:fs';
import path from 'node:path';
import { templateSchema, type Template } from '../../../shared/schemas/template.ts';
import { repoRoot } from './repoRoot.ts';

/** A template as the server loads it (templates/<id>.json), to compare the editor against. */
export function readTemplate(templateId: string): Template {
  const text = readFileSync(path.join(repoRoot, 'templates', `${templateId}.json`), 'utf8');
  return templateSchema.parse(JSON.parse(text));
}
