import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { JSONContent } from '@tiptap/core';
import { describe, expect, test } from 'vitest';
import { isBlockKind } from '../../shared/editor/blockKinds.ts';
import { guideFromTemplate } from '../../shared/editor/guideFromTemplate.ts';
import { defaultGroupRoles } from '../../shared/editor/nodes/groupRoles.ts';
import { normaliseGuideJson } from '../../shared/editor/schema.ts';
import { templateSchema, type Template } from '../../shared/schemas/template.ts';

function readTemplate(id: string): Template {
  const path = fileURLToPath(new URL(`../../templates/${id}.json`, import.meta.url));
  return templateSchema.parse(JSON.parse(readFileSync(path, 'utf8')) as unknown);
}

function allNodes(node: JSONContent): JSONContent[] {
  return [node, ...(node.content ?? []).flatMap(allNodes)];
}

function blockIds(doc: JSONContent): string[] {
  return (doc.content ?? []).map((block) => String(block.attrs?.id));
}

function questionIds(doc: JSONContent): string[] {
  return allNodes(doc)
    .filter((node) => node.type === 'question')
    .map((node) => String(node.attrs?.id));
}

/** A small template with a 互学 block that has no starter content and one that brings its own group roles. */
const handMade = templateSchema.parse({
  id: 'hand-made',
  name: '手工模板',
  subject: '通用',
  lessonType: '新授课',
  periodMinutes: 45,
  blocks: [
    { kind: 'objectives', title: '学习目标', minutes: 2, hint: '写2-4条学习目标' },
    { kind: 'mutualLearning', title: '合作探究', minutes: 10, hint: '小组合作探究' },
    {
      kind: 'mutualLearning',
      title: '小组合作',
      minutes: 10,
      hint: '六人小组合作',
      content: [
        { type: 'groupRoles', attrs: { size: 6, roles: ['组长', '记录员', '汇报员', '检查员', '计时员', '发言人'] } },
        { type: 'question', attrs: { id: 'fixed-id', tier: null }, content: [{ type: 'paragraph' }] },
      ],
    },
    { kind: 'check', title: '当堂检测', minutes: 8, hint: '分层检测题', content: [{ type: 'question', attrs: { tier: 'A' }, content: [{ type: 'paragraph' }] }] },
  ],
});

describe('guideFromTemplate', () => {
  test('Two guides made from the same template share no block ids and no question ids.', () => {
    const template = readTemplate('math-new');
    const first = guideFromTemplate(template);
    const second = guideFromTemplate(template);
    const firstIds = new Set([...blockIds(first), ...questionIds(first)]);
    for (const id of [...blockIds(second), ...questionIds(second)]) expect(firstIds).not.toContain(id);
    expect(questionIds(first).length).toBeGreaterThan(0);
  });

  test('Every block and question of a new guide has an id, and none appears twice.', () => {
    const doc = guideFromTemplate(readTemplate('general'));
    const ids = allNodes(doc)
      .filter((node) => node.type === 'question' || (node.type !== undefined && isBlockKind(node.type)))
      .map((node) => node.attrs?.id);
    for (const id of ids) expect(id).toEqual(expect.any(String));
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('A question id written into the template is replaced by a fresh one in each guide.', () => {
    const first = questionIds(guideFromTemplate(handMade));
    const second = questionIds(guideFromTemplate(handMade));
    expect(first).not.toContain('fixed-id');
    expect(second).not.toContain('fixed-id');
    expect(first.filter((id) => second.includes(id))).toEqual([]);
  });

  test('A mutual-learning block without starter content gets the default group roles and an empty paragraph.', () => {
    const doc = guideFromTemplate(handMade);
    const [plain] = (doc.content ?? []).filter((block) => block.type === 'mutualLearning');
    expect(plain.content).toEqual([
      { type: 'groupRoles', attrs: { size: 4, roles: defaultGroupRoles } },
      { type: 'paragraph' },
    ]);
  });

  test('A mutual-learning block that brings its own group roles keeps them and gets no second one.', () => {
    const doc = guideFromTemplate(handMade);
    const withRoles = (doc.content ?? []).filter((block) => block.type === 'mutualLearning')[1];
    const roles = (withRoles.content ?? []).filter((node) => node.type === 'groupRoles');
    expect(roles).toHaveLength(1);
    expect(roles[0].attrs?.size).toBe(6);
  });

  test('Every mutual-learning block of every shipped template gets exactly one groupRoles node.', () => {
    for (const id of ['general', 'math-new', 'chinese-classical', 'english-unit', 'review', 'test-review']) {
      const doc = guideFromTemplate(readTemplate(id));
      const mutual = (doc.content ?? []).filter((block) => block.type === 'mutualLearning');
      expect(mutual.length, id).toBeGreaterThan(0);
      for (const block of mutual) {
        expect((block.content ?? []).filter((node) => node.type === 'groupRoles'), id).toHaveLength(1);
      }
    }
  });

  test('Each block takes its kind, label, minutes, audience and hint from the template.', () => {
    const template = readTemplate('math-new');
    const doc = guideFromTemplate(template);
    expect(doc.content?.map((block) => block.type)).toEqual(template.blocks.map((block) => block.kind));
    template.blocks.forEach((block, index) => {
      expect(doc.content?.[index].attrs).toMatchObject({
        title: block.title,
        minutes: block.minutes,
        audience: block.audience,
        hint: block.hint,
      });
    });
  });

  test('A block without starter content starts with one empty paragraph, so the guide is schema-valid.', () => {
    const doc = guideFromTemplate(handMade);
    expect(doc.content?.[0].content).toEqual([{ type: 'paragraph' }]);
    expect(() => normaliseGuideJson(doc)).not.toThrow();
  });

  test('Making a guide leaves the template itself unchanged.', () => {
    const template = readTemplate('test-review');
    const before = JSON.stringify(template);
    guideFromTemplate(template);
    guideFromTemplate(handMade);
    expect(JSON.stringify(template)).toBe(before);
  });
});
