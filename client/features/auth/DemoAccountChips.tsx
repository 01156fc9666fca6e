import { useTranslation } from 'react-i18next';
import { Avatar } from '../../components/Avatar.tsx';
import { colorForUser } from '../../editor/collab/colorForUser.ts';
import { demoAccounts } from './demoAccounts.ts';

interface DemoAccountChipsProps {
  disabled: boolean;
  onPick: (username: string) => void;
}

/** One button per demo teacher; a click logs in as that teacher. */
export function DemoAccountChips({ disabled, onPick }: DemoAccountChipsProps) {
  const { t } = useTranslation();
  return (
    <ul className="demo-chips">
      {demoAccounts.map((account) => (
        <li key={account.username}>
          <button
            type="button"
            className="demo-chip"
            data-username={account.username}
            disabled={disabled}
            onClick={() => onPick(account.username)}
          >
            <Avatar name={account.name} color={colorForUser(account.username)} />
            <span className="demo-chip-text">
              <span className="demo-chip-name">{account.name}</span>
              <span className="demo-chip-role">
                {account.role === 'leader' ? t('auth.roleLeader') : t('auth.roleMember')} · {account.username}
              </span>
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
