import { createHash, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';

// Detached signatures in minisign's format (https://jedisct1.github.io/minisign/), made and checked with Node's own
// Ed25519, so that a reader can check a copy of the site with the `minisign` tool and the publisher's public key, and
// the publisher can sign with an Ed25519 key kept as PEM (`openssl genpkey -algorithm ed25519`). Signatures are of the
// file's BLAKE2b-512 hash ("ED", minisign's default since 0.8); legacy signatures of the file itself ("Ed") are
// refused. Ed25519 signs deterministically: the same file, comment and key give the same signature.

/** The two bytes that open a public key, and a signature of a file's BLAKE2b-512 hash. */
const keyAlgorithm = Buffer.from('Ed');
const hashedAlgorithm = Buffer.from('ED');

/** The raw 32 bytes of an Ed25519 public key. */
function rawPublicKey(key: KeyObject): Buffer {
  const jwk = key.export({ format: 'jwk' });
  if (jwk.crv !== 'Ed25519' || typeof jwk.x !== 'string') throw new Error('minisign: the key must be an Ed25519 key');
  return Buffer.from(jwk.x, 'base64url');
}

/** A key's id, as minisign names it: here the first 8 bytes of the SHA-256 of its public key. */
function keyId(publicKey: KeyObject): Buffer {
  return createHash('sha256').update(rawPublicKey(publicKey)).digest().subarray(0, 8);
}

/** The id as minisign prints it: the 8 bytes as one little-endian number, in upper-case hex. */
const printedId = (id: Buffer) => Buffer.from(id).reverse().toString('hex').toUpperCase();

/** The public key of `key` (private or public) in minisign's format: its two lines, as `minisign -G` writes them to a .pub file. */
export function minisignPublicKey(key: KeyObject): string {
  const publicKey = key.type === 'private' ? createPublicKey(key) : key;
  const id = keyId(publicKey);
  const body = Buffer.concat([keyAlgorithm, id, rawPublicKey(publicKey)]).toString('base64');
  return `untrusted comment: minisign public key ${printedId(id)}\n${body}\n`;
}

/** The second line of a public key file, which `minisign -P` takes. */
export const publicKeyLine = (publicKeyFile: string): string => publicKeyFile.trim().split('\n').at(-1)!.trim();

/**
 * A detached signature of `data` with the Ed25519 private key `privateKey`, as `minisign -S` writes it (a .minisig file):
 * the signature of the data's BLAKE2b-512 hash, and a global signature that binds `trustedComment` to it.
 */
export function minisignSign(data: Buffer, privateKey: KeyObject, trustedComment: string): string {
  if (/[\r\n]/.test(trustedComment)) throw new Error('minisign: a trusted comment is one line');
  const id = keyId(createPublicKey(privateKey));
  const signature = sign(null, createHash('blake2b512').update(data).digest(), privateKey);
  const global = sign(null, Buffer.concat([signature, Buffer.from(trustedComment)]), privateKey);
  return [
    `untrusted comment: signature from minisign secret key ${printedId(id)}`,
    Buffer.concat([hashedAlgorithm, id, signature]).toString('base64'),
    `trusted comment: ${trustedComment}`,
    global.toString('base64'),
    '',
  ].join('\n');
}

/**
 * Checks a detached signature of `data` against a public key (its file's text, or the line `minisign -P` takes), as
 * `minisign -V` does. Returns the trusted comment when the signature holds; throws, saying why, when it does not.
 */
export function minisignVerify(data: Buffer, signatureFile: string, publicKeyText: string): string {
  const key = Buffer.from(publicKeyLine(publicKeyText), 'base64');
  if (key.length !== 42 || !key.subarray(0, 2).equals(keyAlgorithm)) throw new Error('minisign: this is not a minisign public key');
  const publicKey = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: key.subarray(10).toString('base64url') }, format: 'jwk' });
  const lines = signatureFile.split(/\r?\n/);
  const trusted = lines[2]?.startsWith('trusted comment: ') ? lines[2].slice('trusted comment: '.length) : undefined;
  const signed = Buffer.from(lines[1] ?? '', 'base64');
  const global = Buffer.from(lines[3] ?? '', 'base64');
  if (!lines[0]?.startsWith('untrusted comment:') || trusted === undefined || signed.length !== 74 || global.length !== 64)
    throw new Error('minisign: the signature file is not in minisign’s format');
  if (!signed.subarray(0, 2).equals(hashedAlgorithm))
    throw new Error(
      'minisign: only signatures of the file’s hash ("ED") are accepted; sign again with minisign 0.8 or later, or npm run sign',
    );
  if (!signed.subarray(2, 10).equals(key.subarray(2, 10)))
    throw new Error(
      `minisign: the signature was made with key ${printedId(signed.subarray(2, 10))}, not ${printedId(key.subarray(2, 10))}`,
    );
  const signature = signed.subarray(10);
  if (!verify(null, createHash('blake2b512').update(data).digest(), publicKey, signature))
    throw new Error('minisign: the signature does not match the file: it was changed, or signed with another key');
  if (!verify(null, Buffer.concat([signature, Buffer.from(trusted)]), publicKey, global))
    throw new Error('minisign: the trusted comment was changed after signing');
  return trusted;
}
