import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { normaliseGuideJson } from '../../shared/editor/schema.ts';
import { guideFromTemplate } from '../../shared/editor/guideFromTemplate.ts';
import { templateSchema, type Template } from '../../shared/schemas/template.ts';

/** A template file that cannot be used; the message names the file and the field. */
export class TemplateError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`Invalid template ${file}: ${detail}`);
    this.name = 'TemplateError';
  }
}

/**
 * Reads and validates every templates/*.json. The server calls this before it listens,
 * so a broken template stops it with the file and field named rather than failing later
 * in front of a teacher.
 */
export function loadTemplates(directory: string): Map<string, Template> {
  const files = readdirSync(directory)
    .filter((file) => file.endsWith('.json'))
    .sort();
  if (files.length === 0) throw new TemplateError(directory, 'no template files (*.json) found');
  const templates = new Map<string, Template>();
  for (const file of files) {
    const filePath = path.join(directory, file);
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(filePath, 'utf8'));
    } catch (error) {
      throw new TemplateError(filePath, `not valid JSON (${(error as Error).message})`);
    }
    const result = templateSchema.safeParse(raw);
    if (!result.success) {
      const issue = result.error.issues[0];
      throw new TemplateError(filePath, `field "${issue.path.join('.') || '(root)'}": ${issue.message}`);
    }
    const template = result.data;
    if (`${template.id}.json` !== file) {
      throw new TemplateError(filePath, `field "id": "${template.id}" does not match the file name`);
    }
    try {
      normaliseGuideJson(guideFromTemplate(template));
    } catch (error) {
      throw new TemplateError(filePath, `field "blocks": starter content does not fit the schema (${(error as Error).message})`);
    }
    templates.set(template.id, template);
  }
  return templates;
}
