import Image from '@tiptap/extension-image';

/** Where the guide's figures live: uploaded files, served to the school's members only. */
export const fileUrlPrefix = '/api/files/';

/** The path of an uploaded file from a src written either as a path or as a full URL of this server; null for anything else. */
export function fileSource(src: string | null | undefined): string | null {
  if (!src) return null;
  if (src.startsWith(fileUrlPrefix)) return src;
  const match = /^https?:\/\/[^/]+(\/api\/files\/[0-9a-f]{64})(?:[?#].*)?$/i.exec(src);
  return match ? match[1] : null;
}

/** A caption is one line of plain text. */
export const captionMaxLength = 200;

/** A caption as stored: one line, trimmed, at most captionMaxLength characters; null when empty. */
export function captionLine(text: string | null | undefined): string | null {
  const line = text?.replace(/\s+/g, ' ').trim().slice(0, captionMaxLength);
  return line ? line : null;
}

function parseNumber(value: string | null): number | null {
  if (value === null || value === '') return null;
  const number = Number.parseFloat(value);
  return Number.isFinite(number) && number > 0 ? Math.round(number) : null;
}

/**
 * A figure (coordinate grid, geometry figure, photo of an experiment): Tiptap's image as a
 * block node, attrs `src` = `/api/files/<sha256>`, `alt`, `width` (CSS pixels on the
 * page; null for the picture's own width, never wider than the column) and `caption` (the
 * 图注 line printed under it). Pasted HTML gives a
 * figure only when the picture is one of this server's files: pictures from elsewhere
 * would leak a reader's address to another site and vanish when it goes away, so they come
 * in by upload instead.
 */
export const Figure = Image.extend({
  addAttributes() {
    return {
      ...this.parent?.(),
      src: {
        default: null,
        parseHTML: (element) => fileSource(element.getAttribute('src')),
      },
      width: {
        default: null,
        parseHTML: (element) => parseNumber(element.getAttribute('width')),
        renderHTML: (attributes) => (attributes.width ? { width: String(attributes.width) } : {}),
      },
      height: {
        default: null,
        parseHTML: (element) => parseNumber(element.getAttribute('height')),
        renderHTML: (attributes) => (attributes.height ? { height: String(attributes.height) } : {}),
      },
      /** The line under the figure (图注), e.g. 图1 一次函数 y = 2x + 1 的图象; null for none. */
      caption: {
        default: null,
        // Its data-caption, or the figcaption of the <figure> a pasted picture stands in.
        parseHTML: (element) =>
          captionLine(element.getAttribute('data-caption') ?? element.closest('figure')?.querySelector('figcaption')?.textContent),
        renderHTML: (attributes) => (attributes.caption ? { 'data-caption': String(attributes.caption) } : {}),
      },
    };
  },

  parseHTML() {
    return [
      {
        tag: 'img[src]',
        getAttrs: (element) => (fileSource(element.getAttribute('src')) ? null : false),
      },
    ];
  },
}).configure({ inline: false, allowBase64: false });
