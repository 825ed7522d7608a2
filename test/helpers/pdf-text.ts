import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A PDF opened with pdf.js as the tests read one (its bytes copied: pdf.js takes no Node Buffer). */
export const openPdf = (pdf: Uint8Array) =>
  getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;

/** The text of each page of a PDF, in reading order, with runs joined by spaces (for "is it on this page" checks). */
export async function pdfPageTexts(pdf: Uint8Array): Promise<string[]> {
  const document = await openPdf(pdf);
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    const text = content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
    pages.push(text.replace(/\s+/g, ' '));
  }
  await document.destroy();
  return pages;
}
