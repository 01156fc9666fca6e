import { ApiError } from '../errors.ts';
import { isCompoundFile } from '../import/compoundFile.ts';
import { inflateZipEntries, UnsupportedZipEntryError, ZipTooLargeError } from '../import/inflateZip.ts';
import { CorruptZipError, readZipEntries, Zip64Error } from '../import/zipEntries.ts';

/** The largest roster accepted: a school of a few hundred teachers is a few dozen KB. */
export const maxRosterBytes = 900 * 1024;
/** More rows than any school has teachers. */
export const maxRosterRows = 2000;

/**
 * What an .xlsx roster may unpack to, counted on the bytes zlib produces (the same bounded
 * unzip as the Word import): a sheet of 2,000 teachers is well under a megabyte of XML.
 */
const xlsxUnpackLimits = { entryBytes: 8 * 1024 * 1024, totalBytes: 16 * 1024 * 1024, entries: 300 };

/** A roster as a table: the header's cells and each following row's cells with its line in the file. */
export interface RosterTable {
  header: string[];
  rows: { line: number; cells: string[] }[];
}

const zipSignature = [0x50, 0x4b, 0x03, 0x04];
const unreadable = (message: string) => new ApiError(422, 'unreadable_roster', message);
const wrongType = () => new ApiError(415, 'unsupported_file_type', '只能导入 .xlsx 或 .csv 格式的花名册');

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

/** Excel saves CSV as UTF-8 (with or without a BOM) or, in Chinese Windows, as GB18030; both are read. */
function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

function tableOf(lines: { line: number; cells: string[] }[]): RosterTable {
  const nonEmpty = lines.filter((row) => row.cells.some((cell) => cell.trim() !== ''));
  const [header, ...rows] = nonEmpty;
  if (!header) throw unreadable('花名册是空的：第一行应为表头（姓名、工号/用户名、手机、学科、年级、任教班级）');
  if (rows.length > maxRosterRows) throw new ApiError(413, 'roster_too_large', `花名册超过 ${maxRosterRows} 行，请分批导入`);
  return { header: header.cells.map((cell) => cell.trim()), rows };
}

async function readCsv(bytes: Uint8Array): Promise<RosterTable> {
  if (bytes.includes(0)) throw wrongType();
  // The readers are loaded on the first roster, not when the server starts.
  const { parse } = await import('csv-parse/sync');
  let records: string[][];
  try {
    records = parse(decodeText(bytes), { bom: true, relax_column_count: true, skip_empty_lines: false, trim: true });
  } catch (error) {
    throw unreadable(`CSV 文件无法读取：${(error as Error).message}`);
  }
  return tableOf(records.map((cells, index) => ({ line: index + 1, cells })));
}

async function readXlsx(bytes: Uint8Array): Promise<RosterTable> {
  let entries;
  try {
    entries = readZipEntries(bytes);
  } catch (error) {
    if (error instanceof CorruptZipError || error instanceof Zip64Error) throw unreadable('文件已损坏，无法读取');
    throw error;
  }
  if (!entries.some((entry) => entry.name === 'xl/workbook.xml')) throw wrongType();
  // Unpacked within limits first, counting what zlib produces: a zip bomb stops here, and
  // exceljs then reads an archive known to be small.
  try {
    await inflateZipEntries(bytes, entries, xlsxUnpackLimits);
  } catch (error) {
    if (error instanceof ZipTooLargeError) throw new ApiError(413, 'roster_too_large', '文件解压后过大，无法导入');
    if (error instanceof UnsupportedZipEntryError && error.reason === 'encrypted') throw unreadable('文件已加密，请取消密码保护后再导入');
    throw unreadable('文件已损坏，无法读取');
  }
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch {
    throw unreadable('Excel 文件无法读取，请在 Excel 或 WPS 中另存为 .xlsx 后再导入');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw unreadable('Excel 文件中没有工作表');
  const lines: { line: number; cells: string[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: string[] = [];
    for (let column = 1; column <= Math.min(row.cellCount, 50); column += 1) cells.push(row.getCell(column).text ?? '');
    lines.push({ line, cells });
  });
  return tableOf(lines);
}

/**
 * Reads a roster upload by its bytes, whatever its name says: a zip holding `xl/workbook.xml`
 * is an .xlsx (first sheet), text is a CSV (UTF-8 or GB18030). An old .xls or an encrypted
 * Office file (415, 422), an empty file or one over the limit (422, 413) are refused.
 */
export async function readRosterFile(bytes: Uint8Array): Promise<RosterTable> {
  if (bytes.length === 0) throw unreadable('文件没有内容');
  if (bytes.length > maxRosterBytes) throw new ApiError(413, 'file_too_large', `花名册文件超过 ${Math.floor(maxRosterBytes / 1024)} KB 的上限`);
  if (isCompoundFile(bytes)) {
    throw new ApiError(415, 'unsupported_file_type', '这是旧版 Excel 文件（.xls）或加密文件：请在 Excel 或 WPS 中另存为 .xlsx 后再导入');
  }
  if (startsWith(bytes, zipSignature)) return readXlsx(bytes);
  return readCsv(bytes);
}
