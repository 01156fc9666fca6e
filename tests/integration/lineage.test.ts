import { beforeAll, describe, expect, it } from 'vitest';
import type { JSONContent } from '@tiptap/core';
import type { Guide, GuideSummary } from '../../shared/schemas/guide.ts';
import type { ApiClient } from '../helpers/api.ts';
import { collabSuite } from '../helpers/collabSuite.ts';

const suite = collabSuite({ outsider: true });
let leader: ApiClient; // 王磊
let lifang: ApiClient; // 李芳, lead drafter of the seeded guide
let outsider: ApiClient; // another school's leader

const seededTitle = '19.2.2 一次函数（第1课时）';

async function transition(client: ApiClient, guideId: string, action: string) {
  const response = await client.post<Guide>(`/api/guides/${guideId}/transitions`, { action });
  expect(response.status, `${action}: ${JSON.stringify(response.body)}`).toBe(200);
  return response.body;
}

let source: GuideSummary;
let finalNumber: number;

beforeAll(async () => {
  [leader, lifang, outsider] = await suite.login('wanglei', 'lifang', 'outsider');
  source = (await leader.guides()).body.find((guide) => guide.title === seededTitle)!;
  await transition(lifang, source.id, 'submit');
  await transition(leader, source.id, 'endReview');
  finalNumber = (await transition(leader, source.id, 'finalise')).latestVersion!.number;
});

describe('a new guide started from an earlier final (从已有导学案新建)', () => {
  let made: Guide;

  it('starts with that final’s content', async () => {
    const created = await leader.post<Guide>('/api/guides', {
      title: '19.2.2 一次函数（第1课时）· 新学年',
      templateId: 'general',
      groupId: 'group-math8',
      leadDrafterId: 'user-zhangwei',
      fromGuideId: source.id,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    made = created.body;
    const [content, finalContent, templateGuide] = await Promise.all([
      leader.get<JSONContent>(`/api/guides/${made.id}/content`),
      leader.get<JSONContent>(`/api/guides/${source.id}/content?version=${finalNumber}`),
      leader.post<Guide>('/api/guides', { title: '模板新建', templateId: 'general', groupId: 'group-math8', leadDrafterId: 'user-zhangwei' }),
    ]);
    expect(content.body).toEqual(finalContent.body);
    // Not the template's content: the final has the seeded guide's text.
    const fromTemplate = await leader.get<JSONContent>(`/api/guides/${templateGuide.body.id}/content`);
    expect(content.body).not.toEqual(fromTemplate.body);
    expect(made.stage).toBe('drafting');
  });

  it('shows its lineage both ways: 来源 on the new guide, the new guide on the source', async () => {
    const mine = (await lifang.guide(made.id)).body;
    expect(mine.origin).toEqual({
      guideId: source.id,
      title: seededTitle,
      versionNumber: finalNumber,
      versionLabel: '定稿 v1',
      groupName: '八年级数学备课组',
      term: expect.stringMatching(/^\d{4}-\d{4}学年第[一二]学期$/),
    });
    const sourceGuide = (await lifang.guide(source.id)).body;
    expect(sourceGuide.origin).toBeNull();
    expect(sourceGuide.derived).toEqual([
      expect.objectContaining({ guideId: made.id, title: made.title, groupName: '八年级数学备课组', versionNumber: finalNumber, stage: 'drafting' }),
    ]);
  });

  it('starts from a named saved version too', async () => {
    const created = await leader.post<Guide>('/api/guides', {
      title: '从初稿新建',
      templateId: 'general',
      groupId: 'group-math8',
      leadDrafterId: 'user-lifang',
      fromGuideId: source.id,
      fromVersion: 1,
    });
    expect(created.status).toBe(201);
    const [content, draft] = await Promise.all([
      leader.get<JSONContent>(`/api/guides/${created.body.id}/content`),
      leader.get<JSONContent>(`/api/guides/${source.id}/content?version=1`),
    ]);
    expect(content.body).toEqual(draft.body);
    expect(created.body.origin).toMatchObject({ versionNumber: 1, versionLabel: '初稿' });
  });

  it('refuses a source the creator may not read, and a guide without a final', async () => {
    const stranger = await outsider.post<{ error: { code: string } }>('/api/guides', {
      title: '外校抄一份',
      templateId: 'general',
      groupId: 'group-other',
      leadDrafterId: 'user-outsider',
      fromGuideId: source.id,
    });
    expect(stranger.status).toBe(404);
    // Nothing was made for the outsider, and the source lists no guide of theirs.
    expect((await outsider.guides()).body).toEqual([]);
    expect((await leader.guide(source.id)).body.derived!.map((guide) => guide.title)).not.toContain('外校抄一份');

    const draftOnly = await leader.post<Guide>('/api/guides', { title: '还在起草', templateId: 'general', groupId: 'group-math8', leadDrafterId: 'user-lifang' });
    const noFinal = await leader.post<{ error: { code: string } }>('/api/guides', {
      title: '从未定稿的新建',
      templateId: 'general',
      groupId: 'group-math8',
      leadDrafterId: 'user-lifang',
      fromGuideId: draftOnly.body.id,
    });
    expect(noFinal.status).toBe(409);
    expect(noFinal.body.error.code).toBe('no_final');
    const badVersion = await leader.post('/api/guides', {
      title: '版本不对',
      templateId: 'general',
      groupId: 'group-math8',
      leadDrafterId: 'user-lifang',
      fromGuideId: source.id,
      fromVersion: 'one',
    });
    expect(badVersion.status).toBe(400);
  });
});
