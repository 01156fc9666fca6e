/** The paper a guide is printed on (domain.md: A4 is common, 8开 / B4 in two columns too). */
export const paperKinds = ['a4', 'b4'] as const;
export type PaperKind = (typeof paperKinds)[number];

export interface PaperSize {
  /** The name shown to teachers. */
  label: string;
  widthMm: number;
  heightMm: number;
  orientation: 'portrait' | 'landscape';
  columns: 1 | 2;
  marginMm: { top: number; right: number; bottom: number; left: number };
}

/**
 * Page sizes as printed (width and height as the sheet lies). B4 is the 257 × 364 mm sheet
 * Chinese copiers call B4 / 8开, turned landscape with two columns, as schools fold it.
 */
export const paperSizes: Record<PaperKind, PaperSize> = {
  a4: {
    label: 'A4',
    widthMm: 210,
    heightMm: 297,
    orientation: 'portrait',
    columns: 1,
    marginMm: { top: 20, right: 18, bottom: 18, left: 18 },
  },
  b4: {
    label: 'B4（8开）横向两栏',
    widthMm: 364,
    heightMm: 257,
    orientation: 'landscape',
    columns: 2,
    marginMm: { top: 15, right: 15, bottom: 15, left: 15 },
  },
};
