import { readFileSync } from 'node:fs';
import { Document, Packer, Paragraph } from 'docx';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loginAs, type ApiClient } from '../helpers/api.ts';
import { databaseCounts } from '../helpers/databaseCounts.ts';
import { uploadDocx } from '../helpers/docxUpload.ts';
import { fixturePath } from '../helpers/fixtures.ts';
import { docxWith } from '../helpers/largeDocx.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { memoryGrowthDuring } from '../helpers/processMemory.ts';
import { deflateChunks, repeated, storedZip } from '../helpers/zipFile.ts';

const fixture = readFileSync(fixturePath('guides', '01_math_rj8x_yicihanshu_student.docx'));
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

const megabyte = 1024 * 1024;

const paragraph = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;

/** A .docx whose document part really unpacks to about `megabytes` MB (of whitespace between its paragraphs) and says so. */
async function honestHugeDocx(megabytes: number): Promise<Uint8Array> {
  const head = Buffer.from(
    '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
      paragraph('一次函数（第1课时）导学案') +
      paragraph('【学习目标】'),
  );
  const tail = Buffer.from(`${paragraph('能说出一次函数的定义。')}</w:body></w:document>`);
  return docxWith(await deflateChunks([head, ...repeated(Buffer.alloc(megabyte, ' '), megabytes), tail]));
}

/** A .docx whose document part declares 4 KB and unpacks to `megabytes` MB of zero bytes. */
async function zipBomb(megabytes: number): Promise<Uint8Array> {
  return docxWith({ ...(await deflateChunks(repeated(Buffer.alloc(megabyte), megabytes))), declaredSize: 4096 });
}

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

  describe('that unpacks to far more than any guide', () => {
    let bomb: Uint8Array;
    let honest: Uint8Array;
    // A server of its own for each measurement: memory an earlier upload made the server take
    // stays resident and would hide the growth of the next.
    let fresh: TestServer;
    let freshLeader: ApiClient;

    beforeAll(async () => {
      bomb = await zipBomb(300);
      honest = await honestHugeDocx(100);
    }, 60_000);

    beforeEach(async () => {
      fresh = await startTestServer();
      freshLeader = await loginAs(fresh, 'wanglei');
    });

    afterEach(async () => {
      await fresh.stop();
    });

    const preview = (file: Uint8Array, endpoint = '/api/import/docx/preview') => uploadDocx(fresh, freshLeader.token, endpoint, file, { groupId: 'group-math8' });
    const tooLarge = { status: 413, body: { error: { code: 'docx_too_large', message: expect.stringMatching(/解压后超过 \d+ MB/) } } };

    it('refuses a zip bomb that declares 4 KB and unpacks to 300 MB (413 docx_too_large) while the server grows by less than 100 MB', async () => {
      expect(bomb.length).toBeLessThan(megabyte);
      for (const endpoint of ['/api/import/docx/preview', '/api/import/docx']) {
        const before = await databaseCounts(fresh);
        let response: Awaited<ReturnType<typeof uploadDocx>> | undefined;
        const growth = await memoryGrowthDuring(fresh.process.pid!, async () => {
          response = await preview(bomb, endpoint);
        });
        expect(response, endpoint).toMatchObject(tooLarge);
        expect(growth, `${endpoint}: server memory growth in bytes`).toBeLessThan(100 * megabyte);
        expect(await databaseCounts(fresh)).toEqual(before);
      }
    });

    it('refuses a file whose parts each declare 4 KB and together unpack to 60 MB (413 docx_too_large) while the server grows by less than 100 MB', async () => {
      const part = await deflateChunks(repeated(Buffer.alloc(megabyte), 15));
      const document = await deflateChunks([Buffer.from(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraph('【学习目标】')}</w:body></w:document>`)]);
      // Four pictures of 15 MB each (each under the limit for one part, 60 MB together), all lying about their size.
      const media = [1, 2, 3, 4].map((index) => ({ name: `word/media/image${index}.png`, ...part, declaredSize: 4096 }));
      const file = await docxWith(document, media);
      let response: Awaited<ReturnType<typeof uploadDocx>> | undefined;
      const growth = await memoryGrowthDuring(fresh.process.pid!, async () => {
        response = await preview(file);
      });
      expect(response).toMatchObject(tooLarge);
      expect(growth, 'server memory growth in bytes').toBeLessThan(100 * megabyte);
    });

    it('refuses a file that honestly unpacks to 100 MB (413 docx_too_large) while the server grows by less than 100 MB', async () => {
      let response: Awaited<ReturnType<typeof uploadDocx>> | undefined;
      const growth = await memoryGrowthDuring(fresh.process.pid!, async () => {
        response = await preview(honest);
      });
      expect(response).toMatchObject(tooLarge);
      expect(growth, 'server memory growth in bytes').toBeLessThan(100 * megabyte);
    });

    it('refuses three bombs previewed at once while the server grows by less than 150 MB', async () => {
      let responses: Awaited<ReturnType<typeof uploadDocx>>[] = [];
      const growth = await memoryGrowthDuring(fresh.process.pid!, async () => {
        responses = await Promise.all([bomb, bomb, bomb].map((file) => preview(file)));
      });
      for (const response of responses) expect(response).toMatchObject(tooLarge);
      expect(growth, 'server memory growth in bytes').toBeLessThan(150 * megabyte);
    });
  });

  it('still imports a good file afterwards', async () => {
    const response = await uploadDocx(server, leader.token, '/api/import/docx', fixture, { groupId: 'group-math8' });
    expect(response.status).toBe(201);
  });
});
