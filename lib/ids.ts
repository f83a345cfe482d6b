/**
 * Stable identifiers: the same input gives the same id on every run and
 * machine, so ids can be cited in reviews and `allow` lists.
 */

/** FNV-1a, 32 bits, as 8 hex digits: short, fast and stable; not for security. */
export function stableHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** A claim extracted from text is named by its document and where its quote starts and ends. */
export function textClaimId(documentId: string, start: number, end: number): string {
  return `${documentId}:${start}-${end}`;
}
