import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { fetchGroupMembers } from '../../api/groupsApi.ts';
import { fetchGuide } from '../../api/guidesApi.ts';
import { queryKeys } from '../../api/queryKeys.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useMe } from '../auth/useMe.ts';
import { useMyGroups } from '../auth/useMyGroups.ts';
import type { ImportBlockChoice } from '../../../shared/schemas/docxImport.ts';
import type { GuideHeaderFields } from '../../../shared/schemas/guideHeader.ts';
import { ImportHeaderFields } from './ImportHeaderFields.tsx';
import { createImport, previewImport } from './importApi.ts';
import { ImportPreviewTable } from './ImportPreviewTable.tsx';
import './import.css';

/** Files over this size are refused by the server (413); say so before uploading. */
const maxFileBytes = 10 * 1024 * 1024;

/**
 * /import (导入 Word, group leaders): pick a teacher's .docx, see how its headings map onto the
 * guide's blocks, correct kinds, roles, merges, splits and the header, then 创建导学案. Nothing
 * is created until the button is pressed. /import?guideId=… (the lesson's lead drafter): the
 * same preview, then the file goes into that assigned lesson instead of a new guide.
 */
export function ImportPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const me = useMe();
  const { ledGroups } = useMyGroups();
  const [searchParams] = useSearchParams();
  const lessonId = searchParams.get('guideId') ?? '';
  const lesson = useQuery({ queryKey: queryKeys.guide(lessonId), queryFn: () => fetchGuide(lessonId), enabled: lessonId !== '' });
  const [chosenGroupId, setGroupId] = useState(ledGroups[0]?.id ?? '');
  const groupId = lessonId ? (lesson.data?.groupId ?? '') : chosenGroupId;
  const [file, setFile] = useState<File | null>(null);
  const [title, setTitle] = useState('');
  const [leadDrafterId, setLeadDrafterId] = useState('');
  const [period, setPeriod] = useState('');
  const [unit, setUnit] = useState('');
  const [choices, setChoices] = useState<ImportBlockChoice[]>([]);
  const [header, setHeader] = useState<GuideHeaderFields>({});
  const members = useQuery({ queryKey: queryKeys.groupMembers(groupId), queryFn: () => fetchGroupMembers(groupId), enabled: groupId !== '' });

  const preview = useMutation({
    mutationFn: (picked: File) => previewImport({ file: picked, groupId }),
    onSuccess: (result) => {
      setTitle(result.title);
      setPeriod(result.period ?? '');
      setUnit(result.unit ?? '');
      setHeader(result.header);
      setChoices(result.blocks.map((block) => ({ kind: block.kind, role: block.audience === 'teacher' ? 'teacher' : 'student' })));
    },
  });
  const create = useMutation({
    mutationFn: () => {
      if (!file) throw new Error('no file');
      if (lessonId) return createImport({ file, groupId, guideId: lessonId, blocks: choices, period, unit, header });
      return createImport({ file, groupId, title, leadDrafterId: leadDrafterId || undefined, blocks: choices, period, unit, header });
    },
    onSuccess: async (guide) => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.guides });
      await queryClient.invalidateQueries({ queryKey: queryKeys.guide(guide.id) });
      void navigate(`/guides/${guide.id}`);
    },
  });

  const intoLesson = lessonId !== '' && lesson.data?.myRoles.includes('leadDrafter') && lesson.data.stage === 'drafting';
  if (lessonId && lesson.isPending) return <main className="page import-page page-status">{t('import.reading')}</main>;
  if (lessonId && !intoLesson) {
    return (
      <main className="page import-page">
        {lesson.isError ? <ErrorMessage title={t('import.previewFailed')} error={lesson.error} /> : <p className="empty-state">{t('import.leadDraftersOnly')}</p>}
        <Link to={`/guides/${lessonId}`}>{t('editor.backToList')}</Link>
      </main>
    );
  }
  if (!intoLesson && ledGroups.length === 0) {
    return (
      <main className="page import-page">
        <p className="empty-state">{t('import.leadersOnly')}</p>
        <Link to="/">{t('editor.backToList')}</Link>
      </main>
    );
  }

  const tooLarge = file !== null && file.size > maxFileBytes;

  function pick(picked: File | null) {
    setFile(picked);
    preview.reset();
    create.reset();
    if (picked && picked.size <= maxFileBytes) preview.mutate(picked);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (preview.isSuccess) create.mutate();
  }

  return (
    <main className="page import-page">
      <Link to="/" className="back-link">
        ← {t('editor.backToList')}
      </Link>
      <h1>{intoLesson ? t('import.intoLesson', { title: lesson.data?.title ?? '' }) : t('import.title')}</h1>
      {intoLesson && <p className="import-warning">{t('import.intoLessonIntro')}</p>}
      <p className="muted">
        {t('import.intro')} <Link to={`/groups/${groupId}/label-synonyms`}>{t('labelSynonyms.open')}</Link>
      </p>

      <form className="import-form" onSubmit={submit}>
        {!intoLesson && ledGroups.length > 1 && (
          <label className="field">
            <span>{t('import.group')}</span>
            <select value={groupId} onChange={(event) => setGroupId(event.target.value)}>
              {ledGroups.map((group) => (
                <option key={group.id} value={group.id}>
                  {group.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="field">
          <span>{t('import.file')}</span>
          <input
            type="file"
            name="file"
            accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            onChange={(event) => pick(event.target.files?.[0] ?? null)}
          />
          <small className="muted">{t('import.fileHint')}</small>
        </label>

        {tooLarge && (
          <p className="error-message" role="alert">
            {t('import.tooLarge')}
          </p>
        )}
        {preview.isPending && <p className="page-status">{t('import.reading')}</p>}
        {preview.isError && <ErrorMessage title={t('import.previewFailed')} error={preview.error} />}

        {preview.isSuccess && (
          <section className="import-preview" aria-labelledby="import-preview-title">
            <h2 id="import-preview-title">{t('import.previewTitle')}</h2>
            <p className="muted">
              {t('import.previewSummary', {
                count: preview.data.blocks.length,
                unmapped: preview.data.blocks.filter((block) => !block.mapped).length,
                lessonType: preview.data.lessonType ?? '—',
              })}
            </p>
            {preview.data.warnings.map((warning) => (
              <p key={warning} className="import-warning" role="status">
                {warning}
              </p>
            ))}
            <ImportPreviewTable
              preview={preview.data}
              choices={choices}
              onChange={(index, choice) => setChoices((current) => current.map((old, at) => (at === index ? choice : old)))}
            />

            <div className="import-create-fields">
              {!intoLesson && (
                <label className="field">
                  <span>{t('import.guideTitle')}</span>
                  <input value={title} maxLength={100} required onChange={(event) => setTitle(event.target.value)} />
                </label>
              )}
              <label className="field">
                <span>{t('import.period')}</span>
                <input value={period} maxLength={20} onChange={(event) => setPeriod(event.target.value)} />
              </label>
              <label className="field">
                <span>{t('import.unit')}</span>
                <input value={unit} maxLength={100} onChange={(event) => setUnit(event.target.value)} />
              </label>
              {!intoLesson && (
                <label className="field">
                  <span>{t('import.leadDrafter')}</span>
                  <select value={leadDrafterId} onChange={(event) => setLeadDrafterId(event.target.value)}>
                    <option value="">{t('import.leadDrafterMe', { name: me.data?.user.name ?? '' })}</option>
                    {(members.data ?? [])
                      .filter((member) => member.id !== me.data?.user.id)
                      .map((member) => (
                        <option key={member.id} value={member.id}>
                          {member.name}
                        </option>
                      ))}
                  </select>
                </label>
              )}
            </div>
            <ImportHeaderFields header={header} onChange={setHeader} />
            {create.isError && <ErrorMessage title={t('import.createFailed')} error={create.error} />}
            <button type="submit" className="button button-primary" disabled={create.isPending || (!intoLesson && !title.trim())}>
              {create.isPending ? t('import.creating') : intoLesson ? t('import.importInto') : t('import.create')}
            </button>
          </section>
        )}
      </form>
    </main>
  );
}
