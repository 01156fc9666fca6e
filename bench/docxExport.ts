// DOCX export of a guide of six printed A4 pages (checked through LibreOffice): the seeded
// 一次函数 guide (four pages) with its first blocks again, 教师版 (answers in place), rendered by
// the same function the export route uses.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { JSONContent } from '@tiptap/core';
import { renderGuideDocx } from '../server/export/renderGuideDocx.ts';
import { median } from './lib/percentile.ts';
import { repoRoot } from './lib/servers.ts';

export interface DocxExportResult {
  blocks: number;
  bytes: number;
  medianMs: number;
}

function withSuffix(node: JSONContent, suffix: string): JSONContent {
  const attrs = node.attrs && 'id' in node.attrs && node.attrs.id ? { ...node.attrs, id: `${node.attrs.id}${suffix}` } : node.attrs;
  return { ...node, ...(attrs ? { attrs } : {}), ...(node.content ? { content: node.content.map((child) => withSuffix(child, suffix)) } : {}) };
}

function sixPageGuide(): JSONContent {
  const demo = JSON.parse(readFileSync(path.join(repoRoot, 'server/seed/demoGuide.json'), 'utf8')) as JSONContent;
  return {
    type: 'doc',
    content: [...(demo.content ?? []), ...(demo.content ?? []).slice(0, 7).map((block) => withSuffix(block, '-2'))],
  };
}

export async function docxExport(repeats = 10): Promise<DocxExportResult> {
  const content = sixPageGuide();
  const facts = {
    title: '19.2.2 一次函数（第1课时）',
    lessonType: '新授课',
    period: '第1课时',
    leadDrafter: '李芳',
    reviewer: '王磊',
    reviewedAt: '2026-11-22',
    className: null,
    kicker: '示例中学 · 八年级数学备课组',
    unit: '第十九章 一次函数',
    versionLabel: '定稿 v1',
  };
  const times: number[] = [];
  let bytes = 0;
  for (let index = 0; index < repeats; index += 1) {
    const started = performance.now();
    const file = await renderGuideDocx({ content, edition: 'teacher', paper: 'a4', facts });
    times.push(performance.now() - started);
    bytes = file.length;
  }
  return { blocks: content.content?.length ?? 0, bytes, medianMs: Math.round(median(times) * 10) / 10 };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await docxExport());
  if (process.argv[2]) {
    // Write one file to count its pages, e.g. with libreoffice --headless --convert-to pdf.
    const { writeFileSync } = await import('node:fs');
    const content = sixPageGuide();
    writeFileSync(process.argv[2], await renderGuideDocx({ content, edition: 'teacher', paper: 'a4', facts: { title: '导学案', lessonType: null, period: null, leadDrafter: null, reviewer: null, reviewedAt: null, className: null, kicker: '', unit: null, versionLabel: null } }));
  }
}
