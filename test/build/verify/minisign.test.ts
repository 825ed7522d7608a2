import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { minisignPublicKey, minisignSign, minisignVerify, publicKeyLine } from '../../../src/build/verify/minisign.ts';

/** Where the `minisign` tool is, if installed (.ci/run installs it from Debian); CI must have it. */
function minisignTool(): string | undefined {
  try {
    execFileSync('minisign', ['-v'], { stdio: 'pipe' });
    return 'minisign';
  } catch {
    if (process.env.CI === 'true') throw new Error('CI=true requires the minisign tool: apt-get install minisign');
    return undefined;
  }
}

const { privateKey } = generateKeyPairSync('ed25519');
const other = generateKeyPairSync('ed25519').privateKey;
const sums = Buffer.from('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  .nojekyll\n');
const comment = 'SHA256SUMS of a test copy';
const dir = mkdtempSync(join(tmpdir(), 'minisign-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('minisign signatures', () => {
  it('verify the file they were made for, with the key that made them, and give back the trusted comment', () => {
    const signature = minisignSign(sums, privateKey, comment);
    expect(minisignVerify(sums, signature, minisignPublicKey(privateKey))).toBe(comment);
    expect(minisignVerify(sums, signature, publicKeyLine(minisignPublicKey(privateKey)))).toBe(comment);
    // Ed25519 signs deterministically: the same file and key give the same signature.
    expect(minisignSign(sums, privateKey, comment)).toBe(signature);
  });

  it('fail after a one-byte change to the file, to the trusted comment, or with another key', () => {
    const signature = minisignSign(sums, privateKey, comment);
    const changed = Buffer.from(sums);
    changed[0] = changed[0]! ^ 1;
    expect(() => minisignVerify(changed, signature, minisignPublicKey(privateKey))).toThrow(/does not match the file/);
    const recommented = signature.replace(comment, `${comment}!`);
    expect(() => minisignVerify(sums, recommented, minisignPublicKey(privateKey))).toThrow(/trusted comment was changed/);
    expect(() => minisignVerify(sums, signature, minisignPublicKey(other))).toThrow(/made with key [0-9A-F]{16}, not [0-9A-F]{16}/);
    // Another key's signature passed off under this key's id.
    const lines = minisignSign(sums, other, comment).split('\n');
    const forged = Buffer.from(lines[1]!, 'base64');
    Buffer.from(signature.split('\n')[1]!, 'base64').copy(forged, 2, 2, 10);
    lines[1] = forged.toString('base64');
    expect(() => minisignVerify(sums, lines.join('\n'), minisignPublicKey(privateKey))).toThrow(/does not match the file/);
    // A legacy signature ("Ed", of the file itself) is refused.
    const legacy = signature.split('\n');
    const bytes = Buffer.from(legacy[1]!, 'base64');
    bytes.write('Ed', 0);
    legacy[1] = bytes.toString('base64');
    expect(() => minisignVerify(sums, legacy.join('\n'), minisignPublicKey(privateKey))).toThrow(/only signatures of the file’s hash/);
    expect(() => minisignVerify(sums, 'not a signature', minisignPublicKey(privateKey))).toThrow(/not in minisign’s format/);
  });

  const tool = minisignTool();
  it.skipIf(!tool)('agree with the minisign tool, both ways', () => {
    writeFileSync(join(dir, 'SHA256SUMS'), sums);
    // Ours, checked by minisign.
    writeFileSync(join(dir, 'SHA256SUMS.minisig'), minisignSign(sums, privateKey, comment));
    writeFileSync(join(dir, 'ours.pub'), minisignPublicKey(privateKey));
    const checked = execFileSync(tool!, ['-V', '-m', join(dir, 'SHA256SUMS'), '-p', join(dir, 'ours.pub')], { encoding: 'utf8' });
    expect(checked).toContain(`Trusted comment: ${comment}`);
    // minisign's, with a key it made without a password, checked by ours.
    execFileSync(tool!, ['-G', '-W', '-p', join(dir, 'theirs.pub'), '-s', join(dir, 'theirs.key')], { stdio: 'pipe' });
    execFileSync(tool!, ['-S', '-s', join(dir, 'theirs.key'), '-m', join(dir, 'SHA256SUMS'), '-t', 'signed by minisign'], {
      stdio: 'pipe',
    });
    const theirs = readFileSync(join(dir, 'SHA256SUMS.minisig'), 'utf8');
    expect(minisignVerify(sums, theirs, readFileSync(join(dir, 'theirs.pub'), 'utf8'))).toBe('signed by minisign');
  });
});
