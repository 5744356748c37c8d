import { Blob as NodeBlob } from 'node:buffer';
import fc from 'fast-check';
import { IDBFactory } from 'fake-indexeddb';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { openArchive } from '../../packages/archive/src';
import {
  base64ToBytes,
  bytesToBase64,
  portableBase64ToBytes,
} from '../../packages/archive/src/export/base64';
import { exportBackup } from '../../packages/archive/src/export/backup';
import { generateArchive, seedArchive } from '../bench/lib/generate-articles';
import { readArchiveSnapshot } from '../../packages/archive/src/export/read-snapshot';
import {
  dataBytesInPlace,
  dataTextInPlace,
} from '../../packages/archive/src/import/backup-checksum';
import { ImportError } from '../../packages/archive/src/import/import-error';
import { parseBackup } from '../../packages/archive/src/import/parse-backup';

beforeAll(() => vi.stubGlobal('Blob', NodeBlob));
afterAll(() => vi.unstubAllGlobals());
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

async function backupText(): Promise<string> {
  const archive = await openArchive(indexedDB, { name: 'checksum' });
  await seedArchive(archive, generateArchive({ articles: 5, seed: 13, imageBytes: 40 }));
  const file = await exportBackup(await readArchiveSnapshot(archive, { settings: { a: 1 } }));
  return new TextDecoder().decode(file.bytes);
}

async function rejection(text: string | Uint8Array): Promise<unknown> {
  return parseBackup(text).then(
    () => null,
    (error: unknown) => error,
  );
}

describe('backup checksum', () => {
  it('finds the data text in place in a file as we write it: exactly JSON.stringify(data)', async () => {
    const text = await backupText();
    const file = JSON.parse(text) as { checksum: { value: string }; data: unknown };
    expect(dataTextInPlace(text, file.checksum.value)).toBe(JSON.stringify(file.data));
  });

  it('given the file as bytes, hashes the data bytes in place and restores the same records', async () => {
    const text = await backupText();
    const bytes = new TextEncoder().encode(text);
    const file = JSON.parse(text) as { checksum: { value: string }; data: unknown };
    const slice = dataBytesInPlace(bytes, file.checksum.value);
    expect(slice).not.toBeNull();
    expect(new TextDecoder().decode(slice!)).toBe(JSON.stringify(file.data));
    expect(await parseBackup(bytes)).toEqual(await parseBackup(text));
    // A byte-order mark in front (some editors add one) changes nothing.
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    expect((await parseBackup(withBom)).articles).toHaveLength(5);
    // One byte changed inside the data: refused.
    const at = text.indexOf('"note":"') + '"note":"'.length;
    const byteAt = new TextEncoder().encode(text.slice(0, at)).length;
    const edited = new Uint8Array([
      ...bytes.subarray(0, byteAt),
      'X'.charCodeAt(0),
      ...bytes.subarray(byteAt),
    ]);
    expect(((await rejection(edited)) as ImportError).code).toBe('checksum-mismatch');
  });

  it('accepts the same backup in another layout (pretty-printed, keys reordered, newline)', async () => {
    const text = await backupText();
    const file = JSON.parse(text) as Record<string, unknown> & { checksum: { value: string } };
    const reordered = Object.fromEntries(Object.entries(file).reverse());
    for (const layout of [JSON.stringify(file, null, 2), JSON.stringify(reordered), `${text}\n`]) {
      expect(dataTextInPlace(layout, file.checksum.value)).toBeNull();
      const parsed = await parseBackup(layout);
      expect(parsed.articles).toHaveLength(5);
    }
  });

  it('rejects one changed character inside the data of a file in our own layout', async () => {
    const text = await backupText();
    const at = text.indexOf('"note":"') + '"note":"'.length;
    const edited = `${text.slice(0, at)}X${text.slice(at)}`;
    const error = await rejection(edited);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).code).toBe('checksum-mismatch');
    // A pretty-printed copy of the edited file is refused as well (the fallback path).
    const pretty = JSON.stringify(JSON.parse(edited), null, 1);
    expect(((await rejection(pretty)) as ImportError).code).toBe('checksum-mismatch');
  });
});

describe('base64 of image bytes', () => {
  it('round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70_000 }), (bytes) => {
        const base64 = bytesToBase64(bytes);
        expect(base64ToBytes(base64)).toEqual(bytes);
        expect(portableBase64ToBytes(base64)).toEqual(bytes);
      }),
      { numRuns: 60 },
    );
  });
});
