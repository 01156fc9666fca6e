import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { AdminGroup, AdminUser } from '../../../shared/schemas/admin.ts';
import { adminKeys, createAdminGroup, fetchAdminGroups, fetchAdminUsers, updateAdminGroup } from '../../api/adminApi.ts';
import { queryKeys } from '../../api/queryKeys.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { gradeLabel } from '../../i18n/gradeLabel.ts';
import { CheckSettingsDialog } from '../check/CheckSettingsDialog.tsx';
import { useCheckSettings } from '../check/useCheckSettings.ts';
import { errorText } from './errorText.ts';

export const schoolSubjects = ['语文', '数学', '英语', '物理', '化学', '生物', '历史', '地理', '道德与法治', '科学'];
export const schoolGrades = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

/** /admin/groups: the subject groups (备课组), their leader and members; a teacher may be in several. */
export function GroupsPage() {
  const { t } = useTranslation();
  const groups = useQuery({ queryKey: adminKeys.groups, queryFn: fetchAdminGroups });
  const users = useQuery({ queryKey: adminKeys.users, queryFn: fetchAdminUsers });
  const [adding, setAdding] = useState(false);
  const [checkSettings, setCheckSettings] = useState(false);
  const teachers = (users.data ?? []).filter((user) => user.active);
  // The 体检 rules are the school's: any of its groups reaches them.
  const anyGroupId = groups.data?.[0]?.id ?? null;

  return (
    <section aria-labelledby="groups-title">
      <div className="admin-section-heading">
        <div>
          <h2 id="groups-title">{t('admin.groups.title')}</h2>
          <p className="muted">{t('admin.groups.intro')}</p>
        </div>
        <div className="admin-actions">
          {anyGroupId && (
            <button type="button" className="button" onClick={() => setCheckSettings(true)} data-testid="admin-check-settings">
              {t('admin.groups.checkSettings')}
            </button>
          )}
          <button type="button" className="button button-primary" onClick={() => setAdding(!adding)}>
            {t('admin.groups.add')}
          </button>
        </div>
      </div>
      {anyGroupId && checkSettings && <SchoolCheckSettings groupId={anyGroupId} onClose={() => setCheckSettings(false)} />}
      {adding && <GroupForm teachers={teachers} onDone={() => setAdding(false)} />}
      {groups.isError && <ErrorMessage error={groups.error} onRetry={() => void groups.refetch()} />}
      {groups.data?.length === 0 && <p className="empty-state">{t('admin.groups.empty')}</p>}
      <div className="admin-cards">
        {groups.data?.map((group) => (
          <GroupCard key={group.id} group={group} teachers={teachers} />
        ))}
      </div>
    </section>
  );
}

/** The school's 体检 settings (lesson length, time model, tiers, rules), as leaders see them from the panel. */
function SchoolCheckSettings({ groupId, onClose }: { groupId: string; onClose: () => void }) {
  const settings = useCheckSettings(groupId);
  return <CheckSettingsDialog groupId={groupId} settings={settings} open onClose={onClose} />;
}

function MemberPicker({ teachers, chosen, onChange }: { teachers: AdminUser[]; chosen: string[]; onChange: (ids: string[]) => void }) {
  return (
    <div className="member-picker">
      {teachers.map((teacher) => (
        <label key={teacher.id} className="member-choice">
          <input
            type="checkbox"
            checked={chosen.includes(teacher.id)}
            onChange={(event) => onChange(event.target.checked ? [...chosen, teacher.id] : chosen.filter((id) => id !== teacher.id))}
          />
          {teacher.name}
        </label>
      ))}
    </div>
  );
}

function GroupForm({ teachers, onDone }: { teachers: AdminUser[]; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [subject, setSubject] = useState('语文');
  const [grade, setGrade] = useState(7);
  const [name, setName] = useState('');
  const [leaderId, setLeaderId] = useState('');
  const [memberIds, setMemberIds] = useState<string[]>([]);
  const suggestedName = `${gradeLabel(t, grade)}${subject}备课组`;
  const create = useMutation({
    mutationFn: createAdminGroup,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['admin'] });
      onDone();
    },
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ name: name.trim() || suggestedName, subject, grade, leaderId, memberIds });
  };
  return (
    <form className="admin-panel admin-form admin-form-grid" onSubmit={onSubmit} aria-label={t('admin.groups.add')}>
      <label className="field">
        <span className="field-label">{t('admin.groups.subject')}</span>
        <input name="subject" list="school-subjects" value={subject} onChange={(event) => setSubject(event.target.value)} required />
        <datalist id="school-subjects">
          {schoolSubjects.map((option) => (
            <option key={option} value={option} />
          ))}
        </datalist>
      </label>
      <label className="field">
        <span className="field-label">{t('admin.groups.grade')}</span>
        <select name="grade" value={grade} onChange={(event) => setGrade(Number(event.target.value))}>
          {schoolGrades.map((option) => (
            <option key={option} value={option}>
              {gradeLabel(t, option)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field-label">{t('admin.groups.name')}</span>
        <input name="name" value={name} placeholder={suggestedName} onChange={(event) => setName(event.target.value)} />
      </label>
      <label className="field">
        <span className="field-label">{t('admin.groups.leader')}</span>
        <select name="leaderId" value={leaderId} onChange={(event) => setLeaderId(event.target.value)} required>
          <option value="">{t('admin.groups.chooseLeader')}</option>
          {teachers.map((teacher) => (
            <option key={teacher.id} value={teacher.id}>
              {teacher.name}（{teacher.username}）
            </option>
          ))}
        </select>
      </label>
      <div className="field admin-form-wide">
        <span className="field-label">{t('admin.groups.members')}</span>
        <MemberPicker teachers={teachers.filter((teacher) => teacher.id !== leaderId)} chosen={memberIds} onChange={setMemberIds} />
      </div>
      {create.isError && (
        <p className="form-error admin-form-wide" role="alert">
          {errorText(t, create.error)}
        </p>
      )}
      <div className="admin-form-actions admin-form-wide">
        <button type="button" className="button button-quiet" onClick={onDone}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={create.isPending}>
          {t('admin.groups.save')}
        </button>
      </div>
    </form>
  );
}

function GroupCard({ group, teachers }: { group: AdminGroup; teachers: AdminUser[] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [leaderId, setLeaderId] = useState(group.leader?.id ?? '');
  const [memberIds, setMemberIds] = useState(group.members.filter((member) => member.role === 'member').map((member) => member.id));
  const update = useMutation({
    mutationFn: () => updateAdminGroup(group.id, { leaderId, memberIds: [leaderId, ...memberIds.filter((id) => id !== leaderId)] }),
    onSuccess: async () => {
      setEditing(false);
      await queryClient.invalidateQueries({ queryKey: ['admin'] });
      await queryClient.invalidateQueries({ queryKey: queryKeys.me });
    },
  });
  return (
    <article className="admin-panel group-card">
      <header className="group-card-header">
        <div>
          <h3>{group.name}</h3>
          <p className="muted">
            {t(`subject.${group.subject}`, { defaultValue: group.subject })} · {gradeLabel(t, group.grade)} ·{' '}
            {t('admin.groups.memberCount', { count: group.members.length })}
          </p>
        </div>
        {!editing && (
          <button type="button" className="button button-small" onClick={() => setEditing(true)}>
            {t('admin.groups.edit')}
          </button>
        )}
      </header>
      {!editing && (
        <ul className="group-members">
          {group.members.map((member) => (
            <li key={member.id}>
              {member.name}
              {member.role === 'leader' && <span className="tag">{t('auth.roleLeader')}</span>}
            </li>
          ))}
        </ul>
      )}
      {editing && (
        <div className="admin-form">
          <label className="field">
            <span className="field-label">{t('admin.groups.leader')}</span>
            <select value={leaderId} onChange={(event) => setLeaderId(event.target.value)}>
              {teachers.map((teacher) => (
                <option key={teacher.id} value={teacher.id}>
                  {teacher.name}
                </option>
              ))}
            </select>
          </label>
          <div className="field">
            <span className="field-label">{t('admin.groups.members')}</span>
            <MemberPicker teachers={teachers.filter((teacher) => teacher.id !== leaderId)} chosen={memberIds} onChange={setMemberIds} />
          </div>
          <p className="muted">{t('admin.groups.removeNote')}</p>
          {update.isError && (
            <p className="form-error" role="alert">
              {errorText(t, update.error)}
            </p>
          )}
          <div className="admin-form-actions">
            <button type="button" className="button button-quiet" onClick={() => setEditing(false)}>
              {t('common.cancel')}
            </button>
            <button type="button" className="button button-primary" disabled={update.isPending} onClick={() => update.mutate()}>
              {t('admin.groups.save')}
            </button>
          </div>
        </div>
      )}
    </article>
  );
}
