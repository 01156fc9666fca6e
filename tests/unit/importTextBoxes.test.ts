import { describe, expect, it } from 'vitest';
import { readDocumentXml } from '../../server/import/ooxml/readDocumentXml.ts';
import { plainText } from '../../server/import/sourceElements.ts';

const namespaces =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:v="urn:schemas-microsoft-com:vml" ' +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ' +
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"';

function lines(body: string): string[] {
  const xml = `<?xml version="1.0" encoding="UTF-8"?><w:document ${namespaces}><w:body>${body}</w:body></w:document>`;
  const { elements } = readDocumentXml(new Map([['word/document.xml', new TextEncoder().encode(xml)]]));
  return elements.flatMap((element) => (element.type === 'paragraph' ? [plainText(element)] : [])).filter(Boolean);
}

const boxed = (text: string) => `<w:txbxContent><w:p><w:r><w:rPr><w:b/></w:rPr><w:t>${text}</w:t></w:r></w:p></w:txbxContent>`;

describe('text boxes in a Word guide', () => {
  it('reads the text of a VML text box (a label drawn in a box) as a line where the box is anchored', () => {
    const body = `<w:p><w:r><w:pict><v:shape><v:textbox>${boxed('学习目标')}</v:textbox></v:shape></w:pict></w:r></w:p><w:p><w:r><w:t>1．说出保护生物多样性的措施。</w:t></w:r></w:p>`;
    expect(lines(body)).toEqual(['学习目标', '1．说出保护生物多样性的措施。']);
  });

  it('reads a DrawingML text box once, not again from its VML fallback', () => {
    const body =
      '<w:p><w:r><mc:AlternateContent>' +
      `<mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>${boxed('当堂检测')}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>` +
      `<mc:Fallback><w:pict><v:shape><v:textbox>${boxed('当堂检测')}</v:textbox></v:shape></w:pict></mc:Fallback>` +
      '</mc:AlternateContent></w:r></w:p>';
    expect(lines(body)).toEqual(['当堂检测']);
  });
});
