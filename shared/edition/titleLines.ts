/**
 * The lines around a printed guide's title, built once for the print preview and the Word
 * export so both print the same words: the kicker above the title (school and group), and the
 * subtitle below it (教材单元 · 导学案（学生版） · which version or class copy).
 */

/** 示例中学 · 八年级数学备课组; the group alone when the school is not known. */
export function kickerLine(schoolName: string | null | undefined, groupName: string): string {
  return [schoolName, groupName].filter(Boolean).join(' · ');
}

/** What a class copy (二次备课) prints as its version: 八年级(3)班 · 二次备课 · 基于 定稿 v1. */
export function copyVersionLine(className: string, baseVersionLabel: string): string {
  return `${className} · 二次备课 · 基于 ${baseVersionLabel}`;
}

/** 第十九章 一次函数 · 导学案（学生版） · 定稿 v1, leaving out what is not known. */
export function subtitleLine(unit: string | null, editionLabel: string, versionLine: string | null): string {
  return [unit, `导学案（${editionLabel}）`, versionLine].filter(Boolean).join(' · ');
}
