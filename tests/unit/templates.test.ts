import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { guideFromTemplate } from '../../shared/editor/guideFromTemplate.ts';
import { normaliseGuideJson } from '../../shared/editor/schema.ts';
import { templateSchema, type Template } from '../../shared/schemas/template.ts';

const templatesDir = fileURLToPath(new URL('../../templates/', import.meta.url));
const files = readdirSync(templatesDir)
  .filter((name) => name.endsWith('.json'))
  .sort();

function readTemplateFile(file: string): unknown {
  return JSON.parse(readFileSync(`${templatesDir}${file}`, 'utf8')) as unknown;
}

const templates: Template[] = files.map((file) => templateSchema.parse(readTemplateFile(file)));
const byId = new Map(templates.map((template) => [template.id, template]));

function minutesOf(template: Template, kind?: string): number {
  return template.blocks
    .filter((block) => kind === undefined || block.kind === kind)
    .reduce((sum, block) => sum + (block.minutes ?? 0), 0);
}

/** A valid template to break in the tests below. */
function validTemplate(): Record<string, unknown> {
  return {
    id: 'broken-test',
    name: '测试模板',
    description: '',
    subject: '数学',
    lessonType: '新授课',
    periodMinutes: 45,
    blocks: [
      { kind: 'objectives', title: '学习目标', minutes: 2, hint: '写2-4条学习目标' },
      { kind: 'selfStudy', title: '自主学习', minutes: 15, hint: '学生独立完成的任务' },
      { kind: 'check', title: '当堂检测', minutes: 8, hint: '分层检测题' },
    ],
  };
}

function issuePaths(input: unknown): (string | number)[][] {
  const result = templateSchema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part)));
}

describe('The template files in templates/', () => {
  test('There are at least six template files to check.', () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
  });

  test.each(files)('The file %s parses with the template schema.', (file) => {
    const result = templateSchema.safeParse(readTemplateFile(file));
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  test.each(files)('The id inside %s equals its file name.', (file) => {
    const template = templateSchema.parse(readTemplateFile(file));
    expect(`${template.id}.json`).toBe(file);
  });

  test('No two templates share an id.', () => {
    const ids = templates.map((template) => template.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('The six templates the product promises all exist with their subject and lesson type.', () => {
    const expected: [string, string, string][] = [
      ['general', '通用', '新授课'],
      ['math-new', '数学', '新授课'],
      ['chinese-classical', '语文', '新授课'],
      ['english-unit', '英语', '新授课'],
      ['review', '通用', '复习课'],
      ['test-review', '通用', '讲评课'],
    ];
    for (const [id, subject, lessonType] of expected) {
      const template = byId.get(id);
      expect(template, `template ${id}`).toBeDefined();
      expect(template?.subject).toBe(subject);
      expect(template?.lessonType).toBe(lessonType);
    }
  });

  describe.each(templates.map((template) => [template.id, template] as const))('The template %s', (_id, template) => {
    test('Its starter content produces a schema-valid guide through guideFromTemplate.', () => {
      expect(() => normaliseGuideJson(guideFromTemplate(template))).not.toThrow();
    });

    test('Its block minutes add up to no more than the lesson length.', () => {
      expect(minutesOf(template)).toBeLessThanOrEqual(template.periodMinutes);
    });

    test('It has objectives, a self-study block, a mutual-learning block and a check block.', () => {
      const kinds = new Set(template.blocks.map((block) => block.kind));
      for (const kind of ['objectives', 'selfStudy', 'mutualLearning', 'check']) expect(kinds).toContain(kind);
    });

    test('Its check blocks take 5 to 8 minutes and its teacher talk at most 10 minutes.', () => {
      for (const block of template.blocks.filter((candidate) => candidate.kind === 'check')) {
        expect(block.minutes).toBeGreaterThanOrEqual(5);
        expect(block.minutes).toBeLessThanOrEqual(8);
      }
      expect(minutesOf(template, 'teacherInput')).toBeLessThanOrEqual(10);
    });

    test('Its teacher-input blocks are for the teacher only.', () => {
      for (const block of template.blocks.filter((candidate) => candidate.kind === 'teacherInput')) {
        expect(block.audience).toBe('teacher');
      }
    });

    test('Every starter question in its check blocks carries a tier.', () => {
      for (const block of template.blocks.filter((candidate) => candidate.kind === 'check')) {
        const questions = (block.content ?? []).filter((node) => node.type === 'question');
        expect(questions.length).toBeGreaterThanOrEqual(3);
        for (const question of questions) expect(question.attrs?.tier).toEqual(expect.any(String));
      }
    });

    test('It leaves students space for 我的疑惑 or a reflection.', () => {
      const text = JSON.stringify(template.blocks.map((block) => block.content ?? []));
      const hasReflection = template.blocks.some((block) => block.kind === 'reflection');
      expect(hasReflection || text.includes('疑惑')).toBe(true);
    });

    test('It is aimed at a 45-minute junior secondary lesson unless it is a primary school template.', () => {
      const primary = template.id.startsWith('primary-');
      expect(template.periodMinutes).toBe(primary ? 40 : 45);
    });
  });
});

describe('A broken template', () => {
  test('The valid template the broken ones are made from passes the schema.', () => {
    expect(issuePaths(validTemplate())).toEqual([]);
  });

  test('A template whose blocks add up to more than the lesson fails with an issue on blocks.', () => {
    const template = validTemplate();
    const blocks = template.blocks as Record<string, unknown>[];
    blocks[1] = { ...blocks[1], minutes: 40 };
    expect(issuePaths(template)).toContainEqual(['blocks']);
  });

  test('A template with an unknown block kind fails with an issue naming that block kind.', () => {
    const template = validTemplate();
    const blocks = template.blocks as Record<string, unknown>[];
    blocks[2] = { ...blocks[2], kind: 'homework' };
    expect(issuePaths(template)).toContainEqual(['blocks', 2, 'kind']);
  });

  test('A template block without a hint fails with an issue naming the hint.', () => {
    const template = validTemplate();
    const blocks = template.blocks as Record<string, unknown>[];
    delete blocks[0].hint;
    expect(issuePaths(template)).toContainEqual(['blocks', 0, 'hint']);
  });

  test('A template with a lesson length other than 40 or 45 minutes fails with an issue naming periodMinutes.', () => {
    expect(issuePaths({ ...validTemplate(), periodMinutes: 50 })).toContainEqual(['periodMinutes']);
  });

  test('A template whose id is not lower-case letters, digits and hyphens fails with an issue naming the id.', () => {
    expect(issuePaths({ ...validTemplate(), id: 'Math New' })).toContainEqual(['id']);
  });

  test('A template whose starter content does not fit the document schema cannot become a guide.', () => {
    const template = templateSchema.parse({
      ...validTemplate(),
      blocks: [
        ...(validTemplate().blocks as Record<string, unknown>[]),
        // A question must hold at least one paragraph before its answer.
        { kind: 'extension', title: '拓展提升', minutes: null, hint: '分层作业', content: [{ type: 'question' }] },
      ],
    });
    expect(() => normaliseGuideJson(guideFromTemplate(template))).toThrow();
  });
});
