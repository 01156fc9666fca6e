import mammoth from 'mammoth';

/** The text of a .docx as Word would show it, paragraph by paragraph (mammoth's raw text). */
export async function docxText(bytes: Uint8Array): Promise<string> {
  const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  return result.value;
}
