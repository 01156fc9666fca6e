import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** Both catalogues name the same messages: English is complete, and no Chinese message is missing. */
type Catalogue = { [key: string]: string | Catalogue };

const read = (name: string) => JSON.parse(readFileSync(new URL(`../../client/i18n/${name}`, import.meta.url), 'utf8')) as Catalogue;

/** Every message key, with i18next's plural suffixes folded into the key they belong to. */
function keys(catalogue: Catalogue, prefix = ''): Set<string> {
  const found = new Set<string>();
  for (const [key, value] of Object.entries(catalogue)) {
    const path = `${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, '')}`;
    if (typeof value === 'string') found.add(path);
    else for (const inner of keys(value, `${path}.`)) found.add(inner);
  }
  return found;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((match) => match[1]).filter((name) => name !== 'count');

function messages(catalogue: Catalogue, prefix = ''): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const [key, value] of Object.entries(catalogue)) {
    const path = `${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, '')}`;
    if (typeof value === 'string') found.set(path, [...(found.get(path) ?? []), value]);
    else for (const [inner, texts] of messages(value, `${path}.`)) found.set(inner, [...(found.get(inner) ?? []), ...texts]);
  }
  return found;
}

describe('message catalogues', () => {
  const chinese = read('zh-CN.json');
  const english = read('en.json');

  it('English has every message Chinese has', () => {
    const missing = [...keys(chinese)].filter((key) => !keys(english).has(key));
    expect(missing).toEqual([]);
  });

  it('Chinese has every message English has', () => {
    const missing = [...keys(english)].filter((key) => !keys(chinese).has(key));
    expect(missing).toEqual([]);
  });

  /** Names Chinese shows as the school wrote them ({{name}}) and English builds from their parts. */
  const namesRebuiltInEnglish = new Set(['termNames.first', 'termNames.second', 'periodNames.lesson']);

  it('a message fills the same values in both languages', () => {
    const englishMessages = messages(english);
    const differing: string[] = [];
    for (const [key, texts] of messages(chinese)) {
      const other = englishMessages.get(key);
      if (!other || namesRebuiltInEnglish.has(key)) continue;
      const inChinese = new Set(texts.flatMap(placeholders));
      const inEnglish = new Set(other.flatMap(placeholders));
      const onlyOneSide = [...inChinese].filter((name) => !inEnglish.has(name)).concat([...inEnglish].filter((name) => !inChinese.has(name)));
      if (onlyOneSide.length > 0) differing.push(`${key}: ${onlyOneSide.join(', ')}`);
    }
    expect(differing).toEqual([]);
  });
});
