import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { minPasswordLength, type AdminUser } from '../../../shared/schemas/admin.ts';
import { adminKeys, createAdminUser, fetchAdminUsers, updateAdminUser } from '../../api/adminApi.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { gradeLabel } from '../../i18n/gradeLabel.ts';
import { errorText } from './errorText.ts';
import { RosterImport } from './RosterImport.tsx';

type Panel = 'none' | 'add' | 'import';

/** /admin/teachers: every teacher of the school; add one, import the roster, reset a password, deactivate. */
export function TeachersPage() {
  const { t } = useTranslation();
  const users = useQuery({ queryKey: adminKeys.users, queryFn: fetchAdminUsers });
  const [panel, setPanel] = useState<Panel>('none');
  const [notice, setNotice] = useState<string | null>(null);
  const active = users.data?.filter((user) => user.active).length ?? 0;

  return (
    <section aria-labelledby="teachers-title">
      <div className="admin-section-heading">
        <div>
          <h2 id="teachers-title">{t('admin.teachers.title')}</h2>
          {users.data && <p className="muted">{t('admin.teachers.count', { active, total: users.data.length })}</p>}
        </div>
        <div className="admin-actions">
          <button type="button" className="button" onClick={() => setPanel(panel === 'import' ? 'none' : 'import')}>
            {t('admin.teachers.import')}
          </button>
          <button type="button" className="button button-primary" onClick={() => setPanel(panel === 'add' ? 'none' : 'add')}>
            {t('admin.teachers.add')}
          </button>
        </div>
      </div>
      {notice && (
        <p className="notice notice-ok" role="status">
          {notice}
        </p>
      )}
      {panel === 'add' && (
        <AddTeacherForm
          onDone={(user, password) => {
            setPanel('none');
            setNotice(t('admin.teachers.added', { name: user.name, username: user.username, password }));
          }}
          onCancel={() => setPanel('none')}
        />
      )}
      {panel === 'import' && <RosterImport onClose={() => setPanel('none')} />}
      {users.isPending && <p className="page-status">{t('common.loading')}</p>}
      {users.isError && <ErrorMessage error={users.error} onRetry={() => void users.refetch()} />}
      {users.data && <TeacherTable users={users.data} onNotice={setNotice} />}
    </section>
  );
}

function AddTeacherForm({ onDone, onCancel }: { onDone: (user: AdminUser, password: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [subjects, setSubjects] = useState('');
  const create = useMutation({
    mutationFn: createAdminUser,
    onSuccess: async (user) => {
      await queryClient.invalidateQueries({ queryKey: adminKeys.users });
      onDone(user, password);
    },
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const list = subjects
      .split(/[、，,\s]+/)
      .map((subject) => subject.trim())
      .filter(Boolean);
    create.mutate({ name, username, password, subjects: list });
  };
  return (
    <form className="admin-panel admin-form admin-form-grid" onSubmit={onSubmit} aria-label={t('admin.teachers.add')}>
      <label className="field">
        <span className="field-label">{t('admin.teachers.name')}</span>
        <input name="name" value={name} onChange={(event) => setName(event.target.value)} required />
      </label>
      <label className="field">
        <span className="field-label">{t('admin.teachers.username')}</span>
        <input name="username" value={username} onChange={(event) => setUsername(event.target.value)} autoComplete="off" required />
      </label>
      <label className="field">
        <span className="field-label">{t('admin.teachers.initialPassword')}</span>
        <input
          name="password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          minLength={minPasswordLength}
          autoComplete="off"
          required
        />
        <span className="field-hint">{t('admin.teachers.initialPasswordHint', { count: minPasswordLength })}</span>
      </label>
      <label className="field">
        <span className="field-label">{t('admin.teachers.subjects')}</span>
        <input name="subjects" value={subjects} onChange={(event) => setSubjects(event.target.value)} placeholder={t('admin.teachers.subjectsPlaceholder')} />
      </label>
      {create.isError && (
        <p className="form-error admin-form-wide" role="alert">
          {errorText(t, create.error)}
        </p>
      )}
      <div className="admin-form-actions admin-form-wide">
        <button type="button" className="button button-quiet" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={create.isPending}>
          {t('admin.teachers.save')}
        </button>
      </div>
    </form>
  );
}

function TeacherTable({ users, onNotice }: { users: AdminUser[]; onNotice: (text: string) => void }) {
  const { t } = useTranslation();
  return (
    <div className="table-frame admin-table-frame">
      <table className="admin-table admin-table-wide">
        <thead>
          <tr>
            <th>{t('admin.teachers.name')}</th>
            <th>{t('admin.teachers.username')}</th>
            <th>{t('admin.teachers.subjects')}</th>
            <th>{t('admin.teachers.groups')}</th>
            <th>{t('admin.teachers.classes')}</th>
            <th>{t('admin.teachers.status')}</th>
            <th className="admin-table-actions">{t('admin.teachers.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <TeacherRow key={user.id} user={user} onNotice={onNotice} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function TeacherRow({ user, onNotice }: { user: AdminUser; onNotice: (text: string) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState<'deactivate' | 'reset' | null>(null);
  const update = useMutation({
    mutationFn: (body: Parameters<typeof updateAdminUser>[1]) => updateAdminUser(user.id, body),
    onSuccess: async (result) => {
      setConfirming(null);
      await queryClient.invalidateQueries({ queryKey: adminKeys.users });
      if (result.initialPassword) onNotice(t('admin.teachers.resetDone', { name: user.name, password: result.initialPassword }));
      else onNotice(t(result.active ? 'admin.teachers.activated' : 'admin.teachers.deactivated', { name: user.name }));
    },
  });
  const classes = user.classes.length > 0 ? user.classes.map((schoolClass) => schoolClass.name) : user.classNames;
  return (
    <tr className={user.active ? undefined : 'is-inactive'} data-username={user.username}>
      <td className="nowrap">
        <strong>{user.name}</strong>
        {user.roles.includes('admin') && <span className="tag tag-quiet admin-role-tag">{t('admin.roleAdmin')}</span>}
      </td>
      <td className="nowrap">{user.username}</td>
      <td>
        <Joined items={user.subjects} />
        {user.grades.length > 0 && (
          <div className="muted">
            <Joined items={user.grades.map((grade) => gradeLabel(t, grade))} />
          </div>
        )}
      </td>
      <td>
        <Joined items={user.groups.map((group) => `${group.name}${group.role === 'leader' ? `（${t('auth.roleLeader')}）` : ''}`)} />
      </td>
      <td>
        <Joined items={classes} />
      </td>
      <td className="nowrap">
        <span className={`tag ${user.active ? '' : 'tag-quiet'}`}>{user.active ? t('admin.teachers.active') : t('admin.teachers.inactive')}</span>
        {user.active && user.mustChangePassword && <span className="muted admin-pending"> {t('admin.teachers.pendingPassword')}</span>}
      </td>
      <td className="admin-table-actions">
        {confirming === null && (
          <>
            {user.active && (
              <button type="button" className="button button-small" onClick={() => setConfirming('reset')}>
                {t('admin.teachers.resetPassword')}
              </button>
            )}
            <button
              type="button"
              className="button button-small"
              onClick={() => (user.active ? setConfirming('deactivate') : update.mutate({ active: true }))}
            >
              {user.active ? t('admin.teachers.deactivate') : t('admin.teachers.activate')}
            </button>
          </>
        )}
        {confirming !== null && (
          <span className="admin-confirm">
            <span className="muted">{t(confirming === 'reset' ? 'admin.teachers.confirmReset' : 'admin.teachers.confirmDeactivate', { name: user.name })}</span>
            <button
              type="button"
              className="button button-small button-danger"
              disabled={update.isPending}
              onClick={() => update.mutate(confirming === 'reset' ? { resetPassword: true } : { active: false })}
            >
              {t('common.confirm')}
            </button>
            <button type="button" className="button button-small button-quiet" onClick={() => setConfirming(null)}>
              {t('common.cancel')}
            </button>
          </span>
        )}
        {update.isError && (
          <span className="form-error" role="alert">
            {errorText(t, update.error)}
          </span>
        )}
      </td>
    </tr>
  );
}

/** A list in a cell, 、-separated, breaking only between items (八年级(2)班 stays whole). */
function Joined({ items }: { items: string[] }) {
  if (items.length === 0) return <>—</>;
  return (
    <>
      {items.map((item, index) => (
        <span key={`${item}-${index}`} className="nowrap">
          {item}
          {index < items.length - 1 ? '、' : ''}
        </span>
      ))}
    </>
  );
}
