import { readFileSync } from 'node:fs';
import { Blob as NodeBlob } from 'node:buffer';
import path from 'node:path';
import fc from 'fast-check';
import { IDBFactory } from 'fake-indexeddb';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { openArchive, type ArchiveRepository } from '../../packages/archive/src';
import { sha256Hex } from '../../packages/archive/src/export/base64';
import { exportBackup } from '../../packages/archive/src/export/backup';
import { generateArchive, seedArchive } from '../bench/lib/generate-articles';
import { readArchiveSnapshot } from '../../packages/archive/src/export/read-snapshot';
import { ImportError, type ImportErrorCode } from '../../packages/archive/src/import/import-error';
import { parseBackup } from '../../packages/archive/src/import/parse-backup';
import { describePath } from '../../packages/archive/src/import/safe-json';
import { restoreBackup } from '../../packages/archive/src/import/restore';

beforeAll(() => vi.stubGlobal('Blob', NodeBlob));
afterAll(() => vi.unstubAllGlobals());
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

async function dumpArchive(repository: ArchiveRepository) {
  const db = repository.database;
  const images = await db.getAll('images');
  return {
    articles: await db.getAll('articles'),
    annotations: await db.getAll('annotations'),
    images: await Promise.all(
      images.map(async (image) => ({
        ...image,
        blob: Array.from(new Uint8Array(await image.blob.arrayBuffer())),
      })),
    ),
    search: await db.getAll('search'),
    cards: await db.getAll('cards'),
    citations: await db.getAll('citations'),
  };
}

/** A populated archive and a valid backup of OTHER articles (accepting it would write). */
async function setup() {
  const archive = await openArchive(indexedDB, { name: 'fuzz' });
  const generated = generateArchive({ articles: 8, seed: 21, imagesPerArticle: 1, imageBytes: 64 });
  await seedArchive(archive, generated.slice(0, 4));
  const other = await openArchive(indexedDB, { name: 'other' });
  await seedArchive(other, generated.slice(4));
  const file = await exportBackup(
    await readArchiveSnapshot(other, { settings: { theme: 'dark' } }),
  );
  const text = new TextDecoder().decode(file.bytes);
  return { archive, text, before: await dumpArchive(archive) };
}

/** Recomputes the checksum after an edit, so the edit reaches the schema checks behind it. */
async function resign(backup: { checksum: { value: string }; data: unknown }): Promise<string> {
  backup.checksum.value = await sha256Hex(JSON.stringify(backup.data));
  return JSON.stringify(backup);
}

async function expectRejected(
  archive: ArchiveRepository,
  text: string | Uint8Array,
  before: unknown,
  codes: readonly ImportErrorCode[],
): Promise<void> {
  let caught: unknown = null;
  try {
    await restoreBackup(archive, text);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(ImportError);
  const error = caught as ImportError;
  expect(codes).toContain(error.code);
  expect(error.messageVi).toMatch(/Kho lưu trữ không bị thay đổi/u);
  expect(error.messageEn).toMatch(/archive was not changed/u);
  expect(await dumpArchive(archive)).toEqual(before);
}

/** Every path inside `data` (except settings, which hold arbitrary JSON by design). */
function pathsOf(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const paths: (string | number)[][] = prefix.length > 0 ? [prefix] : [];
  if (Array.isArray(value))
    value.forEach((item, index) => paths.push(...pathsOf(item, [...prefix, index])));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (prefix.length === 0 && key === 'settings') continue;
      paths.push(...pathsOf(item, [...prefix, key]));
    }
  }
  return paths;
}

function getAt(root: Json, at: readonly (string | number)[]): Json {
  return at.reduce<Json>((node, key) => (node as Record<string | number, Json>)[key] as Json, root);
}

function setAt(root: Json, at: readonly (string | number)[], value: Json): void {
  const parent = getAt(root, at.slice(0, -1)) as Record<string | number, Json>;
  parent[at[at.length - 1]!] = value;
}

function kind(value: Json): string {
  if (Array.isArray(value)) return 'array';
  return value === null ? 'null' : typeof value;
}

/**
 * A JSON value of a kind the field cannot hold: a different kind than `original`, never null
 * (some fields are nullable), and for a null original neither string nor number (a nullable
 * field holds one of those).
 */
function otherKind(original: Json): fc.Arbitrary<Json> {
  const all: Array<[string, fc.Arbitrary<Json>]> = [
    ['string', fc.string({ maxLength: 5 })],
    ['number', fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }))],
    ['boolean', fc.boolean()],
    ['array', fc.array(fc.integer(), { maxLength: 2 })],
    ['object', fc.constant({ x: 1 })],
  ];
  const excluded = original === null ? ['string', 'number'] : [kind(original)];
  return fc.oneof(
    ...all.filter(([name]) => !excluded.includes(name)).map(([, arbitrary]) => arbitrary),
  );
}

describe('import rejects bad files cleanly and writes nothing', () => {
  it('accepts the untouched backup (so the rejections below are caused by the damage)', async () => {
    const { text } = await setup();
    const parsed = await parseBackup(text);
    expect(parsed.articles).toHaveLength(4);
    expect(parsed.settings).toEqual({ theme: 'dark' });
  });

  it('rejects hand-made bad files with the right code', async () => {
    const { archive, text, before } = await setup();
    const valid = JSON.parse(text) as Record<string, Json> & {
      data: { articles: Json[]; annotations: Json[] };
      counts: { annotations: number };
      checksum: { value: string };
    };
    await expectRejected(archive, '', before, ['empty-file']);
    await expectRejected(archive, '   \n', before, ['empty-file']);
    await expectRejected(archive, text.slice(0, text.length - 1), before, ['not-json']);
    await expectRejected(archive, '[1,2]', before, ['wrong-format']);
    await expectRejected(archive, JSON.stringify({ ...valid, format: 'other' }), before, [
      'wrong-format',
    ]);
    await expectRejected(archive, JSON.stringify({ ...valid, schemaVersion: 99 }), before, [
      'unsupported-version',
    ]);
    await expectRejected(archive, JSON.stringify({ ...valid, formatVersion: 2 }), before, [
      'unsupported-version',
    ]);
    await expectRejected(archive, JSON.stringify({ ...valid, extra: 1 }), before, ['invalid-data']);
    // Tampering: one character of a note changed, checksum left as it was.
    const tampered = structuredClone(valid);
    (tampered.data.articles[0] as { note: string }).note += '!';
    await expectRejected(archive, JSON.stringify(tampered), before, ['checksum-mismatch']);
    // Truncation that still parses: the last article dropped (header counts and checksum differ).
    const shortened = structuredClone(valid);
    shortened.data.articles.pop();
    await expectRejected(archive, JSON.stringify(shortened), before, ['checksum-mismatch']);
    await expectRejected(archive, await resign(shortened), before, ['inconsistent-data']);
    // An annotation pointing at an article not in the file.
    const dangling = structuredClone(valid);
    (dangling.data.annotations[0] as { articleId: string }).articleId = 'https://nowhere.example/x';
    await expectRejected(archive, await resign(dangling), before, ['inconsistent-data']);
    // A duplicated annotation id.
    const duplicated = structuredClone(valid);
    duplicated.data.annotations.push(duplicated.data.annotations[0]!);
    duplicated.counts.annotations++;
    await expectRejected(archive, await resign(duplicated), before, ['inconsistent-data']);
    // A 2,001-character tag.
    const longTag = structuredClone(valid);
    (longTag.data.articles[0] as { tags: string[] }).tags.push('x'.repeat(2001));
    await expectRejected(archive, await resign(longTag), before, ['invalid-data']);
    // Nesting bombs.
    await expectRejected(archive, `${'['.repeat(200)}${']'.repeat(200)}`, before, [
      'too-deep',
      'not-json',
    ]);
  });

  it('says where the problem is', async () => {
    const { text } = await setup();
    const valid = JSON.parse(text) as {
      data: { articles: Array<{ article: { title: unknown } }> };
      checksum: { value: string };
    };
    valid.data.articles[2]!.article.title = 42;
    const error = await parseBackup(await resign(valid)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).location).toBe('data.articles[2].article.title');
  });

  it('fuzz: truncated files are all rejected', async () => {
    const { archive, text, before } = await setup();
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: text.length - 1 }), async (cut) => {
        await expectRejected(archive, text.slice(0, cut), before, ['empty-file', 'not-json']);
      }),
      { numRuns: 60 },
    );
  });

  it('fuzz: a value of the wrong type anywhere is rejected (checksum re-signed)', async () => {
    const { archive, text, before } = await setup();
    const valid = JSON.parse(text) as { data: Json; checksum: { value: string } };
    const paths = pathsOf(valid.data);
    const mutation = fc
      .integer({ min: 0, max: paths.length - 1 })
      .chain((index) =>
        fc.tuple(fc.constant(paths[index]!), otherKind(getAt(valid.data, paths[index]!))),
      );
    await fc.assert(
      fc.asyncProperty(mutation, async ([at, replacement]) => {
        const copy = structuredClone(valid);
        setAt(copy.data, at, replacement);
        await expectRejected(archive, await resign(copy), before, [
          'invalid-data',
          'inconsistent-data',
        ]);
      }),
      { numRuns: 150 },
    );
  });

  it('fuzz: a huge string anywhere is rejected', async () => {
    const { archive, text, before } = await setup();
    const valid = JSON.parse(text) as { data: Json; checksum: { value: string } };
    const stringPaths = pathsOf(valid.data).filter(
      (at) => typeof getAt(valid.data, at) === 'string',
    );
    // One character over the largest limit that can apply to the field: whole article texts
    // may hold 20 M characters, every other string at most 2 M.
    const wholeText = (at: readonly (string | number)[]) =>
      (at.at(-2) === 'article' || at.at(-3) === 'versions') &&
      ['text', 'html'].includes(String(at.at(-1)));
    const hugeLong = 'ệ'.repeat(2_000_001);
    const hugeWhole = 'ệ'.repeat(20_000_001);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: stringPaths.length - 1 }), async (index) => {
        const copy = structuredClone(valid);
        const at = stringPaths[index]!;
        setAt(copy.data, at, wholeText(at) ? hugeWhole : hugeLong);
        await expectRejected(archive, await resign(copy), before, [
          'invalid-data',
          'inconsistent-data',
        ]);
      }),
      { numRuns: 12 },
    );
  }, 60_000);

  it('fuzz: prototype-pollution keys anywhere are rejected, and nothing is polluted', async () => {
    const { archive, text, before } = await setup();
    const valid = JSON.parse(text) as { data: Json; checksum: { value: string } };
    const objectPaths = [[], ...pathsOf(valid.data)].filter(
      (at) => kind(getAt(valid.data, at)) === 'object',
    );
    const mutation = fc.tuple(
      fc.integer({ min: 0, max: objectPaths.length - 1 }),
      fc.constantFrom('__proto__', 'constructor', 'prototype'),
      fc.oneof(
        fc.constant<Json>({ polluted: true }),
        fc.constant<Json>('x'),
        fc.constant<Json>(null),
      ),
      fc.boolean(),
    );
    await fc.assert(
      fc.asyncProperty(mutation, async ([index, key, value, inEnvelope]) => {
        const copy = structuredClone(valid) as unknown as Record<string, Json>;
        const target = inEnvelope
          ? copy
          : (getAt(copy.data as Json, objectPaths[index]!) as Record<string, Json>);
        Object.defineProperty(target, key, {
          value,
          enumerable: true,
          configurable: true,
          writable: true,
        });
        const damaged = await resign(
          copy as unknown as { checksum: { value: string }; data: Json },
        );
        expect(damaged).toContain(`"${key}"`);
        await expectRejected(archive, damaged, before, ['forbidden-key']);
        // The message says where the key is (the walk finds its path again on refusal).
        const error = (await parseBackup(damaged).catch(
          (caught: unknown) => caught,
        )) as ImportError;
        expect(error.location).toBe(
          describePath(inEnvelope ? [key] : ['data', ...objectPaths[index]!, key]),
        );
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 60 },
    );
  });

  it('refuses bytes that are not UTF-8 with their own message, even when the checksum covers them', async () => {
    const { archive, text, before } = await setup();
    const bytes = new TextEncoder().encode(text);
    const dataAt = text.indexOf('"data":') + '"data":'.length;
    // A damaged file: the first byte of a title (past the header) is no longer UTF-8.
    const titleAt = text.indexOf('"title":"', text.length >> 1) + '"title":"'.length;
    const damaged = bytes.slice();
    damaged[new TextEncoder().encode(text.slice(0, titleAt)).length] = 0xff;
    await expectRejected(archive, damaged, before, ['not-utf8']);
    // The same bad byte with the checksum computed over the file's data bytes as they are:
    // the checksum alone would let it in (with U+FFFD in place of the byte).
    const data = damaged.subarray(new TextEncoder().encode(text.slice(0, dataAt)).length, -1);
    const header = text
      .slice(0, dataAt)
      .replace(/"value":"[0-9a-f]{64}"/u, `"value":"${await sha256Hex(data)}"`);
    const resigned = new Uint8Array([...new TextEncoder().encode(header), ...data, 0x7d /* } */]);
    await expectRejected(archive, resigned, before, ['not-utf8']);
    // The file before the damage, as bytes, is accepted (so the byte is what was refused).
    expect((await parseBackup(bytes)).articles).toHaveLength(4);
  });

  it('fuzz: arbitrary JSON and arbitrary text are rejected', async () => {
    const { archive, before } = await setup();
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.json(), fc.string()), async (text) => {
        await expectRejected(archive, text, before, [
          'empty-file',
          'not-json',
          'wrong-format',
          'forbidden-key',
          'too-deep',
        ]);
      }),
      { numRuns: 100 },
    );
  });
});

describe('backup from an older schema version', () => {
  it('migrates a schema-1 backup (checksum computed outside our code) and rebuilds the indexes', async () => {
    const text = readFileSync(path.resolve('tests/fixtures/export/backup-schema-v1.json'), 'utf8');
    const archive = await openArchive(indexedDB, { name: 'v1' });
    const report = await restoreBackup(archive, text);
    expect(report.sourceSchemaVersion).toBe(1);
    expect(report.articles.added).toBe(1);
    expect(report.settings).toEqual({ theme: 'light' });
    const dump = await dumpArchive(archive);
    const original = JSON.parse(text) as { data: { articles: unknown[]; annotations: unknown[] } };
    expect(dump.articles).toEqual(original.data.articles);
    expect(dump.annotations).toEqual(
      [...original.data.annotations].sort((a, b) =>
        String((a as { id: string }).id).localeCompare((b as { id: string }).id),
      ),
    );
    expect(dump.images[0]!.blob).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    // Stores that schema 1 did not have are built for the restored records.
    expect(dump.cards).toHaveLength(1);
    expect(dump.cards[0]!.annotationCount).toBe(2);
    expect(dump.citations.length).toBeGreaterThan(0);
    expect((await archive.search('hoi nghi')).map((hit) => hit.card.id)).toEqual(['a1']);
  });
});
