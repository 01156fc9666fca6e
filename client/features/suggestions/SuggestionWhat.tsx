import { useTranslation } from 'react-i18next';
import type { OpenSuggestion } from '../../../shared/suggestions/listSuggestions.ts';
import { describeChange } from '../../editor/describeChange.ts';

const oneLine = (text: string) => text.replace(/\n/g, '⏎');

/** What a suggestion proposes, as the 修改建议 list shows it: the text, both halves of a replacement, or the changed values. */
export function SuggestionWhat({ suggestion }: { suggestion: OpenSuggestion }) {
  const { t } = useTranslation();
  if (suggestion.kind === 'replace') {
    return (
      <span className="suggestion-text is-replace">
        <del className="is-delete">{oneLine(suggestion.deleted)}</del>
        <span className="suggestion-arrow"> {t('suggestions.replacedBy')} </span>
        <ins className="is-insert">{oneLine(suggestion.inserted)}</ins>
      </span>
    );
  }
  if (suggestion.kind === 'attrs') {
    return (
      <span className="suggestion-text is-attrs">
        {suggestion.text && <span className="suggestion-node-text">{oneLine(suggestion.text)}</span>}
        {suggestion.changes.map((change) => (
          <span key={change.name} className="suggestion-change" data-attribute={change.name}>
            {describeChange(t, change)}
          </span>
        ))}
      </span>
    );
  }
  const className = suggestion.kind === 'delete' ? 'suggestion-text is-delete' : 'suggestion-text is-insert';
  return <span className={className}>{oneLine(suggestion.text)}</span>;
}
