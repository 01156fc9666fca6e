import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { JSONContent } from '@tiptap/core';
import * as Y from 'yjs';
import { describe, expect, test } from 'vitest';
import { isBlockKind } from '../../shared/editor/blockKinds.ts';
import { guideFromTemplate } from '../../shared/editor/guideFromTemplate.ts';
import { jsonToYDoc, jsonToYUpdate, normaliseGuideJson, yDocToJson } from '../../shared/editor/schema.ts';
import { templateSchema } from '../../shared/schemas/template.ts';

const root = new URL('../../', import.meta.url);

function readJson(relativePath: string): unknown {
  return JSON.parse(readFileSync(fileURLToPath(new URL(relativePath, root)), 'utf8')) as unknown;
}

const demoGuide = readJson('server/seed/demoGuide.json') as JSONContent;
const demoMeta = readJson('server/seed/demoGuide.meta.json') as Record<string, unknown>;

const templateFiles = readdirSync(fileURLToPath(new URL('templates/', root)))
  .filter((name) => name.endsWith('.json'))
  .sort();
const templates = templateFiles.map((file) => templateSchema.parse(readJson(`templates/${file}`)));

/** The documents to round-trip: the seeded demo guide and a new guide from every template. */
const documents: [string, JSONContent][] = [
  ['the seeded demo guide', demoGuide],
  ...templates.map((template): [string, JSONContent] => [`a guide from the template ${template.id}`, guideFromTemplate(template)]),
];

/** Every node in document order, depth first. */
function allNodes(node: JSONContent): JSONContent[] {
  return [node, ...(node.content ?? []).flatMap(allNodes)];
}

/** The ids of every block and question, in document order. */
function idsOf(doc: JSONContent): (string | null)[] {
  return allNodes(doc)
    .filter((node) => node.type === 'question' || (node.type !== undefined && isBlockKind(node.type)))
    .map((node) => (typeof node.attrs?.id === 'string' ? node.attrs.id : null));
}

function textOf(node: JSONContent): string {
  return allNodes(node)
    .map((child) => child.text ?? '')
    .join('');
}

describe.each(documents)('The round trip of %s', (_name, json) => {
  const normalised = normaliseGuideJson(json);

  test('JSON written into a Y.Doc and read back is identical to the normalised JSON.', () => {
    const doc = jsonToYDoc(normalised);
    expect(normaliseGuideJson(yDocToJson(doc))).toEqual(normalised);
    expect(yDocToJson(doc)).toEqual(normalised);
    doc.destroy();
  });

  test('Every block and question has an id, and no id appears twice.', () => {
    const ids = idsOf(normalised);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids).not.toContain(null);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('Block and question ids survive the round trip in the same order.', () => {
    const doc = jsonToYDoc(normalised);
    expect(idsOf(yDocToJson(doc))).toEqual(idsOf(normalised));
    doc.destroy();
  });

  test('The content survives encodeStateAsUpdate and applyUpdate into a fresh Y.Doc.', () => {
    const source = jsonToYDoc(normalised);
    const fresh = new Y.Doc();
    Y.applyUpdate(fresh, Y.encodeStateAsUpdate(source));
    expect(yDocToJson(fresh)).toEqual(normalised);
    expect(idsOf(yDocToJson(fresh))).toEqual(idsOf(normalised));
    source.destroy();
    fresh.destroy();
  });

  test('The single update from jsonToYUpdate rebuilds the same content in a fresh Y.Doc.', () => {
    const fresh = new Y.Doc();
    Y.applyUpdate(fresh, jsonToYUpdate(normalised));
    expect(yDocToJson(fresh)).toEqual(normalised);
    fresh.destroy();
  });
});

describe('The seeded demo guide', () => {
  const doc = normaliseGuideJson(demoGuide);
  const blocks = doc.content ?? [];
  const blockOfKind = (kind: string): JSONContent[] => blocks.filter((block) => block.type === kind);

  test('The stored file is already in normalised form.', () => {
    expect(doc).toEqual(demoGuide);
  });

  test('Its metadata names the title, lesson type, period, unit and an existing template.', () => {
    expect(demoMeta).toEqual({
      title: '19.2.2 一次函数（第1课时）',
      lessonType: '新授课',
      period: '第1课时',
      unit: '第十九章 一次函数',
      templateId: 'math-new',
    });
    expect(templateFiles).toContain(`${String(demoMeta.templateId)}.json`);
  });

  test('Every block and question carries a fixed id starting with demo-.', () => {
    for (const id of idsOf(doc)) expect(id).toMatch(/^demo-[a-z0-9-]+$/);
  });

  test('It has every block a new lesson needs, each with real text.', () => {
    const required = [
      'objectives',
      'keyPoints',
      'method',
      'selfStudy',
      'mutualLearning',
      'presentation',
      'teacherInput',
      'check',
      'summary',
      'reflection',
    ];
    for (const kind of required) expect(blockOfKind(kind), kind).toHaveLength(1);
    for (const block of blocks) expect(textOf(block).length, String(block.attrs?.title)).toBeGreaterThan(10);
  });

  test('Its block minutes add up to no more than a 45-minute lesson, with teacher talk at most 10 minutes.', () => {
    const minutes = (list: JSONContent[]): number =>
      list.reduce((sum, block) => sum + (typeof block.attrs?.minutes === 'number' ? block.attrs.minutes : 0), 0);
    expect(minutes(blocks)).toBeLessThanOrEqual(45);
    expect(minutes(blockOfKind('teacherInput'))).toBeLessThanOrEqual(10);
    const checkMinutes = minutes(blockOfKind('check'));
    expect(checkMinutes).toBeGreaterThanOrEqual(5);
    expect(checkMinutes).toBeLessThanOrEqual(8);
  });

  test('Its 精讲点拨 block is for the teacher only.', () => {
    const [teacherInput] = blockOfKind('teacherInput');
    expect(teacherInput.attrs?.title).toBe('精讲点拨');
    expect(teacherInput.attrs?.audience).toBe('teacher');
  });

  test('Its 合作探究 block has groups of four with the four roles and at least two questions.', () => {
    const [mutual] = blockOfKind('mutualLearning');
    const roles = (mutual.content ?? []).filter((node) => node.type === 'groupRoles');
    expect(roles).toHaveLength(1);
    expect(roles[0].attrs).toEqual({ suggestion: null, size: 4, roles: ['组长', '记录员', '汇报员', '检查员'] });
    expect((mutual.content ?? []).filter((node) => node.type === 'question').length).toBeGreaterThanOrEqual(2);
  });

  test('Its 当堂检测 has questions tiered A, B and C, each with an answer.', () => {
    const [check] = blockOfKind('check');
    const questions = (check.content ?? []).filter((node) => node.type === 'question');
    expect(new Set(questions.map((question) => question.attrs?.tier))).toEqual(new Set(['A', 'B', 'C']));
    for (const question of questions) {
      const answers = (question.content ?? []).filter((node) => node.type === 'answer');
      expect(answers, String(question.attrs?.id)).toHaveLength(1);
      expect(textOf(answers[0]).length).toBeGreaterThan(0);
    }
  });

  test('It contains at least one table and one bulleted list.', () => {
    const types = new Set(allNodes(doc).map((node) => node.type));
    expect(types).toContain('table');
    expect(types).toContain('bulletList');
  });

  test('Its objectives use observable verbs rather than bare 了解, 理解 or 掌握.', () => {
    const [objectives] = blockOfKind('objectives');
    const items = (objectives.content ?? []).flatMap((node) => node.content ?? []);
    expect(items.length).toBeGreaterThanOrEqual(2);
    expect(items.length).toBeLessThanOrEqual(4);
    for (const item of items) {
      const text = textOf(item);
      expect(text).toMatch(/说出|写出|判断|求出|说明|运用|解释/);
      expect(text).not.toMatch(/^(了解|理解|掌握)/);
    }
  });
});
