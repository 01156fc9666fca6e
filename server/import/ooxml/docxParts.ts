import { child, childVal, childrenNamed, toggle, type XmlNode } from './xmlTree.ts';

/** A paragraph or character style, as much of it as the importer reads. */
export interface WordStyle {
  name: string;
  basedOn: string | null;
  outlineLevel: number | null;
  numId: string | null;
  numLevel: number | null;
  bold: boolean | null;
  red: boolean | null;
  centered: boolean | null;
}

/** One level of a Word list: how its number is written. */
export interface NumberingLevel {
  format: string;
  text: string;
  start: number;
  /** The level whose new item restarts this one (lvlRestart), default the level above. */
  restartAfter: number | null;
}

export interface NumberingDefinition {
  /** Counters are shared by every list of one abstract definition. */
  abstractId: string;
  levels: Map<number, NumberingLevel>;
}

/** Relationship targets of the document part: rId -> path inside the package (word/media/image1.png). */
export function readRelationships(root: XmlNode | null, base = 'word/'): Map<string, string> {
  const targets = new Map<string, string>();
  for (const relation of childrenNamed(root, 'Relationship')) {
    const id = relation.attrs.Id;
    const target = relation.attrs.Target;
    if (!id || !target || relation.attrs.TargetMode === 'External') continue;
    targets.set(id, target.startsWith('/') ? target.slice(1) : normalisePath(base + target));
  }
  return targets;
}

function normalisePath(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

/** Red-ish colours teachers write answers in (FF0000, C00000, E53935 …). */
export function isRedColor(value: string | null | undefined): boolean {
  if (!value || value === 'auto' || !/^[0-9a-f]{6}$/i.test(value)) return false;
  const red = Number.parseInt(value.slice(0, 2), 16);
  const green = Number.parseInt(value.slice(2, 4), 16);
  const blue = Number.parseInt(value.slice(4, 6), 16);
  return red >= 0xb0 && green <= 0x60 && blue <= 0x60;
}

export function readStyles(root: XmlNode | null): Map<string, WordStyle> {
  const styles = new Map<string, WordStyle>();
  for (const style of childrenNamed(root, 'w:style')) {
    const id = style.attrs['w:styleId'];
    if (!id) continue;
    const pPr = child(style, 'w:pPr');
    const rPr = child(style, 'w:rPr');
    const numPr = child(pPr, 'w:numPr');
    const outline = childVal(pPr, 'w:outlineLvl');
    const color = childVal(rPr, 'w:color');
    styles.set(id, {
      name: childVal(style, 'w:name') ?? id,
      basedOn: childVal(style, 'w:basedOn'),
      outlineLevel: outline !== null ? Number(outline) : null,
      numId: childVal(numPr, 'w:numId'),
      numLevel: childVal(numPr, 'w:ilvl') !== null ? Number(childVal(numPr, 'w:ilvl')) : null,
      bold: toggle(rPr, 'w:b'),
      red: color !== null ? isRedColor(color) : null,
      centered: childVal(pPr, 'w:jc') !== null ? childVal(pPr, 'w:jc') === 'center' : null,
    });
  }
  return styles;
}

/** A style property, following basedOn up to a few levels. */
export function styleProperty<K extends keyof WordStyle>(styles: Map<string, WordStyle>, id: string | null, key: K): WordStyle[K] | null {
  let current = id;
  for (let depth = 0; current && depth < 10; depth += 1) {
    const style = styles.get(current);
    if (!style) return null;
    if (style[key] !== null) return style[key];
    current = style.basedOn;
  }
  return null;
}

function readLevels(parent: XmlNode): Map<number, NumberingLevel> {
  const levels = new Map<number, NumberingLevel>();
  for (const level of childrenNamed(parent, 'w:lvl')) {
    const index = Number(level.attrs['w:ilvl'] ?? 0);
    const restart = childVal(level, 'w:lvlRestart');
    levels.set(index, {
      format: childVal(level, 'w:numFmt') ?? 'decimal',
      text: childVal(level, 'w:lvlText') ?? '',
      start: Number(childVal(level, 'w:start') ?? 1),
      restartAfter: restart !== null ? Number(restart) - 1 : null,
    });
  }
  return levels;
}

export function readNumbering(root: XmlNode | null): Map<string, NumberingDefinition> {
  const abstracts = new Map<string, Map<number, NumberingLevel>>();
  for (const abstract of childrenNamed(root, 'w:abstractNum')) {
    abstracts.set(abstract.attrs['w:abstractNumId'] ?? '', readLevels(abstract));
  }
  const definitions = new Map<string, NumberingDefinition>();
  for (const num of childrenNamed(root, 'w:num')) {
    const abstractId = childVal(num, 'w:abstractNumId') ?? '';
    const levels = new Map(abstracts.get(abstractId) ?? []);
    for (const override of childrenNamed(num, 'w:lvlOverride')) {
      const index = Number(override.attrs['w:ilvl'] ?? 0);
      const own = child(override, 'w:lvl');
      const base = own ? readLevels({ ...override, children: [own] }).get(Number(own.attrs['w:ilvl'] ?? index)) : levels.get(index);
      const start = childVal(override, 'w:startOverride');
      if (base) levels.set(index, { ...base, start: start !== null ? Number(start) : base.start });
    }
    definitions.set(num.attrs['w:numId'] ?? '', { abstractId: `${abstractId}`, levels });
  }
  return definitions;
}
