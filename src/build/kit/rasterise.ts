import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';

/**
 * Where drawn PNGs are kept between builds, by the hash of what was drawn: the tests build the site four times, and
 * a PNG at compression level 9 is slow to make. A cache never changes the bytes (the same SVG
 * gives the same PNG on the same machine); delete the folder after changing the system's fonts, which librsvg draws
 * text with.
 */
const cacheDir = join(process.cwd(), 'node_modules', '.cache', 'explainer-png');

/**
 * An SVG drawn as a PNG with the rasteriser the site already uses (sharp, librsvg), `scale` pixels per SVG user unit:
 * text is rasterised at that size, so it stays sharp. The output is the same bytes for the same SVG.
 */
export async function svgToPng(svg: string, scale: number): Promise<Uint8Array<ArrayBuffer>> {
  const key = createHash('sha256').update(`${sharp.versions.sharp} ${sharp.versions.rsvg} ${scale}\n${svg}`).digest('hex');
  const cached = join(cacheDir, `${key}.png`);
  try {
    return new Uint8Array(readFileSync(cached));
  } catch {
    // Not drawn yet.
  }
  // sharp reads an SVG at 72 dpi: a density of 72 × scale makes each user unit `scale` pixels.
  const png = await sharp(Buffer.from(svg), { density: 72 * scale })
    .png({ compressionLevel: 9 })
    .toBuffer();
  // Written whole, then renamed: a build running beside this one reads a whole file or none.
  mkdirSync(cacheDir, { recursive: true });
  const partial = `${cached}.${process.pid}`;
  writeFileSync(partial, png);
  renameSync(partial, cached);
  return new Uint8Array(png);
}
