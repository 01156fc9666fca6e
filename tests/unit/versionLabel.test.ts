import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import en from '../../client/i18n/en.json' with { type: 'json' };
import zh from '../../client/i18n/zh-CN.json' with { type: 'json' };
import { versionLabelText } from '../../client/i18n/versionLabel.ts';

async function translator(language: string) {
  const instance = i18next.createInstance();
  await instance.init({ lng: language, resources: { 'zh-CN': { translation: zh }, en: { translation: en } }, interpolation: { escapeValue: false } });
  return instance.t.bind(instance);
}

describe('version names in the screen’s language', () => {
  it('names the workflow’s versions in English and keeps them in Chinese', async () => {
    const english = await translator('en');
    expect(['初稿', '研讨稿', '定稿 v1', '定稿 v12', '恢复前'].map((label) => versionLabelText(label, english))).toEqual([
      'First draft',
      'Review draft',
      'Final v1',
      'Final v12',
      'Before restore',
    ]);
    const chinese = await translator('zh-CN');
    expect(['初稿', '研讨稿', '定稿 v2', '恢复前'].map((label) => versionLabelText(label, chinese))).toEqual(['初稿', '研讨稿', '定稿 v2', '恢复前']);
    // A name the workflow did not give is shown as stored.
    expect(versionLabelText('期中复习版', english)).toBe('期中复习版');
  });
});
