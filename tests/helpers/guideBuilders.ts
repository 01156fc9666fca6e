import type { JSONContent } from '@tiptap/core';

/** Tiny builders of guide JSON for diff tests: `doc(block('a', 'selfStudy', para('…')))`. */

export function para(text = ''): JSONContent {
  return text === '' ? { type: 'paragraph' } : { type: 'paragraph', content: [{ type: 'text', text }] };
}

export interface BlockAttributes {
  title?: string;
  minutes?: number | null;
  audience?: 'all' | 'teacher';
}

export function block(id: string, type: string, content: JSONContent[], attributes: BlockAttributes = {}): JSONContent {
  return {
    type,
    attrs: { id, title: attributes.title ?? type, minutes: attributes.minutes ?? null, audience: attributes.audience ?? 'all', hint: null },
    content,
  };
}

export function question(id: string, text: string, options: { tier?: string | null; answer?: string } = {}): JSONContent {
  const content: JSONContent[] = [para(text)];
  if (options.answer !== undefined) content.push({ type: 'answer', content: [para(options.answer)] });
  return { type: 'question', attrs: { id, tier: options.tier ?? null, answerLines: 2 }, content };
}

export function bulletList(...items: string[]): JSONContent {
  return { type: 'bulletList', content: items.map((item) => ({ type: 'listItem', content: [para(item)] })) };
}

export function teacherNote(id: string, text: string): JSONContent {
  return { type: 'teacherNote', attrs: { id }, content: [para(text)] };
}

export function doc(...blocks: JSONContent[]): JSONContent {
  return { type: 'doc', content: blocks };
}

/** A deep copy, so a test can change one document without touching the other. */
export function clone(json: JSONContent): JSONContent {
  return structuredClone(json);
}
