import { sha256Hex } from '../export/base64';

/**
 * The backup checksum is the SHA-256 of `JSON.stringify(data)`. Re-serializing 50 MB of data
 * only to hash it costs as much as parsing it, yet a file exactly as `exportBackup` wrote it
 * already holds that text: the envelope is `JSON.stringify`d with `data` last, so the data's
 * text is the file's tail between `…"checksum":{…},"data":` and the final `}`. That slice is
 * hashed in place; a file in any other layout (pretty-printed, keys reordered, a trailing
 * newline) falls back to hashing the re-serialized data, so it is accepted exactly as before.
 *
 * Given the file's bytes (what a file input reads), the slice is hashed as bytes, so the 50 MB
 * are not even encoded back to UTF-8.
 *
 * What the checksum detects is accidental damage (an edit, a truncation, a re-encoding): any
 * change inside the data changes the slice and its hash. It is not a signature: whoever crafts
 * a file can compute its checksum either way, and the strict validation after it is what guards
 * the archive.
 */

/** The header before `data` is a few hundred characters; the data starts within this many. */
const HEADER_MAX = 4096;

function dataMarker(checksum: string): string {
  return `"checksum":{"algorithm":"SHA-256","value":"${checksum}"},"data":`;
}

/** The text of `data` as written in a file of our own layout, or null for any other layout. */
export function dataTextInPlace(text: string, checksum: string): string | null {
  const marker = dataMarker(checksum);
  const at = text.slice(0, HEADER_MAX + marker.length).indexOf(marker);
  if (at < 0 || !text.endsWith('}')) return null;
  return text.slice(at + marker.length, -1);
}

/** The same slice of the file's UTF-8 bytes (no copy), or null for any other layout. */
export function dataBytesInPlace(bytes: Uint8Array, checksum: string): Uint8Array | null {
  const marker = new TextEncoder().encode(dataMarker(checksum));
  const end = Math.min(bytes.length - marker.length, HEADER_MAX);
  // The marker is ASCII and the header short: a plain scan of its first bytes.
  for (let at = 0; at <= end; at++) {
    let index = 0;
    while (index < marker.length && bytes[at + index] === marker[index]) index++;
    if (index === marker.length) {
      if (bytes[bytes.length - 1] !== 0x7d /* } */) return null;
      return bytes.subarray(at + marker.length, bytes.length - 1);
    }
  }
  return null;
}

/** The backup file as the restore received it: its text, and its bytes when it was read as bytes. */
export interface BackupSource {
  text: string;
  bytes?: Uint8Array;
}

/** True when `checksum` is the SHA-256 of `JSON.stringify(data)` (see the module comment). */
export async function backupChecksumMatches(
  source: BackupSource,
  data: unknown,
  checksum: string,
): Promise<boolean> {
  const inPlace =
    source.bytes !== undefined
      ? dataBytesInPlace(source.bytes, checksum)
      : dataTextInPlace(source.text, checksum);
  if (inPlace !== null && (await sha256Hex(inPlace)) === checksum) return true;
  return (await sha256Hex(JSON.stringify(data))) === checksum;
}
