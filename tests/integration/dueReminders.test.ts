import { afterAll, describe, expect, it } from 'vitest';
import type { Guide } from '../../shared/schemas/guide.ts';
import type { Notification } from '../../shared/schemas/notification.ts';
import { addDays, schoolDay } from '../../shared/time/schoolTime.ts';
import { loginAs } from '../helpers/api.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';

/** A date (YYYY-MM-DD) some days from today at the demo school, in its time zone (Asia/Shanghai). */
function day(offset: number): string {
  return addDays(schoolDay(new Date(), 'Asia/Shanghai'), offset);
}

const servers: TestServer[] = [];
afterAll(async () => {
  for (const server of servers.reverse()) await server.stop();
});

describe('due reminders (明天截止, 已逾期)', () => {
  it('tells the lead drafter once of a draft due tomorrow and of one overdue, however often the server starts', async () => {
    const first = await startTestServer({ keepData: true });
    servers.push(first);
    const leader = await loginAs(first, 'wanglei');
    const assign = async (title: string, dueDate: string) => {
      const created = await leader.post<Guide>('/api/guides', { title, templateId: 'general', groupId: 'group-math8', leadDrafterId: 'user-lifang', dueDate });
      expect(created.status).toBe(201);
      return created.body;
    };
    const tomorrow = await assign('明天截止的课', day(1));
    const overdue = await assign('已经逾期的课', day(-2));
    await assign('下周截止的课', day(7));
    await first.kill('SIGTERM');

    // The reminders go out when the server starts (and every hour after).
    const dueOf = async (server: TestServer) => {
      const lifang = await loginAs(server, 'lifang');
      const started = Date.now();
      for (;;) {
        const due = (await lifang.get<Notification[]>('/api/notifications')).body.filter((notification) => notification.kind === 'due');
        if (due.length >= 2 || Date.now() - started > 5_000) return due;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    };
    const second = await startTestServer({ dataDir: first.dataDir, keepData: true });
    servers.push(second);
    const due = await dueOf(second);
    expect(due.map((notification) => [notification.guideId, notification.params.state]).sort()).toEqual(
      [
        [tomorrow.id, 'tomorrow'],
        [overdue.id, 'overdue'],
      ].sort(),
    );
    expect(due.find((notification) => notification.guideId === tomorrow.id)!.text).toBe(`《明天截止的课》的初稿明天（${day(1)}）截止`);
    await second.kill('SIGTERM');

    const third = await startTestServer({ dataDir: first.dataDir });
    servers.push(third);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await dueOf(third)).toHaveLength(2);
  });
});
