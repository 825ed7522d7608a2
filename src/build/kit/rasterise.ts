import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';

/**
 * Where drawn PNGs are kept between builds, by the hash of what was drawn and how: the tests build the site several
 * times, and a PNG is slow to make. A cache never changes the bytes (the same SVG
 * gives the same PNG on the same machine); delete the folder after changing the system's fonts, which librsvg draws
 * text with.
 */
const cacheDir = join(process.cwd(), 'node_modules', '.cache', 'explainer-png');

/**
 * zlib's level for the PNGs: 7 draws a step's PNG in half the time of 9, for 5% more bytes (twelve steps' PNGs, 5
 * December: 1,091 ms and 1,332,917 B at 9; 522 ms and 1,406,065 B at 7; 453 ms and 1,626,634 B at 6). Every build
 * draws some 250 of them, and the tests build the site twice at once.
 */
const compressionLevel = 7;

/**
 * An SVG drawn as a PNG with the rasteriser the site already uses (sharp, librsvg), `scale` pixels per SVG user unit:
 * text is rasterised at that size, so it stays sharp. The output is the same bytes for the same SVG.
 */
export async function svgToPng(svg: string, scale: number): Promise<Uint8Array<ArrayBuffer>> {
  const key = createHash('sha256')
    .update(`${sharp.versions.sharp} ${sharp.versions.rsvg} ${scale} png${compressionLevel}\n${svg}`)
    .digest('hex');
  const cached = join(cacheDir, `${key}.png`);
  try {
    return new Uint8Array(readFileSync(cached));
  } catch {
    // Not drawn yet.
  }
  // sharp reads an SVG at 72 dpi: a density of 72 × scale makes each user unit `scale` pixels.
  const png = await sharp(Buffer.from(svg), { density: 72 * scale })
    .png({ compressionLevel })
    .toBuffer();
  // Written whole, then renamed: a build running beside this one reads a whole file or none.
  mkdirSync(cacheDir, { recursive: true });
  const partial = `${cached}.${process.pid}`;
  writeFileSync(partial, png);
  renameSync(partial, cached);
  return new Uint8Array(png);
}
