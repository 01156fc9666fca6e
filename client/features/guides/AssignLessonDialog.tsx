import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { createGuideBodySchema, type Guide } from '../../../shared/schemas/guide.ts';
import { fetchGroupMembers } from '../../api/groupsApi.ts';
import { createGuide } from '../../api/guidesApi.ts';
import { queryKeys } from '../../api/queryKeys.ts';
import { fetchTemplates } from '../../api/templatesApi.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { localToday } from '../../i18n/dueDate.ts';
import { useMyGroups } from '../auth/useMyGroups.ts';
import type { LessonSource } from '../lineage/lessonSource.ts';
import { SourcePicker } from '../lineage/SourcePicker.tsx';
import { TemplateCard } from './TemplateCard.tsx';
import { addDays } from '../../../shared/time/schoolTime.ts';
import { versionLabelText } from '../../i18n/versionLabel.ts';

interface AssignLessonDialogProps {
  open: boolean;
  onClose: () => void;
  onAssigned: (guide: Guide) => void;
  /** The group to assign in, when the page is about one group (the term plan). */
  groupId?: string;
  /** 从已有导学案新建: the saved version the lesson starts from (picked in the dialog otherwise). */
  source?: LessonSource;
}

/**
 * 分配备课任务 (group leaders only): the lesson (课题, 教材单元, 课时), its template (which fixes
 * the 课型), its lead drafter (主备教师) and the due date of the draft.
 */
/** The label of each field of the form, for a problem the shared schema finds in it. */
const fieldLabels: Record<string, string> = {
  title: 'assign.guideTitle',
  templateId: 'assign.template',
  groupId: 'assign.group',
  leadDrafterId: 'assign.leadDrafter',
  dueDate: 'assign.dueDate',
  period: 'assign.period',
  unit: 'assign.unit',
};

export function AssignLessonDialog({ open, onClose, onAssigned, groupId, source }: AssignLessonDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('assign.title')} open={open} onClose={onClose} wide>
      <AssignLessonForm
        initialGroupId={groupId}
        initialSource={source}
        onCancel={onClose}
        onAssigned={(guide) => {
          onClose();
          onAssigned(guide);
        }}
      />
    </Dialog>
  );
}

/** A week from today: lessons are drafted about a week ahead (domain.md). */
function defaultDueDate(): string {
  return addDays(localToday(), 7);
}

interface AssignLessonFormProps {
  initialGroupId?: string;
  initialSource?: LessonSource;
  onCancel: () => void;
  onAssigned: (guide: Guide) => void;
}

function AssignLessonForm({ initialGroupId, initialSource, onCancel, onAssigned }: AssignLessonFormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { ledGroups } = useMyGroups();
  const [groupId, setGroupId] = useState(
    ledGroups.find((group) => group.id === initialGroupId)?.id ?? ledGroups[0]?.id ?? '',
  );
  const [source, setSource] = useState<LessonSource | null>(initialSource ?? null);
  const [title, setTitle] = useState(initialSource?.title ?? '');
  const [unit, setUnit] = useState('');
  const [period, setPeriod] = useState('');
  const [templateId, setTemplateId] = useState(initialSource?.templateId ?? '');
  const [leadDrafterId, setLeadDrafterId] = useState('');
  const [dueDate, setDueDate] = useState(defaultDueDate);
  const [problem, setProblem] = useState<string | null>(null);

  const templates = useQuery({ queryKey: queryKeys.templates, queryFn: fetchTemplates });
  const members = useQuery({
    queryKey: queryKeys.groupMembers(groupId),
    queryFn: () => fetchGroupMembers(groupId),
    enabled: groupId !== '',
  });
  const group = ledGroups.find((candidate) => candidate.id === groupId);
  // Templates of the group's subject first; 通用 (general) ones after them.
  const sortedTemplates = [...(templates.data ?? [])].sort(
    (a, b) => Number(b.subject === group?.subject) - Number(a.subject === group?.subject),
  );
  const template = templates.data?.find((candidate) => candidate.id === templateId);

  const creation = useMutation({
    mutationFn: createGuide,
    onSuccess: async (guide) => {
      queryClient.setQueryData(queryKeys.guide(guide.id), guide);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.guides, exact: true }),
        queryClient.invalidateQueries({ queryKey: queryKeys.groupPlan(guide.groupId) }),
      ]);
      onAssigned(guide);
    },
    onError: (error) => setProblem(t('assign.failed', { message: error.message })),
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!groupId) return setProblem(t('assign.needGroup'));
    if (!title.trim()) return setProblem(t('assign.needTitle'));
    if (!templateId) return setProblem(t('assign.needTemplate'));
    if (!leadDrafterId) return setProblem(t('assign.needLeadDrafter'));
    // The same rules the server applies (too long, control characters, a date that is none).
    const body = createGuideBodySchema.safeParse({
      title: title.trim(),
      templateId,
      groupId,
      leadDrafterId,
      dueDate: dueDate || undefined,
      period: period.trim() || undefined,
      unit: unit.trim() || undefined,
      fromGuideId: source?.guideId,
      fromVersion: source?.versionNumber,
    });
    if (!body.success) {
      const issue = body.error.issues[0];
      const field = fieldLabels[String(issue.path[0])] ?? String(issue.path[0]);
      return setProblem(t('assign.invalidField', { field: t(field), message: issue.message }));
    }
    setProblem(null);
    creation.mutate(body.data);
  };

  return (
    <form className="new-guide-form" onSubmit={onSubmit}>
      <p className="muted assign-intro">{t('assign.intro')}</p>
      <div className="form-grid">
        {ledGroups.length > 1 && (
          <label className="field field-span">
            <span className="field-label">{t('assign.group')}</span>
            <select
              name="groupId"
              value={groupId}
              onChange={(event) => {
                setGroupId(event.target.value);
                setLeadDrafterId('');
              }}
            >
              {ledGroups.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <SourcePicker
          source={source}
          onChange={(next) => {
            setSource(next);
            if (next) {
              setTemplateId(next.templateId);
              if (!title.trim()) setTitle(next.title);
            }
          }}
        />
        <label className="field field-span">
          <span className="field-label">{t('assign.guideTitle')}</span>
          <input
            name="title"
            value={title}
            maxLength={100}
            placeholder={t('assign.guideTitlePlaceholder')}
            onChange={(event) => setTitle(event.target.value)}
          />
        </label>
        <label className="field">
          <span className="field-label">{t('assign.unit')}</span>
          <input
            name="unit"
            value={unit}
            maxLength={100}
            placeholder={t('assign.unitPlaceholder')}
            onChange={(event) => setUnit(event.target.value)}
          />
        </label>
        <label className="field">
          <span className="field-label">{t('assign.period')}</span>
          <input
            name="period"
            value={period}
            maxLength={20}
            placeholder={t('assign.periodPlaceholder')}
            onChange={(event) => setPeriod(event.target.value)}
          />
        </label>
        <label className="field">
          <span className="field-label">{t('assign.leadDrafter')}</span>
          <select name="leadDrafterId" value={leadDrafterId} onChange={(event) => setLeadDrafterId(event.target.value)}>
            <option value="">{t('assign.chooseLeadDrafter')}</option>
            {(members.data ?? []).map((member) => (
              <option key={member.id} value={member.id}>
                {member.role === 'leader' ? t('assign.memberLeader', { name: member.name }) : member.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t('assign.dueDate')}</span>
          <input name="dueDate" type="date" value={dueDate} onChange={(event) => setDueDate(event.target.value)} />
        </label>
      </div>

      {source && (
        <p className="lineage-source-note" data-testid="lineage-source-note">
          {t('lineage.startsAs', { title: source.title, label: versionLabelText(source.versionLabel, t) })}
        </p>
      )}
      <fieldset className="template-picker" hidden={source !== null}>
        <legend className="field-label">
          {t('assign.template')}
          <span className="template-picker-lesson-type" data-testid="lesson-type">
            {template
              ? t('assign.lessonTypeFixed', {
                  lessonType: t(`lessonType.${template.lessonType}`, { defaultValue: template.lessonType }),
                })
              : t('assign.lessonTypeHint')}
          </span>
        </legend>
        {templates.isPending && <p className="muted">{t('assign.templatesLoading')}</p>}
        {templates.isError && <p className="form-error">{t('assign.templatesFailed')}</p>}
        <div className="template-grid">
          {sortedTemplates.map((candidate) => (
            <TemplateCard
              key={candidate.id}
              template={candidate}
              selected={candidate.id === templateId}
              onSelect={() => setTemplateId(candidate.id)}
            />
          ))}
        </div>
      </fieldset>

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
          {creation.isPending ? t('assign.submitting') : t('assign.submit')}
        </button>
      </footer>
    </form>
  );
}
