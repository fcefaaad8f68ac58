// The text of a PDF, page by page, with PDF.js (pure JavaScript, so CI needs nothing installed by
// hand). Each text run on its own line: table cells stay separate.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export async function pdfPagesText(pdf: Buffer): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, disableFontFace: true })
    .promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n += 1) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join('\n'));
  }
  await doc.destroy();
  return pages;
}
