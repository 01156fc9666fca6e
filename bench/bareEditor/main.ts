// The baseline page of the browser benchmark: the same Tiptap extension list and Hocuspocus
// provider as the product's editor, with nothing else (no app, no views, no styles), opening
// the document named in ?doc= from the bare Hocuspocus server that serves this page.
import { Editor } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import { HocuspocusProvider } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { guideExtensions } from '../../shared/editor/presets.ts';
import { contentFragmentName } from '../../shared/editor/schema.ts';

const documentName = new URLSearchParams(location.search).get('doc') ?? 'bench';
const document_ = new Y.Doc();
new HocuspocusProvider({ url: `ws://${location.host}/`, name: documentName, document: document_, token: 'bench' });
new Editor({
  element: document.querySelector<HTMLElement>('#editor')!,
  extensions: [...guideExtensions, Collaboration.configure({ document: document_, field: contentFragmentName })],
});
