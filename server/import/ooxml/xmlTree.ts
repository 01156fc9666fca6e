import { XMLParser } from 'fast-xml-parser';

/** An element of an OOXML part: its qualified name (w:p), attributes, children in order, and text. */
export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  /** For a text node (name '#text'): its text. */
  text: string;
}

type Ordered = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

function convert(item: Ordered): XmlNode | null {
  const attrs = (item[':@'] as Record<string, string> | undefined) ?? {};
  for (const key of Object.keys(item)) {
    if (key === ':@') continue;
    const value = item[key];
    if (key === '#text') return { name: '#text', attrs: {}, children: [], text: String(value) };
    const children = Array.isArray(value) ? (value as Ordered[]).map(convert).filter((node): node is XmlNode => node !== null) : [];
    return { name: key, attrs, children, text: '' };
  }
  return null;
}

/** Parses one XML part into its root element; null when it is missing or not XML. */
export function parseXml(bytes: Uint8Array | undefined): XmlNode | null {
  if (!bytes) return null;
  let parsed: Ordered[];
  try {
    parsed = parser.parse(new TextDecoder('utf-8').decode(bytes)) as Ordered[];
  } catch {
    return null;
  }
  for (const item of parsed) {
    const node = convert(item);
    if (node && node.name !== '#text') return node;
  }
  return null;
}

/** The first child element with this qualified name, or null. */
export function child(node: XmlNode | null | undefined, name: string): XmlNode | null {
  return node?.children.find((item) => item.name === name) ?? null;
}

/** All child elements with this qualified name. */
export function childrenNamed(node: XmlNode | null | undefined, name: string): XmlNode[] {
  return node ? node.children.filter((item) => item.name === name) : [];
}

/** The first descendant with this name, depth first, or null. */
export function descendant(node: XmlNode, name: string): XmlNode | null {
  for (const item of node.children) {
    if (item.name === name) return item;
    const found = descendant(item, name);
    if (found) return found;
  }
  return null;
}

/** Every descendant with this name, in document order. */
export function descendants(node: XmlNode, name: string, out: XmlNode[] = []): XmlNode[] {
  for (const item of node.children) {
    if (item.name === name) out.push(item);
    descendants(item, name, out);
  }
  return out;
}

/** The w:val (or another attribute) of a child element (w:pStyle w:val="Heading1"), or null. */
export function childVal(node: XmlNode | null | undefined, name: string, attribute = 'w:val'): string | null {
  return child(node, name)?.attrs[attribute] ?? null;
}

/** A toggle property (w:b, w:i …): true when present and not switched off, null when absent. */
export function toggle(props: XmlNode | null, name: string): boolean | null {
  const element = child(props, name);
  if (!element) return null;
  const value = element.attrs['w:val'];
  return !(value === '0' || value === 'false' || value === 'off' || value === 'none');
}

/** The text of a node's text descendants, joined. */
export function textOf(node: XmlNode): string {
  if (node.name === '#text') return node.text;
  return node.children.map(textOf).join('');
}
