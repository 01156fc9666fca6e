import { Editor, type JSONContent } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { guideExtensions } from '../../shared/editor/presets.ts';
import { jsonToYDoc, normaliseGuideJson, yDocToJson } from '../../shared/editor/schema.ts';
import { block, doc, para, question, teacherNote } from '../helpers/guideBuilders.ts';

let editor: Editor | null = null;

afterEach(() => {
  editor?.destroy();
  editor = null;
});

describe('the 教师复备栏 note (teacherNote)', () => {
  it('is allowed inside any guide block and survives the round trip through a Y.Doc', () => {
    const json = normaliseGuideJson(
      doc(block('b1', 'selfStudy', [para('阅读课本第88页。'), teacherNote('n1', '4班先复习正比例函数'), question('q1', '判断下列函数')])),
    );
    const ydoc = jsonToYDoc(json);
    expect(yDocToJson(ydoc)).toEqual(json);
    ydoc.destroy();
  });

  it('cannot stand on its own between blocks', () => {
    expect(() => normaliseGuideJson(doc(block('b1', 'section', [para('x')]), teacherNote('n1', '不在板块里')))).toThrow();
  });

  it('is added after the paragraph holding the caret, with a fresh id and the caret inside', () => {
    editor = new Editor({
      extensions: guideExtensions,
      content: doc(block('b1', 'selfStudy', [para('第一段'), para('第二段')])),
    });
    // Put the caret in the first paragraph ("第一段" starts at position 2).
    editor.commands.setTextSelection(3);
    expect(editor.commands.insertTeacherNote('这里多举一例')).toBe(true);
    const content = (editor.getJSON() as JSONContent).content![0].content!;
    expect(content.map((node) => node.type)).toEqual(['paragraph', 'teacherNote', 'paragraph']);
    expect(content[1].attrs?.id).toMatch(/^[0-9a-z]{10}$/);
    expect(content[1].content![0].content![0].text).toBe('这里多举一例');
    expect(editor.state.selection.$from.parent.textContent).toBe('这里多举一例');
  });
});
