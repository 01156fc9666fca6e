import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdminUser, RosterImportResult } from '../../shared/schemas/admin.ts';
import type { LoginResult } from '../../shared/schemas/auth.ts';
import { ApiClient, loginAs, type ApiResponse } from '../helpers/api.ts';
import { uploadDocx } from '../helpers/docxUpload.ts';
import { checkResponse } from '../helpers/responseSchemas.ts';
import { rosterCsv, rosterXlsx, type RosterSheet } from '../helpers/rosterFiles.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';

/** The 教务处 imports the school's roster: a preview names every bad row and writes nothing; a commit writes all or nothing. */
let server: TestServer;
let admin: ApiClient;

beforeAll(async () => {
  server = await startTestServer();
  admin = await loginAs(server, 'jiaowu');
});
afterAll(async () => {
  await server?.stop();
});

async function upload(file: Uint8Array, fileName: string, commit: boolean): Promise<ApiResponse<RosterImportResult>> {
  const path = `/api/admin/users/import${commit ? '?commit=1' : ''}`;
  const response = await uploadDocx<RosterImportResult>(server, admin.token, path, file, {}, fileName);
  checkResponse('POST', path, response.status, response.body, typeof response.body === 'object');
  return response;
}

const header = ['姓名', '工号/用户名', '手机', '学科', '年级', '任教班级'];
const good: RosterSheet = [
  header,
  ['陈静', 't2026001', 13800138000, '语文', '八年级', '八年级(1)班'],
  ['周敏', 't2026002', '', '语文、道德与法治', '初二', '八年级(2)班、八年级(3)班'],
  ['吴刚', 't2026003', '', '英语', '8', ''],
];
const withBadRows: RosterSheet = [...good, ['', 't2026004', '', '物理', '八年级', ''], ['郑洁', 'lifang', '12345', '化学', '九年级', '']];

async function usernames(): Promise<string[]> {
  return (await admin.get<AdminUser[]>('/api/admin/users')).body.map((user) => user.username);
}

describe('roster import', () => {
  it('previews a roster with bad rows, naming each problem, and writes nothing; committing it is refused whole', async () => {
    const before = await usernames();
    const preview = await upload(await rosterXlsx(withBadRows), '教师花名册.xlsx', false);
    expect(preview.status).toBe(200);
    expect(preview.body.committed).toBe(false);
    expect(preview.body.rows.map((row) => [row.line, row.ok])).toEqual([
      [2, true],
      [3, true],
      [4, true],
      [5, false],
      [6, false],
    ]);
    expect(preview.body.rows[3].errors).toEqual([{ column: '姓名', message: '请填写姓名' }]);
    expect(preview.body.rows[4].errors.map((error) => error.column)).toEqual(['工号/用户名', '手机']);
    expect(await usernames()).toEqual(before);

    const refused = await upload(await rosterXlsx(withBadRows), '教师花名册.xlsx', true);
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ error: { code: 'roster_invalid' } });
    expect(await usernames()).toEqual(before);
  });

  it('refuses a file that is not a roster by its bytes, whatever its name', async () => {
    const before = await usernames();
    const docx = await upload(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'roster.xlsx', true);
    expect(docx.status).toBe(415);
    const missingColumns = await upload(rosterCsv([['姓名'], ['陈静']]), 'roster.csv', true);
    expect(missingColumns.status).toBe(422);
    expect(missingColumns.body).toMatchObject({ error: { code: 'roster_columns' } });
    expect(await usernames()).toEqual(before);
  });

  it('commits a good roster at once: every teacher with an initial password to change, teaching the classes that exist', async () => {
    const committed = await upload(rosterCsv(good, 'gb18030'), '花名册.csv', true);
    expect(committed.status).toBe(201);
    expect(committed.body.committed).toBe(true);
    expect(committed.body.created.map((teacher) => teacher.username)).toEqual(['t2026001', 't2026002', 't2026003']);

    const users = (await admin.get<AdminUser[]>('/api/admin/users')).body;
    const zhou = users.find((user) => user.username === 't2026002')!;
    expect(zhou).toMatchObject({
      name: '周敏',
      mustChangePassword: true,
      subjects: ['语文', '道德与法治'],
      grades: [8],
      classNames: ['八年级(2)班', '八年级(3)班'],
    });
    expect(zhou.classes.map((schoolClass) => schoolClass.name)).toEqual(['八年级(2)班', '八年级(3)班']);

    const slip = committed.body.created.find((teacher) => teacher.username === 't2026001')!;
    const login = await new ApiClient(server).post<LoginResult>('/api/auth/login', { username: 't2026001', password: slip.initialPassword });
    expect(login.status).toBe(200);
    expect(login.body.mustChangePassword).toBe(true);

    // The same roster again: every row's username is taken now.
    const again = await upload(rosterCsv(good), '花名册.csv', false);
    expect(again.body.rows.every((row) => !row.ok && row.errors[0].message.includes('已被使用'))).toBe(true);
  });
});
