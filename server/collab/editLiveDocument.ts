import type { Node as ProseMirrorNode, Schema } from '@tiptap/pm/model';
import { updateYFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import { contentFragmentName, guideSchema } from '../../shared/editor/schema.ts';
import type { AppContext } from '../appContext.ts';
import { authorshipOf } from './authorshipExtension.ts';
import { UpdatesInFlight } from './updatesInFlight.ts';

/** Who made a server-side edit, for the Hocuspocus hooks that look at the transaction origin. */
export interface ServerEditContext {
  userId: string;
  reason: 'pull' | 'taught' | 'harvest' | 'suggestion' | 'restore' | 'import';
}

/**
 * Changes a living document on the server the way an editor would: through a Hocuspocus
 * direct connection, so the change lands in the loaded Y.Doc, goes through the update log
 * (the persistence extension appends it inside the Y.Doc's `update` event) and reaches every
 * open editor at once. `change` gets the Y.Doc inside one transaction.
 */
export async function changeLiveDocument(
  app: Pick<AppContext, 'hocuspocus' | 'persistence'>,
  docName: string,
  context: ServerEditContext,
  change: (doc: Y.Doc) => void,
): Promise<void> {
  const connection = await app.hocuspocus.openDirectConnection(docName, context);
  try {
    // After the teachers' updates the server has already accepted (see UpdatesInFlight).
    await UpdatesInFlight.of(app.hocuspocus)?.settled(docName);
    const doc = app.hocuspocus.documents.get(docName);
    const updates: Uint8Array[] = [];
    const collect = (update: Uint8Array) => updates.push(update);
    doc?.on('update', collect);
    try {
      await connection.transact((transacted) => {
        // The change gets a Yjs client of its own, recorded as the teacher who made it (who wrote what).
        const serverClient = transacted.clientID;
        transacted.clientID = Math.floor(Math.random() * 0xffffffff);
        try {
          change(transacted);
        } finally {
          transacted.clientID = serverClient;
        }
      });
    } finally {
      doc?.off('update', collect);
    }
    await app.persistence.whenStored(docName);
    const authorship = authorshipOf(app.hocuspocus);
    for (const update of updates) await authorship?.record(docName, update, context.userId);
  } finally {
    await connection.disconnect();
  }
}

/**
 * Edits a living document as ProseMirror content: `edit` gets the current content and returns
 * the new one (or null for no change). The new content is written with y-tiptap's
 * `updateYFragment`, the same minimal update the editor's sync plugin makes, so the rest of the
 * document (and anyone typing in it) is untouched.
 */
export async function editLiveDocument(
  app: Pick<AppContext, 'hocuspocus' | 'persistence'>,
  docName: string,
  context: ServerEditContext,
  edit: (current: ProseMirrorNode, schema: Schema, doc: Y.Doc) => ProseMirrorNode | null,
  /** Runs in the same transaction once the new content is written (e.g. to anchor comments on it). */
  afterEdit?: (doc: Y.Doc) => void,
): Promise<void> {
  await changeLiveDocument(app, docName, context, (doc) => {
    const fragment = doc.getXmlFragment(contentFragmentName);
    const schema = guideSchema();
    const current = yXmlFragmentToProseMirrorRootNode(fragment, schema);
    const next = edit(current, schema, doc);
    if (!next || next.eq(current)) return;
    next.check();
    updateYFragment(doc, fragment, next, { mapping: new Map(), isOMark: new Map() });
    afterEdit?.(doc);
  });
}
