import { Extension } from '@tiptap/core';
import { Plugin } from '@tiptap/pm/state';
import i18next from '../i18n/index.ts';
import { formatDateTime } from '../i18n/formatDate.ts';

/** Teacher names by user id, for the tooltips; the page fills it from the group's members. */
const authorNames = new Map<string, string>();

export function setSuggestionAuthorNames(names: Map<string, string>) {
  authorNames.clear();
  for (const [id, name] of names) authorNames.set(id, name);
}

/**
 * Name and time on hover over a suggestion (张伟 建议插入 · 2026-11-22 10:32). The title is
 * set when the pointer arrives, so names loaded after the text was drawn still show.
 */
export const SuggestionTooltips = Extension.create({
  name: 'suggestionTooltips',

  addProseMirrorPlugins() {
    return [
      new Plugin({
        props: {
          handleDOMEvents: {
            mouseover: (_view, event) => {
              const target = event.target instanceof Element ? event.target.closest('[data-suggestion]') : null;
              if (!(target instanceof HTMLElement)) return false;
              const author = target.dataset.author ?? '';
              const kind = target.dataset.suggestionLabel ?? i18next.t(`suggestions.kinds.${target.dataset.suggestion ?? 'insert'}`);
              target.title = i18next.t('suggestions.tooltip', {
                name: authorNames.get(author) ?? i18next.t('suggestions.unknownAuthor'),
                kind,
                time: formatDateTime(target.dataset.createdAt ?? null),
              });
              return false;
            },
          },
        },
      }),
    ];
  },
});
