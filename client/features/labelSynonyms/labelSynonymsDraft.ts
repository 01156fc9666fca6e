import { blockKinds, type BlockKind } from '../../../shared/editor/blockKinds.ts';
import type { LabelSynonymsBody, LabelSynonymsView } from '../../../shared/schemas/labelSynonyms.ts';
import { ApiRequestError } from '../../api/ApiRequestError.ts';

/** The dictionary being edited: labels per kind and the kinds the school has its own list for. */
export interface LabelSynonymsDraft {
  labels: Record<BlockKind, string[]>;
  own: BlockKind[];
}

export function draftFromView(view: LabelSynonymsView): LabelSynonymsDraft {
  const labels = Object.fromEntries(blockKinds.map((kind) => [kind, [...(view.synonyms[kind] ?? [])]]));
  return { labels: labels as Record<BlockKind, string[]>, own: [...view.customised] };
}

/** The PUT body: only the school's own lists; the other kinds keep the defaults. */
export function bodyFromDraft(draft: LabelSynonymsDraft): LabelSynonymsBody {
  const own = blockKinds.filter((kind) => draft.own.includes(kind));
  return { synonyms: Object.fromEntries(own.map((kind) => [kind, draft.labels[kind]])) };
}

/** A label compared as the importer does: without spaces, in one case. */
export function sameLabel(a: string, b: string): boolean {
  const normalise = (text: string) => text.replace(/[\s\u3000]+/g, '').toLowerCase();
  return normalise(a) === normalise(b);
}

/** A server error that points at one kind (path synonyms.<kind>[.<index>]). */
export interface FieldError {
  kind: BlockKind;
  index: number | null;
  message: string;
}

export function fieldErrorOf(error: unknown): FieldError | null {
  if (!(error instanceof ApiRequestError) || !error.path) return null;
  const [root, kind, index] = error.path;
  if (root !== 'synonyms' || typeof kind !== 'string' || !(blockKinds as readonly string[]).includes(kind)) return null;
  return { kind: kind as BlockKind, index: typeof index === 'number' ? index : null, message: error.message };
}
