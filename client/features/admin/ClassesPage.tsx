import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { adminKeys, createAdminClass, fetchAdminClasses, fetchAdminGroups, fetchAdminUsers } from '../../api/adminApi.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { gradeLabel } from '../../i18n/gradeLabel.ts';
import { errorText } from './errorText.ts';

/** /admin/classes: the classes, the group they are taught from and who teaches them. */
export function ClassesPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const classes = useQuery({ queryKey: adminKeys.classes, queryFn: fetchAdminClasses });
  const groups = useQuery({ queryKey: adminKeys.groups, queryFn: fetchAdminGroups });
  const users = useQuery({ queryKey: adminKeys.users, queryFn: fetchAdminUsers });
  const [groupId, setGroupId] = useState('');
  const [name, setName] = useState('');
  const [teacherId, setTeacherId] = useState('');
  const group = groups.data?.find((candidate) => candidate.id === groupId);
  // Teachers the roster says teach a class of this name come first.
  const teachers = (users.data ?? [])
    .filter((user) => user.active)
    .sort((a, b) => Number(b.classNames.includes(name.trim())) - Number(a.classNames.includes(name.trim())));
  const create = useMutation({
    mutationFn: createAdminClass,
    onSuccess: async () => {
      setName('');
      setTeacherId('');
      await queryClient.invalidateQueries({ queryKey: ['admin'] });
    },
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!group) return;
    create.mutate({ name, grade: group.grade, groupId, teacherId: teacherId || null });
  };

  return (
    <section aria-labelledby="classes-title">
      <div className="admin-section-heading">
        <div>
          <h2 id="classes-title">{t('admin.classes.title')}</h2>
          <p className="muted">{t('admin.classes.intro')}</p>
        </div>
      </div>
      <form className="admin-panel admin-form admin-form-grid" onSubmit={onSubmit} aria-label={t('admin.classes.add')}>
        <label className="field">
          <span className="field-label">{t('admin.classes.group')}</span>
          <select name="groupId" value={groupId} onChange={(event) => setGroupId(event.target.value)} required>
            <option value="">{t('admin.classes.chooseGroup')}</option>
            {groups.data?.map((option) => (
              <option key={option.id} value={option.id}>
                {option.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t('admin.classes.name')}</span>
          <input
            name="name"
            value={name}
            placeholder={group ? `${gradeLabel(t, group.grade)}(1)班` : ''}
            onChange={(event) => setName(event.target.value)}
            required
          />
        </label>
        <label className="field">
          <span className="field-label">{t('admin.classes.teacher')}</span>
          <select name="teacherId" value={teacherId} onChange={(event) => setTeacherId(event.target.value)}>
            <option value="">{t('admin.classes.noTeacher')}</option>
            {teachers.map((teacher) => (
              <option key={teacher.id} value={teacher.id}>
                {teacher.name}（{teacher.username}）
              </option>
            ))}
          </select>
        </label>
        <div className="admin-form-actions admin-form-end">
          <button type="submit" className="button button-primary" disabled={create.isPending || !group}>
            {t('admin.classes.add')}
          </button>
        </div>
        {create.isError && (
          <p className="form-error admin-form-wide" role="alert">
            {errorText(t, create.error)}
          </p>
        )}
      </form>
      {classes.isError && <ErrorMessage error={classes.error} onRetry={() => void classes.refetch()} />}
      {classes.data?.length === 0 && <p className="empty-state">{t('admin.classes.empty')}</p>}
      {classes.data && classes.data.length > 0 && (
        <div className="table-frame admin-table-frame">
          <table className="admin-table">
            <thead>
              <tr>
                <th>{t('admin.classes.name')}</th>
                <th>{t('admin.groups.grade')}</th>
                <th>{t('admin.classes.group')}</th>
                <th>{t('admin.classes.teacher')}</th>
              </tr>
            </thead>
            <tbody>
              {classes.data.map((schoolClass) => (
                <tr key={schoolClass.id}>
                  <td>{schoolClass.name}</td>
                  <td>{schoolClass.grade === null ? '—' : gradeLabel(t, schoolClass.grade)}</td>
                  <td>{schoolClass.groupName}</td>
                  <td>{schoolClass.teachers.map((teacher) => teacher.name).join('、') || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
