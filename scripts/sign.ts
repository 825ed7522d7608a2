/**
 * `npm run sign -- <private-key.pem> [folder]`: signs the SHA256SUMS of a built copy of the site (dist/ unless told)
 * with an Ed25519 key (`openssl genpkey -algorithm ed25519 -out key.pem`; keep it out of the repository), writing
 * SHA256SUMS.minisig beside it in minisign's format, and prints the public key to publish where readers can find it
 * apart from the site (src/build/verify/minisign.ts). It refuses a folder whose files no longer match SHA256SUMS.
 * Readers check a copy with `npm run verify` or `minisign -V`.
 */
import { createPrivateKey } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minisignPublicKey, minisignSign } from '../src/build/verify/minisign.ts';
import { checkSums, signatureFile, sumsFile } from '../src/build/verify/sha256-sums.ts';

const [keyFile, folder = 'dist'] = process.argv.slice(2);
if (!keyFile) throw new Error('sign: name the private key, a PEM file: npm run sign -- key.pem [folder]');
const key = createPrivateKey(await readFile(keyFile));
const sums = await readFile(join(folder, sumsFile));
const problems = await checkSums(folder, sums.toString());
if (problems.length) throw new Error(`sign: ${folder} no longer matches its ${sumsFile}; build again:\n${problems.join('\n')}`);
// The comment is signed too: what the copy is (its home page's address, when it has one) and the day it was signed.
const home = join(folder, 'index.html');
const canonical = existsSync(home) ? /<link rel="canonical" href="([^"]+)"/.exec(await readFile(home, 'utf8'))?.[1] : undefined;
const comment = `${sumsFile} of ${canonical ?? 'a copy of the site'}, signed ${new Date().toISOString().slice(0, 10)}`;
await writeFile(join(folder, signatureFile), minisignSign(sums, key, comment));
console.info(
  `Signed ${join(folder, sumsFile)} ("${comment}"): ${join(folder, signatureFile)}. The public key to publish:\n${minisignPublicKey(key)}`,
);
