import type { BlockOrigin } from '../schemas/blockOrigin.ts';

/**
 * The credit a copied block prints with in the 教师版 (the sheet is in Chinese like the rest of
 * it): 来源：《19.2.2 一次函数》 定稿 v1 · 八年级数学备课组 · 2025-2026学年第一学期.
 */
export function blockOriginLine(origin: BlockOrigin): string {
  const facts = [origin.versionLabel, origin.group, origin.term].filter(Boolean).join(' · ');
  return `来源：《${origin.title}》${facts ? ` ${facts}` : ''}`;
}
