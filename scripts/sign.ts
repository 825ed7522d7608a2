/**
 * `npm run sign -- <private-key.pem> [folder]`: signs the SHA256SUMS of a built copy of the site (dist/ unless told)
 * with an Ed25519 key (`openssl genpkey -algorithm ed25519 -out key.pem`; keep it out of the repository), writing
 * SHA256SUMS.minisig beside it in minisign's format, and prints the public key to publish where readers can find it
 * apart from the site (src/build/verify/minisign.ts). Readers check a copy with `npm run verify` or `minisign -V`.
 */
import { createPrivateKey } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minisignPublicKey, minisignSign } from '../src/build/verify/minisign.ts';
import { signatureFile, sumsFile } from '../src/build/verify/sha256-sums.ts';

const [keyFile, folder = 'dist'] = process.argv.slice(2);
if (!keyFile) throw new Error('sign: name the private key, a PEM file: npm run sign -- key.pem [folder]');
const key = createPrivateKey(await readFile(keyFile));
const sums = await readFile(join(folder, sumsFile));
await writeFile(join(folder, signatureFile), minisignSign(sums, key, `${sumsFile} of ${folder}, every file of this copy of the site`));
console.info(`Signed ${join(folder, sumsFile)}: ${join(folder, signatureFile)}. The public key to publish:\n${minisignPublicKey(key)}`);
