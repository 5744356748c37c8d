import type { ImageInput } from '@govclip/archive';

/**
 * Fetches an article's images from the extension page so they can be archived as blobs.
 *
 * What works: images on the captured tab's origin (host access from `activeTab` while the tab
 * shows the page), and cross-origin images whose server allows CORS. Others fail with
 * `network` (opaque CORS failures are indistinguishable from network errors) and are recorded,
 * never fatal: the reader keeps showing the live image, the archive lists it as missing.
 */
export interface FetchImagesOptions {
  /** Largest image kept, in bytes (default 8 MB). */
  maxBytes?: number;
  /** Per-image timeout in ms (default 15 s). */
  timeoutMs?: number;
  /** How many images are fetched at once (default 4). */
  concurrency?: number;
  fetch?: typeof fetch;
}

export const DEFAULT_MAX_IMAGE_BYTES = 8 * 1024 * 1024;
export const DEFAULT_IMAGE_TIMEOUT_MS = 15_000;

async function fetchOne(
  src: string,
  fetcher: typeof fetch,
  maxBytes: number,
  timeoutMs: number,
): Promise<ImageInput> {
  let url: URL;
  try {
    url = new URL(src);
  } catch {
    return { src, error: 'invalid-url' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return { src, error: 'unsupported-url' };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetcher(url.href, {
      signal: controller.signal,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
    });
    if (!response.ok) return { src, error: `http-${response.status}` };
    const declared = Number(response.headers.get('content-length') ?? '0');
    if (declared > maxBytes) return { src, error: 'too-large' };
    const blob = await response.blob();
    if (blob.size > maxBytes) return { src, error: 'too-large' };
    if (blob.size === 0) return { src, error: 'empty' };
    const type = blob.type || response.headers.get('content-type') || '';
    if (type !== '' && !type.startsWith('image/')) return { src, error: 'not-an-image' };
    return { src, blob };
  } catch {
    return { src, error: controller.signal.aborted ? 'timeout' : 'network' };
  } finally {
    clearTimeout(timer);
  }
}

export async function fetchImages(
  sources: readonly string[],
  options: FetchImagesOptions = {},
): Promise<ImageInput[]> {
  const fetcher = options.fetch ?? globalThis.fetch.bind(globalThis);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_IMAGE_BYTES;
  const timeoutMs = options.timeoutMs ?? DEFAULT_IMAGE_TIMEOUT_MS;
  const unique = [...new Set(sources)];
  const results = new Map<string, ImageInput>();
  let next = 0;
  const worker = async () => {
    while (next < unique.length) {
      const src = unique[next++]!;
      results.set(src, await fetchOne(src, fetcher, maxBytes, timeoutMs));
    }
  };
  await Promise.all(
    Array.from({ length: Math.min(options.concurrency ?? 4, unique.length) }, worker),
  );
  return unique.map((src) => results.get(src)!);
}
