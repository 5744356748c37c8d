import { Blob as NodeBlob } from 'node:buffer';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchImages } from '../../extension/lib/archive/fetch-images';

interface FakeResponse {
  ok: boolean;
  status: number;
  headers: { get(name: string): string | null };
  blob(): Promise<Blob>;
}

function response(bytes: string, type = 'image/jpeg', status = 200, length?: number): FakeResponse {
  const blob = new NodeBlob([bytes], { type }) as unknown as Blob;
  const headers: Record<string, string> = { 'content-type': type };
  if (length !== undefined) headers['content-length'] = String(length);
  return {
    ok: status >= 200 && status < 300,
    status,
    headers: { get: (name) => headers[name.toLowerCase()] ?? null },
    blob: async () => blob,
  };
}

function fakeFetch(table: Record<string, () => Promise<FakeResponse>>): typeof fetch {
  return (async (input: string | URL | Request) => {
    const url = String(input);
    const handler = table[url];
    if (!handler) throw new TypeError('Failed to fetch');
    return handler();
  }) as unknown as typeof fetch;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('fetchImages', () => {
  it('returns blobs, and a reason for every image it could not keep', async () => {
    const results = await fetchImages(
      [
        'https://portal.example.vn/a.jpg',
        'https://portal.example.vn/missing.jpg',
        'https://portal.example.vn/huge.jpg',
        'https://portal.example.vn/page.html',
        'https://cdn.example.vn/cors.jpg',
        'javascript:alert(1)',
        'https://portal.example.vn/a.jpg',
      ],
      {
        maxBytes: 10,
        fetch: fakeFetch({
          'https://portal.example.vn/a.jpg': async () => response('jpeg'),
          'https://portal.example.vn/missing.jpg': async () => response('', 'text/html', 404),
          'https://portal.example.vn/huge.jpg': async () => response('x'.repeat(11)),
          'https://portal.example.vn/page.html': async () => response('<html>', 'text/html'),
        }),
      },
    );
    expect(results.map((result) => ('blob' in result ? 'blob' : result.error))).toEqual([
      'blob',
      'http-404',
      'too-large',
      'not-an-image',
      'network',
      'unsupported-url',
    ]);
  });

  it('refuses an image whose declared length is over the cap before reading it', async () => {
    const read = vi.fn();
    const [result] = await fetchImages(['https://portal.example.vn/b.jpg'], {
      maxBytes: 100,
      fetch: fakeFetch({
        'https://portal.example.vn/b.jpg': async () => ({
          ...response('small', 'image/jpeg', 200, 5_000_000),
          blob: read,
        }),
      }),
    });
    expect(result).toEqual({ src: 'https://portal.example.vn/b.jpg', error: 'too-large' });
    expect(read).not.toHaveBeenCalled();
  });

  it('gives up on an image after the timeout', async () => {
    vi.useFakeTimers();
    const hanging = ((_url: string, init?: RequestInit) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () =>
          reject(new DOMException('aborted', 'AbortError')),
        );
      })) as unknown as typeof fetch;
    const pending = fetchImages(['https://slow.example.vn/c.jpg'], {
      timeoutMs: 1_000,
      fetch: hanging,
    });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await pending).toEqual([{ src: 'https://slow.example.vn/c.jpg', error: 'timeout' }]);
  });
});
