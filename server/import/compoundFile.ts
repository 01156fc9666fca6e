/** The signature of an OLE compound file (D0 CF 11 E0 A1 B1 1A E1): old .doc files and encrypted Office files. */
const compoundSignature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function isCompoundFile(bytes: Uint8Array): boolean {
  return compoundSignature.every((byte, index) => bytes[index] === byte);
}

function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const needle = Buffer.from(text, 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle);
}

/**
 * What an OLE compound file holds. Word saves a password-protected .docx as a compound file
 * with an `EncryptedPackage` stream; a Word 97-2003 .doc has a `WordDocument` stream instead.
 * Anything else in that container is treated as encrypted: we cannot read it either way.
 */
export function compoundFileKind(bytes: Uint8Array): 'encrypted' | 'legacyWord' {
  if (containsUtf16(bytes, 'EncryptedPackage') || containsUtf16(bytes, 'EncryptionInfo')) return 'encrypted';
  if (containsUtf16(bytes, 'WordDocument')) return 'legacyWord';
  return 'encrypted';
}
