/** One file inside a zip archive, as its central directory lists it. */
export interface ZipEntry {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
}

const endOfCentralDirectory = 0x06054b50;
const centralDirectoryHeader = 0x02014b50;
const maxCommentLength = 0xffff;

/** Thrown when the bytes start like a zip but its directory cannot be read. */
export class CorruptZipError extends Error {
  constructor(reason: string) {
    super(`corrupt zip: ${reason}`);
    this.name = 'CorruptZipError';
  }
}

/**
 * The entries of a zip archive, read from its central directory (no decompression), so a
 * .docx can be recognised and a zip bomb refused before anything is unpacked. Returns null
 * for ZIP64 archives, whose directory this reader does not follow (mammoth still checks them).
 */
export function readZipEntries(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const earliest = Math.max(0, bytes.length - 22 - maxCommentLength);
  let end = -1;
  for (let offset = bytes.length - 22; offset >= earliest; offset -= 1) {
    if (view.getUint32(offset, true) === endOfCentralDirectory) {
      end = offset;
      break;
    }
  }
  if (end === -1) throw new CorruptZipError('no end of central directory');
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const start = view.getUint32(end + 16, true);
  if (count === 0xffff || size === 0xffffffff || start === 0xffffffff) return null;
  if (start + size > end) throw new CorruptZipError('central directory out of bounds');

  const entries: ZipEntry[] = [];
  let offset = start;
  for (let index = 0; index < count; index += 1) {
    if (offset + 46 > end || view.getUint32(offset, true) !== centralDirectoryHeader) {
      throw new CorruptZipError(`bad directory entry ${index}`);
    }
    const compressedSize = view.getUint32(offset + 20, true);
    const uncompressedSize = view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const nameEnd = offset + 46 + nameLength;
    if (nameEnd > end) throw new CorruptZipError(`entry ${index} name out of bounds`);
    const name = new TextDecoder().decode(bytes.subarray(offset + 46, nameEnd));
    entries.push({ name, compressedSize, uncompressedSize });
    offset = nameEnd + extraLength + commentLength;
  }
  return entries;
}
