import ExcelJS from 'exceljs';

/** A roster as the school's office keeps it: a header row, then one teacher per row. */
export type RosterSheet = (string | number)[][];

/** The roster as an .xlsx the way Excel or WPS saves it (phones as numbers), built with exceljs. */
export async function rosterXlsx(rows: RosterSheet): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('教师花名册');
  for (const row of rows) sheet.addRow(row);
  sheet.getColumn(1).width = 12;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The roster as a CSV: UTF-8 with a BOM (Excel's “CSV UTF-8”) or GB18030 (Chinese Excel's plain “CSV”). */
export function rosterCsv(rows: RosterSheet, encoding: 'utf-8-bom' | 'gb18030' = 'utf-8-bom'): Uint8Array {
  const text = rows
    .map((row) => row.map((cell) => (/[",\n]/.test(String(cell)) ? `"${String(cell).replaceAll('"', '""')}"` : String(cell))).join(','))
    .join('\r\n');
  if (encoding === 'utf-8-bom') return new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
  return gb18030(text);
}

/** Every two-byte GB18030 code by the character it stands for, built once from Node's decoder (Node has no GB encoder). */
let gbTable: Map<string, number[]> | undefined;

function gbCodes(): Map<string, number[]> {
  if (gbTable) return gbTable;
  gbTable = new Map();
  const decoder = new TextDecoder('gb18030');
  for (let lead = 0x81; lead <= 0xfe; lead += 1) {
    for (let trail = 0x40; trail <= 0xfe; trail += 1) {
      if (trail === 0x7f) continue;
      const character = decoder.decode(new Uint8Array([lead, trail]));
      if (!gbTable.has(character)) gbTable.set(character, [lead, trail]);
    }
  }
  return gbTable;
}

/** Text as GB18030 bytes (ASCII and the two-byte characters a roster uses). */
function gb18030(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const character of text) {
    const codePoint = character.codePointAt(0)!;
    if (codePoint < 0x80) bytes.push(codePoint);
    else {
      const code = gbCodes().get(character);
      if (!code) throw new Error(`No two-byte GB18030 code for ${character}`);
      bytes.push(...code);
    }
  }
  return new Uint8Array(bytes);
}
