import type { LabelSynonyms } from '../../shared/import/labelMapping.ts';
import { checkDocxFile } from './checkDocxFile.ts';
import { readGuideParts, type ReadGuide } from './readGuideParts.ts';
import { unpackDocx } from './unpackDocx.ts';

export type { ReadGuide } from './readGuideParts.ts';

/**
 * Checks an uploaded file, unpacks it within limits, reads its XML parts and maps it onto
 * the guide's blocks with the school's label dictionary, all on the calling thread (the
 * server reads through readGuideDocxInWorker instead). Every failure is an ApiError with a
 * readable message (413, 415, 422, 429); nothing is written anywhere.
 */
export async function readGuideDocx(bytes: Uint8Array, synonyms: LabelSynonyms): Promise<ReadGuide> {
  return unpackDocx(bytes, checkDocxFile(bytes), (files) => readGuideParts(files, synonyms));
}
