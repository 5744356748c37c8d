import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  frontMatter,
  yamlDate,
  yamlQuoted,
  yamlString,
} from '../../packages/archive/src/export/yaml-scalar';

/**
 * An independent YAML reader checks the emitter: js-yaml (already installed with ESLint) reads
 * back exactly what we wrote. Loaded through a variable specifier because it ships no types.
 */
type YamlLoad = (text: string, options?: { schema?: unknown }) => unknown;
async function loadYaml(): Promise<{ load: YamlLoad; schemas: unknown[] }> {
  const specifier = 'js-yaml';
  const module = (await import(/* @vite-ignore */ specifier)) as {
    load: YamlLoad;
    CORE_SCHEMA: unknown;
    DEFAULT_SCHEMA: unknown;
    JSON_SCHEMA: unknown;
  };
  return {
    load: module.load,
    schemas: [module.DEFAULT_SCHEMA, module.CORE_SCHEMA, module.JSON_SCHEMA],
  };
}

describe('YAML scalar emitter', () => {
  it('writes plain only what cannot be misread, quotes the rest (hand-written cases)', () => {
    expect(yamlString('Nguyễn Văn A')).toBe('Nguyễn Văn A');
    expect(yamlString('Nghị quyết số 03-NQ/TU')).toBe('Nghị quyết số 03-NQ/TU');
    expect(yamlString('Kết luận: họp')).toBe('"Kết luận: họp"');
    expect(yamlString('#tin-nổi-bật')).toBe('"#tin-nổi-bật"');
    expect(yamlString('tin #1')).toBe('"tin #1"');
    expect(yamlString('Nói "không"')).toBe('"Nói \\"không\\""');
    expect(yamlString('dòng 1\ndòng 2')).toBe('"dòng 1\\ndòng 2"');
    expect(yamlString('a\\b')).toBe('"a\\\\b"');
    expect(yamlString('yes')).toBe('"yes"');
    expect(yamlString('Null')).toBe('"Null"');
    expect(yamlString('2021')).toBe('"2021"');
    expect(yamlString('')).toBe('""');
    expect(yamlString(' lề')).toBe('" lề"');
    expect(yamlString('- gạch')).toBe('"- gạch"');
    expect(yamlString('https://a.gov.vn/x?y=1')).toBe('"https://a.gov.vn/x?y=1"');
    expect(yamlQuoted('\u0007\u2028')).toBe('"\\u0007\\L"');
    expect(yamlDate('2021-04-13')).toBe('2021-04-13');
    expect(yamlDate('2021-04-13T08:30+07:00')).toBe('"2021-04-13T08:30+07:00"');
  });

  it('writes text as NFC', () => {
    expect(yamlString('Quyết định'.normalize('NFD'))).toBe('Quyết định'.normalize('NFC'));
  });

  it('round-trips hand-picked hard strings through an independent YAML reader', async () => {
    const { load, schemas } = await loadYaml();
    const hard = [
      'Hội nghị: triển khai "Nghị quyết 03" #1',
      "it's",
      '@mention',
      '`code`',
      '[a, b]',
      '{a: b}',
      '&anchor',
      '*alias',
      '!tag',
      '|',
      '>',
      '%directive',
      '? key',
      'on',
      'OFF',
      '~',
      '0x1F',
      '1e3',
      '.5',
      '2021-04-13',
      '12:30',
      'Đà Nẵng – miền Trung',
      'tab\there',
      '\u00a0nbsp',
      'a\r\nb',
      'emoji 🇻🇳',
    ];
    for (const schema of schemas) {
      for (const value of hard) {
        expect(load(`key: ${yamlString(value)}`, { schema })).toEqual({ key: value });
      }
    }
  });

  it('round-trips any string (fast-check) through an independent YAML reader', async () => {
    const { load } = await loadYaml();
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (value) => {
        const nfc = value.normalize('NFC');
        expect(load(`key: ${yamlString(value)}`)).toEqual({ key: nfc });
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 20 }), (value) => {
        const nfc = value.normalize('NFC');
        expect(load(`key: ${yamlString(value)}`)).toEqual({ key: nfc });
      }),
      { numRuns: 2000 },
    );
  });

  it('builds front matter with sequences, dates and left-out fields', async () => {
    const { load } = await loadYaml();
    const text = frontMatter([
      ['title', 'A: B'],
      ['author', undefined],
      ['published', { date: '2021-04-13' }],
      ['tags', ['x y', '#z']],
      ['references', []],
      ['count', 3],
    ]);
    expect(text).toBe(
      '---\ntitle: "A: B"\npublished: 2021-04-13\ntags:\n  - x y\n  - "#z"\nreferences: []\ncount: 3\n---\n',
    );
    const body = text.replace(/^---\n|---\n$/gu, '');
    const parsed = load(body) as Record<string, unknown>;
    expect(parsed.title).toBe('A: B');
    expect(parsed.tags).toEqual(['x y', '#z']);
    expect(() => frontMatter([['bad key', 'x']])).toThrow(/unsafe key/u);
  });
});
