import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, type ApiClient } from '../helpers/api.ts';
import { databaseCounts } from '../helpers/databaseCounts.ts';
import { uploadDocx } from '../helpers/docxUpload.ts';
import { repoRoot, startTestServer, type TestServer } from '../helpers/testServer.ts';
import { storedZip } from '../helpers/zipFile.ts';

const fixture = readFileSync(path.resolve(repoRoot, '../shared/fixtures/guides/01_math_rj8x_yicihanshu_student.docx'));
const oleSignature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** An OLE compound file whose directory names these streams (what Word writes for .doc and for password-protected files). */
function compoundFile(...streamNames: string[]): Uint8Array {
  const header = Buffer.alloc(512);
  Buffer.from(oleSignature).copy(header);
  return new Uint8Array(Buffer.concat([header, ...streamNames.map((name) => Buffer.from(name, 'utf16le')), Buffer.alloc(1024)]));
}

async function emptyDocx(): Promise<Uint8Array> {
  const document = new Document({ sections: [{ children: [new Paragraph({}), new Paragraph({ text: '   ' })] }] });
  return new Uint8Array(await Packer.toBuffer(document));
}

interface BadFile {
  name: string;
  file: () => Promise<Uint8Array> | Uint8Array;
  status: number;
  code: string;
  message: RegExp;
}

const badFiles: BadFile[] = [
  {
    name: 'a PNG image named .docx',
    file: () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Array(200).fill(7)]),
    status: 415,
    code: 'unsupported_file_type',
    message: /只能导入 Word 文档（\.docx）/,
  },
  { name: 'a text file', file: () => new TextEncoder().encode('学习目标：能说出一次函数的定义'), status: 415, code: 'unsupported_file_type', message: /\.docx/ },
  {
    name: 'a zip archive that is not a Word document',
    file: () => storedZip({ 'notes.txt': '不是 Word 文档' }),
    status: 415,
    code: 'unsupported_file_type',
    message: /不是 Word 文档/,
  },
  {
    name: 'an old Word 97-2003 .doc',
    file: () => compoundFile('Root Entry', 'WordDocument', '1Table'),
    status: 415,
    code: 'unsupported_file_type',
    message: /另存为 \.docx/,
  },
  {
    name: 'a password-protected .docx',
    file: () => compoundFile('Root Entry', 'EncryptionInfo', 'EncryptedPackage'),
    status: 422,
    code: 'encrypted_file',
    message: /文件已加密/,
  },
  {
    name: 'an Office file in an OLE container it cannot name',
    file: () => compoundFile('Root Entry'),
    status: 422,
    code: 'encrypted_file',
    message: /文件已加密/,
  },
  {
    name: 'a zip header followed by garbage',
    file: () => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Array(4000).fill(0).map((_, index) => (index * 31) % 256)]),
    status: 422,
    code: 'corrupt_file',
    message: /文件已损坏/,
  },
  { name: 'a .docx cut off half-way', file: () => new Uint8Array(fixture.subarray(0, Math.floor(fixture.length / 2))), status: 422, code: 'corrupt_file', message: /文件已损坏/ },
  {
    name: 'a .docx whose document part is not XML',
    file: () => storedZip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '这不是 XML <w:body' }),
    status: 422,
    code: 'corrupt_file',
    message: /文件已损坏/,
  },
  { name: 'an empty file', file: () => new Uint8Array(0), status: 422, code: 'empty_file', message: /文件没有内容/ },
  { name: 'a .docx without any text', file: emptyDocx, status: 422, code: 'empty_document', message: /文件没有内容/ },
  { name: 'a file over 10 MB', file: () => new Uint8Array(10 * 1024 * 1024 + 1), status: 413, code: 'file_too_large', message: /10 MB/ },
];

let server: TestServer;
let leader: ApiClient;

beforeAll(async () => {
  server = await startTestServer();
  leader = await loginAs(server, 'wanglei');
});

afterAll(async () => {
  await server.stop();
});

describe('Import of a file that is not a usable Word guide', () => {
  describe.each(badFiles)('$name', ({ file, status, code, message }) => {
    it.each(['/api/import/docx/preview', '/api/import/docx'])(`answers ${status} ${code} on %s and leaves the database unchanged`, async (endpoint) => {
      const before = await databaseCounts(server);
      const guidesBefore = (await leader.guides()).body.length;
      const response = await uploadDocx<{ error: { code: string; message: string } }>(server, leader.token, endpoint, await file(), {
        groupId: 'group-math8',
      });
      expect(response.status).toBe(status);
      expect(response.body.error.code).toBe(code);
      expect(response.body.error.message).toMatch(message);
      expect(await databaseCounts(server)).toEqual(before);
      expect((await leader.guides()).body.length).toBe(guidesBefore);
    });
  });

  it('asks for the file, the group and a multipart body, and creates nothing', async () => {
    const before = await databaseCounts(server);
    const noFile = await uploadDocx(server, leader.token, '/api/import/docx', null, { groupId: 'group-math8' });
    expect(noFile).toMatchObject({ status: 400, body: { error: { code: 'invalid_body', path: ['file'] } } });
    const noGroup = await uploadDocx(server, leader.token, '/api/import/docx', fixture, {});
    expect(noGroup).toMatchObject({ status: 400, body: { error: { code: 'invalid_body', path: ['groupId'] } } });
    const json = await leader.post('/api/import/docx', { groupId: 'group-math8' });
    expect(json).toMatchObject({ status: 415, body: { error: { code: 'unsupported_media_type' } } });
    const anonymous = await uploadDocx(server, null, '/api/import/docx', fixture, { groupId: 'group-math8' });
    expect(anonymous.status).toBe(401);
    expect(await databaseCounts(server)).toEqual(before);
  });

  it('still imports a good file afterwards', async () => {
    const response = await uploadDocx(server, leader.token, '/api/import/docx', fixture, { groupId: 'group-math8' });
    expect(response.status).toBe(201);
  });
});
