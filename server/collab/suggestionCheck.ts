import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { contentFragmentName, guideSchema } from '../../shared/editor/schema.ts';
import { checkSuggestionOnlyChange, type SuggestionCheck } from '../../shared/suggestions/suggestionOnlyChange.ts';
import { contentOutsideSchema } from './validateUpdate.ts';
import { applySuggestionRepair, planSuggestionRepair, suggestionsBefore, type SuggestionRepair } from './suggestionRepair.ts';
import { logger } from '../logger.ts';

const log = logger.child({ module: 'suggestion-check' });

/** A check's outcome; an accepted update may need a repair (an update) applied after it. */
export type SuggestionVerdict = SuggestionCheck | { ok: true; repair: Uint8Array };

/** A scratch copy of a live document, kept equal to it, and its content as ProseMirror. */
interface Mirror {
  doc: Y.Doc;
  /** The mirror's content, or null after it changed. */
  content: ProseMirrorNode | null;
}

function content(mirror: Mirror): ProseMirrorNode {
  mirror.content ??= yXmlFragmentToProseMirrorRootNode(mirror.doc.getXmlFragment(contentFragmentName), guideSchema());
  return mirror.content;
}

/**
 * Repairs the copy and returns the repair as an update, for the document to apply after the
 * teacher's update: the copy and the document then hold the very same repair, so the copy
 * goes on following the document (and later checks see the repaired formatting at once).
 */
function repairMirror(mirror: Mirror, repair: SuggestionRepair): Uint8Array {
  let repairUpdate: Uint8Array | null = null;
  const capture = (update: Uint8Array) => {
    repairUpdate = update;
  };
  mirror.doc.on('update', capture);
  try {
    applySuggestionRepair(mirror.doc, repair);
  } finally {
    mirror.doc.off('update', capture);
  }
  return repairUpdate ?? new Uint8Array([0, 0]);
}

/**
 * Whether an update from a suggest-only teacher only adds or withdraws their own suggestions:
 * it is applied to a scratch copy of the document (never to the document itself), and
 * rejecting the teacher's suggestions before and after must give the same content (see
 * checkSuggestionOnlyChange).
 * An update that cannot be integrated completely (it builds on changes the server never
 * accepted) is refused as well, and so is one that adds anything the guide's schema does not
 * know (see contentOutsideSchema): refused rather than cleaned, like every other update the
 * guard does not take, so what is stored is always exactly what the teacher sent.
 *
 * The scratch copy is kept per document and follows every change of it, so a check costs
 * one apply and one conversion instead of a copy of the whole document; only a refused
 * update (which the copy has taken in) makes it start over from the document.
 */
export class SuggestionChecker {
  private readonly mirrors = new WeakMap<Y.Doc, Mirror>();
  /** Documents where someone has suggested: direct edits there are watched for merge effects. */
  private readonly suggestedIn = new WeakSet<Y.Doc>();

  /** `document` must not have the update yet (the guard runs before Hocuspocus applies it). */
  check(document: Y.Doc, update: Uint8Array, author: string): SuggestionVerdict {
    this.watch(document);
    const mirror = this.mirrorOf(document);
    const before = content(mirror);
    const suggested = suggestionsBefore(mirror.doc, update);
    const stateBefore = Y.decodeStateVector(Y.encodeStateVector(mirror.doc));
    Y.applyUpdate(mirror.doc, update);
    const store = mirror.doc.store;
    if (store.pendingStructs || store.pendingDs) {
      this.forget(document);
      return { ok: false, reason: 'not-a-suggestion', message: '这次修改基于未被接受的修改，请刷新后再提建议' };
    }
    // Before the content is read as ProseMirror, which would skip what the schema does not know.
    const outside = contentOutsideSchema(mirror.doc, stateBefore, guideSchema());
    if (outside) {
      this.forget(document);
      log.warn(`Content outside the schema: ${outside}`);
      return { ok: false, reason: 'unknown-content', message: '这次修改含有导学案不支持的内容（未知的元素、格式或属性），未被接受' };
    }
    const verdict = checkSuggestionOnlyChange(before, content(mirror), author);
    if (verdict.ok) return verdict;
    // The merge with someone typing at the same spot may have moved the formatting: judge the
    // update as typed, with the formatting put back.
    const repair = planSuggestionRepair(suggested, mirror.doc, author, true);
    if (repair.size > 0) {
      const repairUpdate = repairMirror(mirror, repair);
      if (checkSuggestionOnlyChange(before, content(mirror), author).ok) return { ok: true, repair: repairUpdate };
    }
    this.forget(document);
    return verdict;
  }

  /** Someone may suggest in this document: watch the direct edits to it as well. */
  watch(document: Y.Doc): void {
    this.suggestedIn.add(document);
  }

  /**
   * For a teacher who edits directly while others suggest (the leader, the lead drafter): the
   * repair their update needs once applied, or null. Documents nobody suggests in cost nothing.
   */
  repairFor(document: Y.Doc, update: Uint8Array, author: string): Uint8Array | null {
    if (!this.suggestedIn.has(document)) return null;
    const mirror = this.mirrorOf(document);
    const suggested = suggestionsBefore(mirror.doc, update);
    Y.applyUpdate(mirror.doc, update);
    const repair = planSuggestionRepair(suggested, mirror.doc, author, false);
    return repair.size > 0 ? repairMirror(mirror, repair) : null;
  }

  private mirrorOf(document: Y.Doc): Mirror {
    const existing = this.mirrors.get(document);
    if (existing) return existing;
    const doc = new Y.Doc({ gc: document.gc });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(document));
    const mirror: Mirror = { doc, content: null };
    doc.on('update', () => {
      mirror.content = null;
    });
    const follow = (change: Uint8Array) => Y.applyUpdate(doc, change);
    document.on('update', follow);
    doc.on('destroy', () => document.off('update', follow));
    this.mirrors.set(document, mirror);
    return mirror;
  }

  private forget(document: Y.Doc) {
    this.mirrors.get(document)?.doc.destroy();
    this.mirrors.delete(document);
  }
}
