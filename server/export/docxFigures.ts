import type { JSONContent } from '@tiptap/core';
import { fileSource, fileUrlPrefix } from '../../shared/editor/nodes/figure.ts';

/** An uploaded file's bytes, as the files store keeps them. */
export interface FigureFile {
  bytes: Uint8Array;
}

/**
 * Reads an uploaded file by its SHA-256 (the hex name in `/api/files/<sha256>`), or null when
 * there is none. Given by the caller, so the export reads figures from wherever the files are
 * stored without knowing the HTTP layer.
 */
export type LoadFigureFile = (sha256: string) => Promise<FigureFile | null>;

/** A picture Word can embed: its format and its own size in pixels. */
export interface FigureImage {
  type: 'png' | 'jpg' | 'gif';
  data: Uint8Array;
  widthPx: number;
  heightPx: number;
}

function pngSize(bytes: Uint8Array): [number, number] | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || !signature.every((byte, index) => bytes[index] === byte)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return [view.getUint32(16), view.getUint32(20)];
}

function gifSize(bytes: Uint8Array): [number, number] | null {
  if (bytes.length < 10 || String.fromCharCode(...bytes.subarray(0, 4)) !== 'GIF8') return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return [view.getUint16(6, true), view.getUint16(8, true)];
}

/** A JPEG's size from its first start-of-frame marker (SOF0–SOF15 but DHT, JPG and DAC). */
function jpegSize(bytes: Uint8Array): [number, number] | null {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 2;
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xff) return null;
    const marker = bytes[offset + 1];
    if (marker === 0xff) {
      offset += 1;
      continue;
    }
    const length = view.getUint16(offset + 2);
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) return [view.getUint16(offset + 7), view.getUint16(offset + 5)];
    offset += 2 + length;
  }
  return null;
}

/**
 * The picture in a file's bytes, when Word can embed it (PNG, JPEG, GIF), with its size read
 * from its header; null for anything else (a WebP, which Word does not embed).
 */
export function figureImage(bytes: Uint8Array): FigureImage | null {
  const readers: [FigureImage['type'], (bytes: Uint8Array) => [number, number] | null][] = [
    ['png', pngSize],
    ['jpg', jpegSize],
    ['gif', gifSize],
  ];
  for (const [type, read] of readers) {
    const size = read(bytes);
    if (size && size[0] > 0 && size[1] > 0) return { type, data: bytes, widthPx: size[0], heightPx: size[1] };
  }
  return null;
}

/** The SHA-256 a figure's `src` names, or null when it is not one of this server's files. */
export function figureSha256(src: unknown): string | null {
  const path = fileSource(typeof src === 'string' ? src : null);
  if (!path) return null;
  const sha = path.slice(fileUrlPrefix.length).toLowerCase();
  return /^[0-9a-f]{64}$/.test(sha) ? sha : null;
}

function figureSources(node: JSONContent): string[] {
  const own = node.type === 'image' ? [figureSha256(node.attrs?.src)].filter((sha): sha is string => sha !== null) : [];
  return [...own, ...(node.content ?? []).flatMap(figureSources)];
}

/** Every figure of a document that Word can embed, read once each, by SHA-256. */
export async function loadFigures(doc: JSONContent, load: LoadFigureFile | undefined): Promise<Map<string, FigureImage>> {
  const figures = new Map<string, FigureImage>();
  if (!load) return figures;
  for (const sha of new Set(figureSources(doc))) {
    const file = await load(sha);
    const image = file ? figureImage(file.bytes) : null;
    if (image) figures.set(sha, image);
  }
  return figures;
}
