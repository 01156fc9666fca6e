import { ApiError } from '../errors.ts';
import { compoundFileKind, isCompoundFile } from './compoundFile.ts';
import { CorruptZipError, readZipEntries, Zip64Error, type ZipEntry } from './zipEntries.ts';

/** The largest upload accepted (413 above it). */
export const maxDocxBytes = 10 * 1024 * 1024;

const zipSignature = [0x50, 0x4b, 0x03, 0x04];
const emptyZipSignature = [0x50, 0x4b, 0x05, 0x06];

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

export const emptyFileMessage = '文件没有内容';

/**
 * Refuses what cannot be a Word guide before anything is unpacked: an empty file (422), one
 * over 10 MB (413), a password-protected Office file (422 文件已加密), an old .doc or anything
 * that is not a .docx (415), a broken or ZIP64 zip (422). Answers the archive's entries; how
 * much they unpack to is counted while unpacking (unpackDocx).
 */
export function checkDocxFile(bytes: Uint8Array): ZipEntry[] {
  if (bytes.length === 0) throw new ApiError(422, 'empty_file', emptyFileMessage);
  if (bytes.length > maxDocxBytes) {
    throw new ApiError(413, 'file_too_large', `文件超过 ${maxDocxBytes / 1024 / 1024} MB 的上限，请压缩图片或拆分后再导入`);
  }
  if (isCompoundFile(bytes)) {
    if (compoundFileKind(bytes) === 'legacyWord') {
      throw new ApiError(415, 'unsupported_file_type', '这是旧版 Word 文件（.doc），请在 Word 或 WPS 中另存为 .docx 后再导入');
    }
    throw new ApiError(422, 'encrypted_file', '文件已加密：请在 Word 中取消密码保护后再导入');
  }
  if (!startsWith(bytes, zipSignature) && !startsWith(bytes, emptyZipSignature)) {
    throw new ApiError(415, 'unsupported_file_type', '只能导入 Word 文档（.docx）');
  }
  let entries;
  try {
    entries = readZipEntries(bytes);
  } catch (error) {
    if (error instanceof CorruptZipError) throw new ApiError(422, 'corrupt_file', '文件已损坏，无法读取');
    if (error instanceof Zip64Error) {
      throw new ApiError(422, 'corrupt_file', '文件使用了 ZIP64 格式，无法读取：请在 Word 或 WPS 中另存为 .docx 后再导入');
    }
    throw error;
  }
  if (!entries.some((entry) => entry.name === 'word/document.xml')) {
    throw new ApiError(415, 'unsupported_file_type', '这不是 Word 文档（.docx），只能导入 .docx 文件');
  }
  return entries;
}
