import type { JSONContent } from '@tiptap/core';
import { answersMissing, checkTier } from './checkItems.ts';
import { balanceExercises } from './balanceExercises.ts';
import { blocksRequired } from './blocksRequired.ts';
import { headerIncomplete } from './headerIncomplete.ts';
import { findingMessage } from './messages.ts';
import { mutualLayers } from './mutualLayers.ts';
import { objectivesCount, objectivesMissing, objectivesUnchecked, objectivesVerbs } from './objectives.ts';
import { defaultCheckSettings, ruleEnabled, severityOf, type CheckSettings } from './settings.ts';
import { spaceDoubts } from './spaceDoubts.ts';
import { timeModel, timeOverrun } from './time.ts';
import type { DetailedFinding, GuideCheckFacts, RawFinding, RuleId, Severity } from './types.ts';
import { ruleIds } from './types.ts';
import { wordingTeacher } from './wordingTeacher.ts';

type SingleGuideRule = (doc: JSONContent, facts: GuideCheckFacts, settings: CheckSettings) => RawFinding[];

/** The rules that read one guide, by id (the cross-guide rules run on the server). */
export const singleGuideRules: Partial<Record<RuleId, SingleGuideRule>> = {
  'objectives.missing': (doc) => objectivesMissing(doc),
  'objectives.count': (doc, _facts, settings) => objectivesCount(doc, settings),
  'objectives.verbs': (doc) => objectivesVerbs(doc),
  'objectives.unchecked': (doc) => objectivesUnchecked(doc),
  'wording.teacher': (doc) => wordingTeacher(doc),
  'balance.exercises': (doc) => balanceExercises(doc),
  'mutual.layers': (doc) => mutualLayers(doc),
  'time.overrun': (doc, facts, settings) => timeOverrun(doc, facts, settings),
  'time.model': (doc, _facts, settings) => timeModel(doc, settings),
  'check.tier': (doc, _facts, settings) => checkTier(doc, settings),
  'blocks.required': (doc, facts, settings) => blocksRequired(doc, facts, settings),
  'space.doubts': (doc) => spaceDoubts(doc),
  'header.incomplete': (_doc, facts) => headerIncomplete(facts),
  'answers.missing': (doc) => answersMissing(doc),
};

const severityOrder: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Gives raw findings their severity (from the settings) and their message; drops rules that are off. */
export function finish(raw: RawFinding[], settings: CheckSettings): DetailedFinding[] {
  return raw
    .filter((finding) => ruleEnabled(settings, finding.rule))
    .map((finding) => ({
      rule: finding.rule,
      severity: severityOf(settings, finding.rule),
      blockId: finding.blockId,
      message: findingMessage(finding),
      params: finding.params,
    }));
}

/** Errors first, then warnings, then suggestions; within a severity in rule order. */
export function sortFindings<T extends { rule: RuleId; severity: Severity }>(findings: T[]): T[] {
  return [...findings].sort(
    (a, b) => severityOrder[a.severity] - severityOrder[b.severity] || ruleIds.indexOf(a.rule) - ruleIds.indexOf(b.rule),
  );
}

/**
 * The 导学案体检 of one guide (or class copy): every single-guide rule on its ProseMirror
 * JSON and facts. Pure: the browser runs it on the live document as teachers type, the
 * server at the API and at the 定稿 gate.
 */
export function checkGuide(
  doc: JSONContent,
  facts: GuideCheckFacts,
  settings: CheckSettings = defaultCheckSettings,
): { findings: DetailedFinding[] } {
  const raw: RawFinding[] = [];
  for (const rule of ruleIds) {
    const run = singleGuideRules[rule];
    if (run && ruleEnabled(settings, rule)) raw.push(...run(doc, facts, settings));
  }
  return { findings: sortFindings(finish(raw, settings)) };
}

/** Counts per severity, for the header's 体检：2 个警告. */
export function countBySeverity(findings: readonly { severity: Severity }[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}
