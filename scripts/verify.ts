/**
 * `npm run verify -- <folder> <public key>`: checks a copy of the site (an unzipped mirror, a downloaded dist/) as a
 * reader would before trusting it: that SHA256SUMS.minisig is the publisher's signature of SHA256SUMS (the public key
 * is the publisher's .pub file, or its second line), then that every file's bytes are the ones SHA256SUMS lists, with
 * none missing and none added. Exits with 1, saying what is wrong, when any check fails.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minisignVerify } from '../src/build/verify/minisign.ts';
import { checkSums, signatureFile, sumsFile } from '../src/build/verify/sha256-sums.ts';

const [folder, key] = process.argv.slice(2);
if (!folder || !key) throw new Error('verify: npm run verify -- <folder> <public key file, or its key line>');
// A public key file (two lines), or its key line as `minisign -P` takes it.
if (!existsSync(key) && !/^[A-Za-z0-9+/]{54,58}={0,2}$/.test(key))
  throw new Error(`verify: ${key} is neither a public key file nor a minisign public key line`);
const publicKey = existsSync(key) ? readFileSync(key, 'utf8') : key;
try {
  const sums = await readFile(join(folder, sumsFile));
  const comment = minisignVerify(sums, await readFile(join(folder, signatureFile), 'utf8'), publicKey);
  const problems = await checkSums(folder, sums.toString());
  if (problems.length) throw new Error(`${problems.length} files do not match ${sumsFile}:\n${problems.join('\n')}`);
  console.info(`${folder}: the signature holds ("${comment}"), and every file matches ${sumsFile}.`);
} catch (error) {
  console.error(`${folder}: NOT VERIFIED. ${(error as Error).message}`);
  process.exitCode = 1;
}
