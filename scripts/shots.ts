/**
 * `npm run shots`: a middle step of every chapter, at a wide and a phone size, in every engine installed here, as PNGs
 * in shots/ (git ignores it), plus one sheet per shot with the engines side by side, so that a maintainer can see at
 * a glance that they agree. Uses the same driver layer and server as the engine tests (test/engines/).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { builtChapters } from '../test/helpers/chapters-in-dist.ts';
import { distDir, projectRoot } from '../test/helpers/paths.ts';
import type { EngineName, Size } from '../test/engines/driver.ts';
import { engineSkipReason, launchEngine, selectedEngines } from '../test/engines/engines.ts';
import { unsettled } from '../test/engines/in-page.ts';
import { serveWithRecorder } from '../test/engines/server.ts';

const sizes: Record<string, Size> = { wide: { width: 1440, height: 900 }, phone: { width: 390, height: 844 } };
const outDir = join(projectRoot, 'shots');

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const server = await serveWithRecorder(distDir);
const shots = new Map<string, { engine: EngineName; file: string }[]>();
const failures: string[] = [];
for (const name of selectedEngines()) {
  const skip = engineSkipReason(name);
  if (skip) {
    console.warn(`${name}: no shots: ${skip}`);
    continue;
  }
  const engine = await launchEngine(name);
  console.info(`${name}: ${engine.version}`);
  for (const { path, steps } of builtChapters) {
    const step = steps[Math.floor(steps.length / 2)]!;
    for (const [sizeName, size] of Object.entries(sizes)) {
      const page = await engine.open(`${server.origin}${path}#${step}`, size);
      try {
        await page.waitFor(unsettled, [step, true], 10_000);
      } catch (error) {
        failures.push(`${name} ${step} ${sizeName}: ${(error as Error).message}`);
      }
      const shot = `${step}-${sizeName}`;
      const file = join(outDir, `${shot}-${name}.png`);
      writeFileSync(file, await page.screenshot());
      await page.close();
      shots.set(shot, [...(shots.get(shot) ?? []), { engine: name, file }]);
      console.info(`  ${file}`);
    }
  }
  await engine.close();
}
await server.close();

// One sheet per shot: the engines left to right, each under its name, scaled to at most 720 px wide.
const label = (text: string, width: number) =>
  Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="40"><rect width="100%" height="100%" fill="#fff"/>` +
      `<text x="12" y="27" font-family="sans-serif" font-size="20" fill="#111">${text}</text></svg>`,
  );
for (const [shot, entries] of shots) {
  const tiles = await Promise.all(
    entries.map(async ({ engine, file }) => {
      const image = sharp(file).resize({ width: 720, withoutEnlargement: true });
      const { data, info } = await image.png().toBuffer({ resolveWithObject: true });
      return { engine, data, width: info.width, height: info.height };
    }),
  );
  const gap = 16;
  const width = tiles.reduce((sum, tile) => sum + tile.width, 0) + gap * (tiles.length + 1);
  const height = Math.max(...tiles.map((tile) => tile.height)) + 40 + gap * 2;
  let x = gap;
  const layers = tiles.flatMap((tile) => {
    const at = x;
    x += tile.width + gap;
    return [
      { input: label(tile.engine, tile.width), left: at, top: gap },
      { input: tile.data, left: at, top: gap + 40 },
    ];
  });
  const sheet = join(outDir, `${shot}-sheet.png`);
  await sharp({ create: { width, height, channels: 3, background: '#ddd' } })
    .composite(layers)
    .png()
    .toFile(sheet);
  console.info(`  ${sheet}`);
}
if (failures.length > 0) {
  console.error(`Some pages did not settle on their step:\n${failures.join('\n')}`);
  process.exitCode = 1;
}
