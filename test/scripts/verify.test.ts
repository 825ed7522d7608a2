import { execFile } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { minisignPublicKey } from '../../src/build/verify/minisign.ts';
import { sha256Sums } from '../../src/build/verify/sha256-sums.ts';
import { distDir, projectRoot } from '../helpers/paths.ts';

const run = promisify(execFile);
await mkdir(join(projectRoot, 'test/.tmp'), { recursive: true });
const dir = await mkdtemp(join(projectRoot, 'test/.tmp/verify-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

/** `npm run <script> -- <args>` in the project, with its exit code and what it printed. */
async function npmRun(script: string, ...args: string[]): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run('npm', ['run', '-s', script, '--', ...args], { cwd: projectRoot });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

describe('npm run sign and npm run verify, on a copy of built pages', () => {
  it('sign a copy, verify it, and refuse it once one byte of one file changes, naming the file', async () => {
    // A few of the built site's files, with their manifest: the scripts read any folder as they read dist/.
    const copy = join(dir, 'site');
    for (const file of ['index.html', 'ru/index.html', '404.html', 'robots.txt'])
      await cp(join(distDir, file), join(copy, file), { recursive: true });
    await writeFile(join(copy, 'SHA256SUMS'), await sha256Sums(copy));
    const key = join(dir, 'key.pem');
    const { privateKey } = generateKeyPairSync('ed25519');
    await writeFile(key, privateKey.export({ type: 'pkcs8', format: 'pem' }));
    await writeFile(join(dir, 'site.pub'), minisignPublicKey(privateKey));

    const signed = await npmRun('sign', key, copy);
    expect(signed.code, signed.output).toBe(0);
    expect(signed.output).toContain(minisignPublicKey(privateKey).trim());
    const verified = await npmRun('verify', copy, join(dir, 'site.pub'));
    expect(verified.code, verified.output).toBe(0);
    expect(verified.output).toMatch(/the signature holds .*, and every file matches SHA256SUMS/);

    const page = join(copy, 'index.html');
    const bytes = await readFile(page);
    bytes[bytes.length - 2] = bytes[bytes.length - 2]! ^ 1;
    await writeFile(page, bytes);
    const refused = await npmRun('verify', copy, join(dir, 'site.pub'));
    expect(refused.code).toBe(1);
    expect(refused.output).toContain('NOT VERIFIED');
    expect(refused.output).toContain('index.html: changed since SHA256SUMS was made');
  });
});
