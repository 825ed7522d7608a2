/** svg-to-pdfkit ships no types: the one call src/build/single/edition-pdf.ts makes. */
declare module 'svg-to-pdfkit' {
  interface Options {
    readonly width?: number;
    readonly height?: number;
    /** The name of a font registered with the document, for an SVG text's family, weight and style. */
    readonly fontCallback?: (family: string, bold: boolean, italic: boolean) => string;
  }
  export default function SVGtoPDF(doc: PDFKit.PDFDocument, svg: string, x: number, y: number, options?: Options): void;
}
