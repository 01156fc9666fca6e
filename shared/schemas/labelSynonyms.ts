import { z } from 'zod';
import { blockKinds, defaultBlockTitles, type BlockKind } from '../editor/blockKinds.ts';
import { defaultLabelSynonyms } from '../import/labelMapping.ts';

const label = z.string().trim().min(1, '标签不能为空').max(20, '标签不能超过 20 个字');

function labelKey(text: string): string {
  return text.replace(/\s/g, '').toLowerCase();
}

/**
 * PUT /api/groups/:id/label-synonyms: the school's labels per block kind. Kinds left out go
 * back to the defaults; a label may belong to one kind only, counting the defaults of the
 * kinds left out (they stay in the dictionary the importer uses).
 */
export const labelSynonymsBodySchema = z
  .object({
    synonyms: z.partialRecord(z.enum(blockKinds), z.array(label).max(50, '每类最多 50 个标签')),
  })
  .superRefine((body, context) => {
    const owner = new Map<string, string>();
    for (const kind of blockKinds) {
      if (body.synonyms[kind]) continue;
      for (const text of defaultLabelSynonyms[kind as BlockKind]) owner.set(labelKey(text), kind);
    }
    for (const [kind, labels] of Object.entries(body.synonyms)) {
      labels?.forEach((text, index) => {
        const key = labelKey(text);
        const other = owner.get(key);
        if (other && other !== kind) {
          context.addIssue({ code: 'custom', path: ['synonyms', kind, index], message: `“${text}”已属于「${defaultBlockTitles[other as BlockKind]}」` });
        }
        owner.set(key, kind);
      });
    }
  });
export type LabelSynonymsBody = z.infer<typeof labelSynonymsBodySchema>;

/** GET /api/groups/:id/label-synonyms (and the answer to PUT). */
export const labelSynonymsSchema = z.object({
  schoolId: z.string(),
  /** The dictionary the importer uses: the school's own labels where it has them. */
  synonyms: z.record(z.enum(blockKinds), z.array(z.string())),
  defaults: z.record(z.enum(blockKinds), z.array(z.string())),
  /** The kinds the school has changed. */
  customised: z.array(z.enum(blockKinds)),
  /** Whether the current user may change them (the group leader). */
  editable: z.boolean(),
});
export type LabelSynonymsView = z.infer<typeof labelSynonymsSchema>;
