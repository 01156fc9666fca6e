import { promisify } from 'node:util';
import { inflateRaw } from 'node:zlib';
import { CorruptZipError, entryData, type ZipEntry } from './zipEntries.ts';

const inflateRawAsync = promisify(inflateRaw);

/** How much an archive may unpack to, counted on the bytes zlib actually produces. */
export interface InflateLimits {
  /** Bytes one entry may unpack to. */
  entryBytes: number;
  /** Bytes all entries together may unpack to. */
  totalBytes: number;
  /** Entries the archive may hold. */
  entries: number;
}

/** Thrown when an archive unpacks (or would, by its own word) to more than the limits allow. */
export class ZipTooLargeError extends Error {
  constructor(reason: string) {
    super(`zip too large: ${reason}`);
    this.name = 'ZipTooLargeError';
  }
}

/** Thrown for an entry this reader cannot unpack: encrypted, or compressed other than by deflate. */
export class UnsupportedZipEntryError extends Error {
  constructor(
    readonly entry: string,
    readonly reason: 'encrypted' | 'method',
  ) {
    super(`cannot unpack ${entry}: ${reason}`);
    this.name = 'UnsupportedZipEntryError';
  }
}

function isBufferTooLarge(error: unknown): boolean {
  return error instanceof RangeError || (error as { code?: unknown } | null)?.code === 'ERR_BUFFER_TOO_LARGE';
}

/**
 * Unpacks every entry of an archive whose directory has been read, counting the bytes zlib
 * actually produces, never the sizes the archive declares: each entry is inflated with
 * `maxOutputLength` set to what is left of its own and of the total budget, so zlib stops a
 * bomb one chunk past the limit (ZipTooLargeError) instead of at the end of its output. zlib
 * works on the thread pool, so the event loop stays free while it does. Declared sizes over the
 * limits refuse the archive before anything is inflated. Throws CorruptZipError for data that
 * does not inflate or an entry listed twice.
 */
export async function inflateZipEntries(bytes: Uint8Array, entries: ZipEntry[], limits: InflateLimits): Promise<Map<string, Uint8Array>> {
  if (entries.length > limits.entries) throw new ZipTooLargeError(`${entries.length} entries`);
  const declared = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (declared > limits.totalBytes) throw new ZipTooLargeError(`declares ${declared} bytes`);
  const files = new Map<string, Uint8Array>();
  let total = 0;
  for (const entry of entries) {
    if (files.has(entry.name)) throw new CorruptZipError(`${entry.name} listed twice`);
    if (entry.uncompressedSize > limits.entryBytes) throw new ZipTooLargeError(`${entry.name} declares ${entry.uncompressedSize} bytes`);
    if (entry.flags & 1) throw new UnsupportedZipEntryError(entry.name, 'encrypted');
    const data = entryData(bytes, entry);
    const allowed = Math.min(limits.entryBytes, limits.totalBytes - total);
    let content: Uint8Array;
    if (entry.method === 0) {
      if (data.length > allowed) throw new ZipTooLargeError(`${entry.name} stores ${data.length} bytes`);
      content = data;
    } else if (entry.method === 8 && data.length === 0) {
      content = data;
    } else if (entry.method === 8) {
      try {
        content = await inflateRawAsync(data, { maxOutputLength: Math.max(1, allowed), chunkSize: 64 * 1024 });
      } catch (error) {
        if (isBufferTooLarge(error)) throw new ZipTooLargeError(`${entry.name} unpacks to more than ${allowed} bytes`);
        throw new CorruptZipError(`${entry.name} does not inflate`);
      }
      if (content.length > allowed) throw new ZipTooLargeError(`${entry.name} unpacks to more than ${allowed} bytes`);
    } else {
      throw new UnsupportedZipEntryError(entry.name, 'method');
    }
    total += content.length;
    files.set(entry.name, content);
  }
  return files;
}
