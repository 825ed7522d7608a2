import sharp from 'sharp';

/**
 * An SVG drawn as a PNG with the rasteriser the site already uses (sharp, librsvg), `scale` pixels per SVG user unit:
 * text is rasterised at that size, so it stays sharp. The output is the same bytes for the same SVG.
 */
export async function svgToPng(svg: string, scale: number): Promise<Uint8Array<ArrayBuffer>> {
  // sharp reads an SVG at 72 dpi: a density of 72 × scale makes each user unit `scale` pixels.
  const png = await sharp(Buffer.from(svg), { density: 72 * scale })
    .png({ compressionLevel: 9 })
    .toBuffer();
  return new Uint8Array(png);
}
