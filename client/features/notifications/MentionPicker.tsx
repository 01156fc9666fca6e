import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import './notifications.css';
import { fetchGroupMembers } from '../../api/groupsApi.ts';
import { fetchGuide } from '../../api/guidesApi.ts';
import { queryKeys } from '../../api/queryKeys.ts';

/** The `@…` being typed at the end of the text, if any. */
export function mentionQuery(text: string): string | null {
  const match = /(?:^|\s)@([^\s@]{0,10})$/.exec(text);
  return match ? match[1] : null;
}

/**
 * The @ picker under a comment box: while the teacher types `@` (and the start of a name),
 * the teachers of the guide's group to mention; picking one writes `@姓名 ` into the text,
 * and the server tells that teacher (and only them).
 */
export function MentionPicker({ guideId, text, onPick }: { guideId: string; text: string; onPick: (text: string) => void }) {
  const { t } = useTranslation();
  const query = mentionQuery(text);
  const guide = useQuery({ queryKey: queryKeys.guide(guideId), queryFn: () => fetchGuide(guideId), enabled: query !== null });
  const groupId = guide.data?.groupId ?? '';
  const members = useQuery({
    queryKey: queryKeys.groupMembers(groupId),
    queryFn: () => fetchGroupMembers(groupId),
    enabled: query !== null && groupId !== '',
  });
  if (query === null) return null;
  const matching = (members.data ?? []).filter((member) => member.name.includes(query));
  if (matching.length === 0) return null;
  return (
    <div className="mention-picker" role="listbox" aria-label={t('notifications.mention')} data-testid="mention-picker">
      <span className="mention-picker-label">{t('notifications.mention')}</span>
      {matching.map((member) => (
        <button
          key={member.id}
          type="button"
          role="option"
          aria-selected={false}
          className="mention-option"
          // Keep the focus in the text box.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onPick(`${text.slice(0, text.length - query.length - 1)}@${member.name} `)}
        >
          @{member.name}
        </button>
      ))}
    </div>
  );
}
