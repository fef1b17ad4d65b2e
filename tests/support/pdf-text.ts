import { decodePDFRawStream, PDFArray, PDFDocument, PDFRawStream, type PDFObject } from 'pdf-lib';

/**
 * The text a PDF made by lib/plan/pdf.ts draws, in order, its lines joined by spaces (so a
 * sentence wrapped over two lines reads as one). pdf-lib
 * writes each line as a hex string (WinAnsi bytes) shown with Tj, in Flate-compressed content
 * streams; this reads them back. Enough for our own documents, not a general PDF reader.
 */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const doc = await PDFDocument.load(bytes);
  const lines: string[] = [];
  const streamText = (o: PDFObject | undefined) => {
    if (!(o instanceof PDFRawStream)) return;
    const content = Buffer.from(decodePDFRawStream(o).decode()).toString('latin1');
    for (const m of content.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) lines.push(Buffer.from(m[1]!, 'hex').toString('latin1'));
  };
  for (const page of doc.getPages()) {
    const contents = page.node.Contents();
    if (contents instanceof PDFArray) for (let i = 0; i < contents.size(); i++) streamText(contents.lookup(i));
    else streamText(contents);
  }
  return lines.join(' ');
}
