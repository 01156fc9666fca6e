import { describe, expect, it } from 'vitest';
import { importFormSchema } from '../../shared/schemas/docxImport.ts';

/** The Word import's multipart fields: the preview's choices and header travel as JSON texts. */
describe('the Word import form', () => {
  it('reads the block choices and the header from their JSON texts', () => {
    const parsed = importFormSchema.parse({
      groupId: 'group-math8',
      blocks: JSON.stringify([{ kind: 'selfStudy', role: 'student', merge: true }]),
      header: JSON.stringify({ leadDrafter: '朱老师', subject: '语文' }),
    });
    expect(parsed.blocks).toEqual([{ kind: 'selfStudy', role: 'student', merge: true }]);
    expect(parsed.header).toMatchObject({ leadDrafter: '朱老师', subject: '语文' });
  });

  it('leaves both out when they are not sent', () => {
    const parsed = importFormSchema.parse({ groupId: 'group-math8' });
    expect(parsed.blocks).toBeUndefined();
    expect(parsed.header).toBeUndefined();
  });

  it('names the field whose text is not JSON', () => {
    const result = importFormSchema.safeParse({ groupId: 'group-math8', blocks: '[{', header: '{"subject":' });
    expect(result.success).toBe(false);
    const issues = result.error!.issues.map((issue) => [issue.path.join('.'), issue.message]);
    expect(issues).toEqual([
      ['blocks', '模块设置不是有效的 JSON'],
      ['header', '表头不是有效的 JSON'],
    ]);
  });

  it('checks what the JSON holds, with its path', () => {
    const result = importFormSchema.safeParse({ groupId: 'group-math8', blocks: JSON.stringify([{ kind: 'nonsense', role: 'student' }]) });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0].path).toEqual(['blocks', 0, 'kind']);
  });
});
