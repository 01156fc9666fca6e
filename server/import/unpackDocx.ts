import { ApiError } from '../errors.ts';
import { importSlots, ImportsBusyError } from './importSlots.ts';
import { inflateZipEntries, UnsupportedZipEntryError, ZipTooLargeError } from './inflateZip.ts';
import { CorruptZipError, type ZipEntry } from './zipEntries.ts';

const megabyte = 1024 * 1024;

/**
 * What a .docx may unpack to, counted on the bytes actually inflated. A long guide's
 * document part is a few hundred KB and its pictures are already compressed, so this leaves
 * room for the largest upload (10 MB) of photos and for XML far beyond any guide.
 */
export const docxUnpackLimits = { entryBytes: 16 * megabyte, totalBytes: 48 * megabyte, entries: 2000 };

/** Two imports read at once (each one's inflated parts are bounded); eight more wait. */
const inSlot = importSlots(2, 8);

export const docxTooLargeMessage = `文件解压后超过 ${docxUnpackLimits.totalBytes / megabyte} MB（单个部件 ${docxUnpackLimits.entryBytes / megabyte} MB）的上限，无法导入；请压缩图片或拆分后再导入`;

function asApiError(error: unknown): unknown {
  if (error instanceof ApiError) return error;
  if (error instanceof ZipTooLargeError) return new ApiError(413, 'docx_too_large', docxTooLargeMessage);
  if (error instanceof ImportsBusyError) return new ApiError(429, 'import_busy', '正在导入的文件较多，请稍后再试');
  if (error instanceof UnsupportedZipEntryError) {
    return error.reason === 'encrypted'
      ? new ApiError(422, 'encrypted_file', '文件已加密：请在 Word 中取消密码保护后再导入')
      : new ApiError(422, 'corrupt_file', '文件已损坏或使用了无法读取的压缩方式，请在 Word 或 WPS 中另存为 .docx 后再导入');
  }
  if (error instanceof CorruptZipError) return new ApiError(422, 'corrupt_file', '文件已损坏，无法读取');
  return new ApiError(422, 'corrupt_file', '文件已损坏或不是有效的 Word 文档，无法读取');
}

/**
 * Unpacks a checked .docx within docxUnpackLimits and hands its parts to `read`, at most two
 * files at a time (unpacking and reading both inside the slot). Every failure is an ApiError:
 * 413 docx_too_large past a limit, 429 import_busy when too many wait, 422 for a file that
 * cannot be read.
 */
export async function unpackDocx<Result>(bytes: Uint8Array, entries: ZipEntry[], read: (files: Map<string, Uint8Array>) => Result | Promise<Result>): Promise<Result> {
  try {
    return await inSlot(async () => read(await inflateZipEntries(bytes, entries, docxUnpackLimits)));
  } catch (error) {
    throw asApiError(error);
  }
}
