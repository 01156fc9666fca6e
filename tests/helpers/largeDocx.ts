import { deflateChunks, deflatedZip, type DeflatedEntry } from './zipFile.ts';

const paragraph = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

async function part(name: string, xml: string): Promise<DeflatedEntry> {
  return { name, ...(await deflateChunks([Buffer.from(xml)])) };
}

/**
 * A legal .docx of a very long guide: `blocks` labelled blocks of `items` numbered items each,
 * every item with a blank. Its XML takes the importer seconds to read, like a whole term's
 * guides pasted into one file.
 */
export async function longGuideDocx(blocks: number, items: number): Promise<Uint8Array> {
  const body: string[] = [paragraph('一次函数（第1课时）导学案'), paragraph('课题：一次函数　　主备人：周敏　　审核人：初二数学组')];
  for (let block = 1; block <= blocks; block += 1) {
    body.push(paragraph(block % 2 ? '【自主学习】' : '【当堂检测】'));
    for (let item = 1; item <= items; item += 1) body.push(paragraph(`${item}．若一次函数 y=kx+b 的图象经过第${block}象限，则 k 的取值范围是________。`));
  }
  const document = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body.join('')}</w:body></w:document>`;
  return docxWith(await deflateChunks([Buffer.from(document)]));
}

/** The parts around word/document.xml that make a zip a .docx the importer can open, and any more parts. */
export async function docxWith(document: Omit<DeflatedEntry, 'name'>, more: DeflatedEntry[] = []): Promise<Uint8Array> {
  return deflatedZip([
    await part(
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    await part(
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    { name: 'word/document.xml', ...document },
    ...more,
  ]);
}
