/**
 * Base64 for blob bytes, on `btoa`/`atob` (present in browsers and Node 20) so the library needs
 * no `Buffer`. Chunked: `String.fromCharCode(...bytes)` on a whole image would overflow the stack.
 */
const CHUNK = 0x8000;

/**
 * The native codecs (`Uint8Array.fromBase64`, `Uint8Array.prototype.toBase64`: Chromium 140+,
 * Firefox 133+; not in Node 20) decode and encode in one native pass instead of a JavaScript
 * loop per byte; the portable code below is the fallback.
 */
const nativeFromBase64 = (Uint8Array as unknown as { fromBase64?: (base64: string) => Uint8Array })
  .fromBase64;
const nativeToBase64 = (Uint8Array.prototype as unknown as { toBase64?: () => string }).toBase64;

export function bytesToBase64(bytes: Uint8Array): string {
  if (nativeToBase64 !== undefined) return nativeToBase64.call(bytes);
  const parts: string[] = [];
  for (let offset = 0; offset < bytes.length; offset += CHUNK) {
    parts.push(String.fromCharCode(...bytes.subarray(offset, offset + CHUNK)));
  }
  return btoa(parts.join(''));
}

/** Canonical, padded base64 (what `bytesToBase64` writes); anything else is rejected upstream. */
export const BASE64_PATTERN = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/u;

export function base64ToBytes(base64: string): Uint8Array {
  return nativeFromBase64 !== undefined ? nativeFromBase64(base64) : portableBase64ToBytes(base64);
}

/** The fallback decoder (exported so tests and the bench can hold it against the native one). */
export function portableBase64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

export function bytesToHex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** SHA-256 of a string (as UTF-8) or of bytes, as lower-case hex, via Web Crypto (browsers and Node 20). */
export async function sha256Hex(input: string | Uint8Array): Promise<string> {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return bytesToHex(new Uint8Array(digest));
}
