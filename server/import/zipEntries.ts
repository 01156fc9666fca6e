/** One file inside a zip archive, as its central directory lists it. */
export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflated (the only two a .docx uses). */
  method: number;
  /** General purpose flags; bit 0 marks an encrypted entry. */
  flags: number;
  compressedSize: number;
  /** What the archive declares: a zip bomb lies here, so it only ever serves to refuse early. */
  uncompressedSize: number;
  /** Where the entry's local header starts. */
  localHeaderOffset: number;
}

const endOfCentralDirectory = 0x06054b50;
const centralDirectoryHeader = 0x02014b50;
const localFileHeader = 0x04034b50;
const maxCommentLength = 0xffff;

/** Thrown when the bytes start like a zip but its directory cannot be read. */
export class CorruptZipError extends Error {
  constructor(reason: string) {
    super(`corrupt zip: ${reason}`);
    this.name = 'CorruptZipError';
  }
}

/** Thrown for a ZIP64 archive (over 65,535 entries or 4 GB): no Word guide is one, and this reader does not follow them. */
export class Zip64Error extends Error {
  constructor() {
    super('ZIP64 archives are not read');
    this.name = 'Zip64Error';
  }
}

/**
 * The entries of a zip archive, read from its central directory (no decompression), so a
 * .docx can be recognised and refused early. Throws CorruptZipError for a directory that
 * cannot be read and Zip64Error for a ZIP64 archive.
 */
export function readZipEntries(bytes: Uint8Array): ZipEntry[] {
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
  if (count === 0xffff || size === 0xffffffff || start === 0xffffffff) throw new Zip64Error();
  if (start + size > end) throw new CorruptZipError('central directory out of bounds');

  const entries: ZipEntry[] = [];
  let offset = start;
  for (let index = 0; index < count; index += 1) {
    if (offset + 46 > end || view.getUint32(offset, true) !== centralDirectoryHeader) {
      throw new CorruptZipError(`bad directory entry ${index}`);
    }
    const flags = view.getUint16(offset + 8, true);
    const method = view.getUint16(offset + 10, true);
    const compressedSize = view.getUint32(offset + 20, true);
    const uncompressedSize = view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const localHeaderOffset = view.getUint32(offset + 42, true);
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) throw new Zip64Error();
    const nameEnd = offset + 46 + nameLength;
    if (nameEnd > end) throw new CorruptZipError(`entry ${index} name out of bounds`);
    const name = new TextDecoder().decode(bytes.subarray(offset + 46, nameEnd));
    entries.push({ name, method, flags, compressedSize, uncompressedSize, localHeaderOffset });
    offset = nameEnd + extraLength + commentLength;
  }
  return entries;
}

/**
 * The stored bytes of one entry (still compressed when its method is 8): located through its
 * local header, whose own name and extra field lengths say where the data starts, and as long
 * as the central directory says.
 */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const header = entry.localHeaderOffset;
  if (header + 30 > bytes.length || view.getUint32(header, true) !== localFileHeader) {
    throw new CorruptZipError(`no local header for ${entry.name}`);
  }
  const start = header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new CorruptZipError(`${entry.name} out of bounds`);
  return bytes.subarray(start, end);
}
