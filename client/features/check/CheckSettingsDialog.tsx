import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { CheckSettings } from '../../../shared/check/settings.ts';
import { defaultSeverities } from '../../../shared/check/settings.ts';
import { ruleIds, severities, type LessonType, type RuleId, type Severity } from '../../../shared/check/types.ts';
import type { CheckSettingsBody } from '../../../shared/schemas/check.ts';
import { lessonTypes } from '../../../shared/schemas/template.ts';
import { blockKinds, type BlockKind } from '../../../shared/editor/blockKinds.ts';
import { saveCheckSettings } from '../../api/checkApi.ts';
import { queryKeys } from '../../api/queryKeys.ts';
import { Dialog } from '../../components/Dialog.tsx';

interface CheckSettingsDialogProps {
  groupId: string;
  settings: CheckSettings;
  open: boolean;
  onClose: () => void;
}

/** The kinds a school can require of a 课型 (every kind but the free-form section). */
const requirableKinds = blockKinds.filter((kind): kind is Exclude<BlockKind, 'section'> => kind !== 'section');

const minutesOrNull = (text: string) => (text.trim() === '' ? null : Math.max(0, Math.round(Number(text))));

/** The lesson length of a grade range in the settings, as the form edits it. */
function lessonMinutes(settings: CheckSettings, grade: number): string {
  return String(settings.lessonLengths.find((range) => grade >= range.fromGrade && grade <= range.toGrade)?.minutes ?? 45);
}

/**
 * 体检设置 (leaders): lesson length for 小学 and 中学, the classroom model's time rules, whether
 * check items must be tiered and with which marks, and each rule on or off with its severity.
 * Saved for the whole school; every open editor checks by them once they are saved.
 */
export function CheckSettingsDialog({ groupId, settings, open, onClose }: CheckSettingsDialogProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [primary, setPrimary] = useState(lessonMinutes(settings, 1));
  const [secondary, setSecondary] = useState(lessonMinutes(settings, 7));
  const [teacherMax, setTeacherMax] = useState(settings.model.teacherMaxMinutes?.toString() ?? '');
  const [practiceMin, setPracticeMin] = useState(settings.model.practiceMinMinutes?.toString() ?? '');
  const [tiered, setTiered] = useState(settings.tiering.required);
  const [marks, setMarks] = useState(settings.tiering.marks.join('、'));
  const [required, setRequired] = useState<Record<LessonType, BlockKind[]>>(() => ({ ...settings.requiredBlocks }));
  const toggleRequired = (lessonType: LessonType, kind: BlockKind, on: boolean) =>
    setRequired((current) => ({
      ...current,
      [lessonType]: on ? [...current[lessonType], kind] : current[lessonType].filter((other) => other !== kind),
    }));
  const [rules, setRules] = useState<Record<RuleId, { enabled: boolean; severity: Severity }>>(() =>
    Object.fromEntries(
      ruleIds.map((rule) => [
        rule,
        { enabled: settings.rules[rule]?.enabled ?? true, severity: settings.rules[rule]?.severity ?? defaultSeverities[rule] },
      ]),
    ) as Record<RuleId, { enabled: boolean; severity: Severity }>,
  );
  const save = useMutation({
    mutationFn: (body: CheckSettingsBody) => saveCheckSettings(groupId, body),
    onSuccess: (saved) => {
      queryClient.setQueryData(queryKeys.checkSettings(groupId), saved);
      onClose();
    },
  });

  const submit = () => {
    save.mutate({
      lessonLengths: [
        { fromGrade: 1, toGrade: 6, minutes: Number(primary) },
        { fromGrade: 7, toGrade: 12, minutes: Number(secondary) },
      ],
      model: { teacherMaxMinutes: minutesOrNull(teacherMax), practiceMinMinutes: minutesOrNull(practiceMin), practiceKinds: settings.model.practiceKinds },
      tiering: { required: tiered, marks: marks.split(/[、,，\s]+/).filter(Boolean) },
      requiredBlocks: required,
      rules: Object.fromEntries(
        ruleIds
          .filter((rule) => !rules[rule].enabled || rules[rule].severity !== defaultSeverities[rule])
          .map((rule) => [rule, rules[rule]]),
      ),
    });
  };

  return (
    <Dialog title={t('check.settings.title')} open={open} onClose={onClose} wide>
      <form
        className="check-settings"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <p className="side-panel-note">{t('check.settings.note')}</p>
        <fieldset>
          <legend>{t('check.settings.time')}</legend>
          <label>
            {t('check.settings.primary')}
            <input type="number" min={20} max={90} required value={primary} onChange={(event) => setPrimary(event.target.value)} />
          </label>
          <label>
            {t('check.settings.secondary')}
            <input type="number" min={20} max={90} required value={secondary} onChange={(event) => setSecondary(event.target.value)} />
          </label>
          <label>
            {t('check.settings.teacherMax')}
            <input type="number" min={0} max={90} value={teacherMax} placeholder={t('check.settings.noLimit')} onChange={(event) => setTeacherMax(event.target.value)} />
          </label>
          <label>
            {t('check.settings.practiceMin')}
            <input type="number" min={0} max={90} value={practiceMin} placeholder={t('check.settings.noLimit')} onChange={(event) => setPracticeMin(event.target.value)} />
          </label>
        </fieldset>
        <fieldset>
          <legend>{t('check.settings.tiering')}</legend>
          <label className="check-settings-inline">
            <input type="checkbox" checked={tiered} onChange={(event) => setTiered(event.target.checked)} />
            {t('check.settings.tieringRequired')}
          </label>
          <label className="check-settings-marks">
            {t('check.settings.marks')}
            <input type="text" value={marks} onChange={(event) => setMarks(event.target.value)} />
          </label>
        </fieldset>
        <fieldset>
          <legend>{t('check.settings.requiredBlocks')}</legend>
          <div className="check-settings-required">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('check.settings.lessonType')}</th>
                  {requirableKinds.map((kind) => (
                    <th key={kind} scope="col">
                      {t(`blockKind.${kind}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {lessonTypes.map((lessonType) => (
                  <tr key={lessonType}>
                    <th scope="row">{t(`lessonType.${lessonType}`, { defaultValue: lessonType })}</th>
                    {requirableKinds.map((kind) => (
                      <td key={kind}>
                        <input
                          type="checkbox"
                          aria-label={`${lessonType} ${t(`blockKind.${kind}`)}`}
                          checked={required[lessonType].includes(kind)}
                          onChange={(event) => toggleRequired(lessonType, kind, event.target.checked)}
                        />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('check.settings.rules')}</legend>
          <ul className="check-settings-rules">
            {ruleIds.map((rule) => (
              <li key={rule}>
                <label className="check-settings-inline">
                  <input
                    type="checkbox"
                    checked={rules[rule].enabled}
                    onChange={(event) => setRules({ ...rules, [rule]: { ...rules[rule], enabled: event.target.checked } })}
                  />
                  {t(`check.rule.${rule}`)}
                </label>
                <select
                  aria-label={t('check.settings.severityOf', { rule: t(`check.rule.${rule}`) })}
                  value={rules[rule].severity}
                  disabled={!rules[rule].enabled}
                  onChange={(event) => setRules({ ...rules, [rule]: { ...rules[rule], severity: event.target.value as Severity } })}
                >
                  {severities.map((severity) => (
                    <option key={severity} value={severity}>
                      {t(`check.severity.${severity}`)}
                    </option>
                  ))}
                </select>
              </li>
            ))}
          </ul>
        </fieldset>
        {save.error && (
          <p className="form-error" role="alert">
            {t('check.settings.failed', { message: save.error.message })}
          </p>
        )}
        <footer className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={save.isPending} data-testid="save-check-settings">
            {t('check.settings.save')}
          </button>
        </footer>
      </form>
    </Dialog>
  );
}
