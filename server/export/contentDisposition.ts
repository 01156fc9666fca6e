/** A file name Windows, macOS and WPS all accept: no path separators, quotes or control characters. */
export function safeFileName(name: string): string {
  const cleaned = name
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\p{Cc}+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return (cleaned || '导学案').slice(0, 120);
}

/**
 * `Content-Disposition` for a download named in Chinese: an ASCII fallback for old clients and
 * the real name as UTF-8 (RFC 6266 / RFC 5987 `filename*`).
 */
export function attachmentDisposition(fileName: string, asciiFallback: string): string {
  const encoded = encodeURIComponent(safeFileName(fileName)).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${asciiFallback}"; filename*=UTF-8''${encoded}`;
}
