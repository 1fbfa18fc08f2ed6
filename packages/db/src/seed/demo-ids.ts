import { createHash } from 'node:crypto';

/**
 * The namespace of every demo id. Fixed forever: changing it would give every demo row a new id
 * and break tests and links that refer to known demo ids.
 */
export const DEMO_NAMESPACE = '5b3f2c1e-7a4d-4e9b-8c6f-1d2e3f4a5b6c';

/**
 * A name-based UUID (RFC 9562 version 5: SHA-1 of namespace + name), the same on every run.
 *
 * @example uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')
 * // '2ed6657d-e927-568b-95e1-2665a8aea6a2'
 */
export function uuidV5(name: string, namespace: string): string {
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replaceAll('-', ''), 'hex'))
    .update(name, 'utf8')
    .digest()
    .subarray(0, 16);
  // Version 5 in the high nibble of byte 6, RFC variant (10xx) in byte 8.
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.toString('hex');
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    hex.slice(12, 16),
    hex.slice(16, 20),
    hex.slice(20),
  ].join('-');
}

/**
 * The id of a demo row, derived from a readable name, so re-seeding writes the same ids and tests
 * can refer to known rows.
 *
 * @example demoId('series:jamsessies-vvlg') // always the same version-5 UUID
 */
export function demoId(name: string): string {
  return uuidV5(name, DEMO_NAMESPACE);
}
