import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { blockKinds, type BlockKind } from '../../../shared/editor/blockKinds.ts';
import type { LabelSynonymsView } from '../../../shared/schemas/labelSynonyms.ts';
import { labelSynonymsKey, saveLabelSynonyms } from '../../api/labelSynonymsApi.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { KindLabels } from './KindLabels.tsx';
import { bodyFromDraft, draftFromView, fieldErrorOf, type LabelSynonymsDraft } from './labelSynonymsDraft.ts';

interface LabelSynonymsEditorProps {
  groupId: string;
  view: LabelSynonymsView;
}

/** Every block kind with its labels; 保存 sends the school's own lists (PUT). Read-only for members. */
export function LabelSynonymsEditor({ groupId, view }: LabelSynonymsEditorProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<LabelSynonymsDraft>(() => draftFromView(view));
  const save = useMutation({
    mutationFn: () => saveLabelSynonyms(groupId, bodyFromDraft(draft)),
    onSuccess: (saved) => {
      queryClient.setQueryData(labelSynonymsKey(groupId), saved);
      setDraft(draftFromView(saved));
    },
  });
  const fieldError = fieldErrorOf(save.error);
  const editable = view.editable;
  /** Whether 保存 would change anything: the draft differs from what the server has. */
  const dirty = JSON.stringify(bodyFromDraft(draft)) !== JSON.stringify(bodyFromDraft(draftFromView(view)));

  function update(kind: BlockKind, labels: string[]) {
    setDraft((current) => ({
      labels: { ...current.labels, [kind]: labels },
      own: current.own.includes(kind) ? current.own : [...current.own, kind],
    }));
    save.reset();
  }

  function reset(kind: BlockKind) {
    setDraft((current) => ({
      labels: { ...current.labels, [kind]: [...(view.defaults[kind] ?? [])] },
      own: current.own.filter((other) => other !== kind),
    }));
    save.reset();
  }

  return (
    <>
      {!editable && (
        <p className="label-synonyms-note" role="note">
          {t('labelSynonyms.readOnly')}
        </p>
      )}
      {editable && (
        <div className="label-synonyms-actions">
          {save.isError && !fieldError && <ErrorMessage title={t('labelSynonyms.saveFailed')} error={save.error} />}
          {save.isError && fieldError && (
            <p className="form-error" role="alert">
              {t('labelSynonyms.fixErrors')}
            </p>
          )}
          {save.isSuccess && !dirty && (
            <span className="label-synonyms-saved" role="status">
              {t('labelSynonyms.saved')}
            </span>
          )}
          {dirty && <span className="muted">{t('labelSynonyms.unsaved')}</span>}
          <button type="button" className="button button-primary" disabled={!dirty || save.isPending} onClick={() => save.mutate()}>
            {save.isPending ? t('labelSynonyms.saving') : t('labelSynonyms.save')}
          </button>
        </div>
      )}
      <div className="label-synonyms-list">
        {blockKinds.map((kind) => (
          <KindLabels
            key={kind}
            kind={kind}
            labels={draft.labels[kind]}
            isOwn={draft.own.includes(kind)}
            editable={editable}
            error={fieldError?.kind === kind ? fieldError : null}
            onChange={(labels) => update(kind, labels)}
            onReset={() => reset(kind)}
          />
        ))}
      </div>
    </>
  );
}
