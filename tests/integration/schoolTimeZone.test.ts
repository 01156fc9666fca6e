import { afterAll, describe, expect, it } from 'vitest';
import type { Me } from '../../shared/schemas/auth.ts';
import type { Guide } from '../../shared/schemas/guide.ts';
import type { Meeting } from '../../shared/schemas/meeting.ts';
import type { Notification } from '../../shared/schemas/notification.ts';
import type { SchoolSettings } from '../../shared/schemas/schoolSettings.ts';
import { addDays, schoolDay } from '../../shared/time/schoolTime.ts';
import { loginAs } from '../helpers/api.ts';
import { docxText } from '../helpers/docxText.ts';
import { download } from '../helpers/docxUpload.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';

/**
 * A time zone whose calendar day differs from Shanghai's right now (Pago Pago is 19 hours
 * behind, Kiritimati 6 ahead: one of them is always on another day), so a date counted in
 * Shanghai instead of the school's zone shows.
 */
function zoneOnAnotherDay(now = new Date()): string {
  const shanghai = schoolDay(now, 'Asia/Shanghai');
  return ['Pacific/Pago_Pago', 'Pacific/Kiritimati'].find((zone) => schoolDay(now, zone) !== shanghai)!;
}

/** 2026年12月3日 14:05 as the school's clock shows an instant. */
function wallClock(iso: string, timeZone: string): { day: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(iso));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((entry) => entry.type === type)!.value;
  return { day: `${part('year')}年${Number(part('month'))}月${Number(part('day'))}日`, time: `${part('hour')}:${part('minute')}` };
}

const servers: TestServer[] = [];
afterAll(async () => {
  for (const server of servers.reverse()) await server.stop();
});

describe('the school’s time zone', () => {
  it('is Asia/Shanghai until the 教务处 sets another; only the 教务处 may, and only a real zone', async () => {
    const server = await startTestServer();
    servers.push(server);
    const [admin, leader] = await Promise.all([loginAs(server, 'jiaowu'), loginAs(server, 'wanglei')]);
    expect((await admin.get<SchoolSettings>('/api/admin/school')).body).toMatchObject({ name: '示例中学', timeZone: 'Asia/Shanghai' });
    expect((await leader.get<Me>('/api/me')).body.timeZone).toBe('Asia/Shanghai');

    expect(await leader.request('PATCH', '/api/admin/school', { timeZone: 'Europe/Berlin' })).toMatchObject({ status: 403, body: { error: { code: 'not_admin' } } });
    expect((await leader.get('/api/admin/school')).status).toBe(403);
    expect(await admin.request('PATCH', '/api/admin/school', { timeZone: 'Mars/Olympus_Mons' })).toMatchObject({ status: 400, body: { error: { code: 'invalid_body', path: ['timeZone'] } } });
    expect(await admin.request('PATCH', '/api/admin/school', {})).toMatchObject({ status: 400, body: { error: { path: ['timeZone'] } } });

    const set = await admin.request<SchoolSettings>('PATCH', '/api/admin/school', { timeZone: 'Europe/Berlin' });
    expect(set).toMatchObject({ status: 200, body: { timeZone: 'Europe/Berlin' } });
    expect((await leader.get<Me>('/api/me')).body.timeZone).toBe('Europe/Berlin');
    const audit = await admin.get<{ action: string; summary: string }[]>('/api/admin/audit');
    expect(audit.body.find((entry) => entry.action === 'school.timeZone')?.summary).toContain('Europe/Berlin');
  });

  it('dates the meeting record, the 审核 of a printed final and the due reminders in it', async () => {
    const timeZone = zoneOnAnotherDay();
    const first = await startTestServer({ keepData: true });
    servers.push(first);
    const [admin, leader, drafter] = await Promise.all([loginAs(first, 'jiaowu'), loginAs(first, 'wanglei'), loginAs(first, 'lifang')]);
    expect((await admin.request('PATCH', '/api/admin/school', { timeZone })).status).toBe(200);

    // A review meeting, then the final: the record's 时间 and the 审核 date are the school's.
    const created = await leader.post<Guide>('/api/guides', { title: '时区·一次函数', templateId: 'general', groupId: 'group-math8', leadDrafterId: 'user-lifang' });
    const guide = created.body;
    expect((await drafter.post(`/api/guides/${guide.id}/transitions`, { action: 'submit' })).status).toBe(200);
    const meeting = (await leader.post<Meeting>(`/api/guides/${guide.id}/meetings`)).body;
    const ended = await leader.post<Meeting>(`/api/guides/${guide.id}/meetings/${meeting.id}/end`);
    expect(ended.status).toBe(200);
    const record = await download(first, leader.token, `/api/guides/${guide.id}/meeting-record.docx`);
    expect(record.status).toBe(200);
    const start = wallClock(ended.body.startedAt, timeZone);
    const end = wallClock(ended.body.endedAt!, timeZone);
    expect(await docxText(record.bytes)).toContain(`${start.day} ${start.time}–${end.time}`);
    const disposition = decodeURIComponent(record.headers.get('content-disposition') ?? '');
    expect(disposition).toContain(`-${schoolDay(new Date(ended.body.startedAt), timeZone)}.docx`);

    expect((await leader.post(`/api/guides/${guide.id}/transitions`, { action: 'endReview' })).status).toBe(200);
    // An empty guide fails the 体检: the leader finalises it anyway, with a reason.
    expect((await leader.post(`/api/guides/${guide.id}/transitions`, { action: 'finalise', override: { reason: '只为核对日期' } })).status).toBe(200);
    const final = (await leader.get<Guide>(`/api/guides/${guide.id}`)).body.versions.at(-1)!;
    const printed = await download(first, leader.token, `/api/guides/${guide.id}/export.docx?edition=teacher&version=${final.number}`);
    expect(await docxText(printed.bytes)).toMatch(new RegExp(`审核\\s*王磊 ${wallClock(final.createdAt, timeZone).day}`));

    // Due reminders reckon "tomorrow" and "overdue" by the school's calendar.
    const today = schoolDay(new Date(), timeZone);
    const assign = async (title: string, dueDate: string) =>
      (await leader.post<Guide>('/api/guides', { title, templateId: 'general', groupId: 'group-math8', leadDrafterId: 'user-lifang', dueDate })).body;
    const dueTomorrow = await assign('学校的明天截止', addDays(today, 1));
    const dueToday = await assign('学校的今天截止', today);
    const overdue = await assign('学校的昨天截止', addDays(today, -1));
    await first.kill('SIGTERM');
    const second = await startTestServer({ dataDir: first.dataDir });
    servers.push(second);
    const lifang = await loginAs(second, 'lifang');
    let due: Notification[] = [];
    for (const started = Date.now(); due.length < 2 && Date.now() - started < 5_000; ) {
      due = (await lifang.get<Notification[]>('/api/notifications')).body.filter((notification) => notification.kind === 'due');
      if (due.length < 2) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    due = (await lifang.get<Notification[]>('/api/notifications')).body.filter((notification) => notification.kind === 'due');
    expect(due.map((notification) => [notification.guideId, notification.params.state]).sort()).toEqual(
      [
        [dueTomorrow.id, 'tomorrow'],
        [overdue.id, 'overdue'],
      ].sort(),
    );
    expect(due.some((notification) => notification.guideId === dueToday.id)).toBe(false);
  });
});
