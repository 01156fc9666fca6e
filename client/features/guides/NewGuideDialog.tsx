import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { createGuide } from '../../api/guidesApi.ts';
import { fetchGroupMembers } from '../../api/groupsApi.ts';
import { queryKeys } from '../../api/queryKeys.ts';
import { fetchTemplates } from '../../api/templatesApi.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { useMe } from '../auth/useMe.ts';
import { TemplateCard } from './TemplateCard.tsx';

interface NewGuideDialogProps {
  open: boolean;
  onClose: () => void;
}

/** 新建导学案: a template, the lesson, its lead drafter (主备教师) and due date; creating opens the editor. */
export function NewGuideDialog({ open, onClose }: NewGuideDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('newGuide.title')} open={open} onClose={onClose} wide>
      <NewGuideForm onCancel={onClose} />
    </Dialog>
  );
}

function NewGuideForm({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const me = useMe();
  const groups = me.data?.groups ?? [];
  const [groupId, setGroupId] = useState(groups[0]?.id ?? '');
  const [templateId, setTemplateId] = useState('');
  const [title, setTitle] = useState('');
  const [period, setPeriod] = useState('');
  const [unit, setUnit] = useState('');
  const [leadDrafterId, setLeadDrafterId] = useState(me.data?.user.id ?? '');
  const [dueDate, setDueDate] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const templates = useQuery({ queryKey: queryKeys.templates, queryFn: fetchTemplates });
  const members = useQuery({
    queryKey: queryKeys.groupMembers(groupId),
    queryFn: () => fetchGroupMembers(groupId),
    enabled: groupId !== '',
  });
  const group = groups.find((candidate) => candidate.id === groupId);
  // Templates of the group's subject first; 通用 (general) ones after them.
  const sortedTemplates = [...(templates.data ?? [])].sort(
    (a, b) => Number(b.subject === group?.subject) - Number(a.subject === group?.subject),
  );

  const creation = useMutation({
    mutationFn: createGuide,
    onSuccess: async (guide) => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.guides });
      queryClient.setQueryData(queryKeys.guide(guide.id), guide);
      await navigate(`/guides/${guide.id}`);
    },
    onError: (error) => setProblem(t('newGuide.failed', { message: error.message })),
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!groupId) return setProblem(t('newGuide.needGroup'));
    if (!templateId) return setProblem(t('newGuide.needTemplate'));
    if (!title.trim()) return setProblem(t('newGuide.needTitle'));
    setProblem(null);
    creation.mutate({
      title: title.trim(),
      templateId,
      groupId,
      leadDrafterId: leadDrafterId || (me.data?.user.id ?? ''),
      dueDate: dueDate || undefined,
      period: period.trim() || undefined,
      unit: unit.trim() || undefined,
    });
  };

  return (
    <form className="new-guide-form" onSubmit={onSubmit}>
      <fieldset className="template-picker">
        <legend className="field-label">{t('newGuide.template')}</legend>
        {templates.isPending && <p className="muted">{t('newGuide.templatesLoading')}</p>}
        {templates.isError && <p className="form-error">{t('newGuide.templatesFailed')}</p>}
        <div className="template-grid">
          {sortedTemplates.map((template) => (
            <TemplateCard
              key={template.id}
              template={template}
              selected={template.id === templateId}
              onSelect={() => setTemplateId(template.id)}
            />
          ))}
        </div>
      </fieldset>

      <div className="form-grid">
        <label className="field field-span">
          <span className="field-label">{t('newGuide.guideTitle')}</span>
          <input
            name="title"
            value={title}
            maxLength={100}
            placeholder={t('newGuide.guideTitlePlaceholder')}
            onChange={(event) => setTitle(event.target.value)}
          />
        </label>
        <label className="field">
          <span className="field-label">{t('newGuide.period')}</span>
          <input
            name="period"
            value={period}
            maxLength={20}
            placeholder={t('newGuide.periodPlaceholder')}
            onChange={(event) => setPeriod(event.target.value)}
          />
        </label>
        <label className="field">
          <span className="field-label">{t('newGuide.unit')}</span>
          <input
            name="unit"
            value={unit}
            maxLength={100}
            placeholder={t('newGuide.unitPlaceholder')}
            onChange={(event) => setUnit(event.target.value)}
          />
        </label>
        {groups.length > 1 && (
          <label className="field">
            <span className="field-label">{t('newGuide.group')}</span>
            <select name="groupId" value={groupId} onChange={(event) => setGroupId(event.target.value)}>
              {groups.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="field">
          <span className="field-label">{t('newGuide.leadDrafter')}</span>
          <select name="leadDrafterId" value={leadDrafterId} onChange={(event) => setLeadDrafterId(event.target.value)}>
            {(members.data ?? []).map((member) => (
              <option key={member.id} value={member.id}>
                {member.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t('newGuide.dueDate')}</span>
          <input name="dueDate" type="date" value={dueDate} onChange={(event) => setDueDate(event.target.value)} />
        </label>
      </div>

      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      <footer className="dialog-actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={creation.isPending}>
          {creation.isPending ? t('newGuide.submitting') : t('newGuide.submit')}
        </button>
      </footer>
    </form>
  );
}
