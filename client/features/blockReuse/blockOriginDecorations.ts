import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import i18next from 'i18next';
import { blockOriginAttribute } from '../../../shared/editor/extensions/blockOrigin.ts';
import { blockOriginOf, type BlockOrigin } from '../../../shared/schemas/blockOrigin.ts';
import { versionLabelText } from '../../i18n/versionLabel.ts';
import './blockReuse.css';

const blockOriginKey = new PluginKey<DecorationSet>('blockOriginLine');

/** 来源：《guide》 定稿 v1 · group · term, linking to the version the block was copied from. */
function originLine(origin: BlockOrigin): HTMLElement {
  const line = document.createElement('p');
  line.className = 'block-origin-line';
  line.contentEditable = 'false';
  line.dataset.testid = 'block-origin';
  const label = document.createElement('span');
  label.className = 'block-origin-label';
  label.textContent = i18next.t('blockReuse.origin');
  const link = document.createElement('a');
  link.href = `/guides/${encodeURIComponent(origin.guideId)}/versions/${origin.version}`;
  link.textContent = i18next.t('blockReuse.originTitle', { title: origin.title });
  const facts = document.createElement('span');
  facts.className = 'block-origin-facts';
  facts.textContent = [versionLabelText(origin.versionLabel, i18next.t), origin.group, origin.term].filter(Boolean).join(' · ');
  line.append(label, link, ' ', facts);
  return line;
}

/** A line at the top of every copied block: its credit. Only the guide's top-level blocks are looked at. */
function originDecorations(doc: ProseMirrorNode): DecorationSet {
  const decorations: Decoration[] = [];
  doc.forEach((block, offset) => {
    const origin = blockOriginOf(block.attrs[blockOriginAttribute]);
    if (!origin) return;
    decorations.push(
      Decoration.widget(offset + 1, () => originLine(origin), {
        side: -1,
        ignoreSelection: true,
        key: `origin:${i18next.language}:${JSON.stringify(origin)}`,
      }),
    );
  });
  return DecorationSet.create(doc, decorations);
}

/**
 * Shows the 来源 of blocks copied from another guide (从其他导学案复制) inside the block, above
 * its content, in the live editor and on saved versions alike. The credit itself is the block's
 * `origin` attribute; this only draws it.
 */
export const BlockOriginLine = Extension.create({
  name: 'blockOriginLine',

  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: blockOriginKey,
        state: {
          init: (_config, state) => originDecorations(state.doc),
          apply: (tr, decorations) => (tr.docChanged ? originDecorations(tr.doc) : decorations),
        },
        props: {
          decorations: (state) => blockOriginKey.getState(state),
        },
      }),
    ];
  },
});
