/**
 * `findVietnameseDates` skips texts without four consecutive digits before any matching work:
 * that is only exact while every date form needs a four-digit year. A new form without one must
 * change the prefilter, and this test says so.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATE_FORMATS } from '../../packages/core/src/dates/date-formats';
import { findVietnameseDates } from '../../packages/core/src/dates/parse-date';

describe('the four-digit prefilter of findVietnameseDates', () => {
  it('holds for every date form: each names a four-digit year', () => {
    for (const format of DATE_FORMATS)
      expect(format.pattern, format.name).toContain('(?<y>\\d{4})');
  });

  it('still finds dates whose year is the only four-digit run, and nothing without one', () => {
    expect(findVietnameseDates('Cập nhật 13/4/2021 09:30')).toHaveLength(1);
    expect(findVietnameseDates('ngày 5 tháng 6 năm 2024')).toHaveLength(1);
    expect(findVietnameseDates('13/4/21 và 5 tháng 6')).toEqual([]);
  });
});

/** Characters every date form is made of, so random texts often hold (near-)dates. */
const DATE_ALPHABET = [
  ...'0123456789',
  ...' /.-|:,()+',
  ...'\u00a0\t',
  'tháng ',
  'Tháng ',
  'THÁNG ',
  'năm ',
  'ngày ',
  'giờ',
  'h',
  'Thứ năm, ',
  'lúc ',
  'SA',
  'PM',
  'GMT',
  'ICT',
  'T',
  'Z',
  'Sun ',
  'Jul ',
  'Mon ',
  'dec ',
];

/** Random texts of date pieces, and the forms' examples with a random stretch replaced. */
const dateLikeText = fc.oneof(
  fc.array(fc.constantFrom(...DATE_ALPHABET), { maxLength: 14 }).map((parts) => parts.join('')),
  fc
    .tuple(
      fc.constantFrom(...DATE_FORMATS.map((format) => format.example.text)),
      fc.nat(),
      fc.nat(),
      fc.array(fc.constantFrom(...DATE_ALPHABET), { maxLength: 3 }),
    )
    .map(([example, a, b, parts]) => {
      const from = a % (example.length + 1);
      const to = from + (b % 4);
      return example.slice(0, from) + parts.join('') + example.slice(to);
    }),
);

describe('the per-form `requires` prefilters of findVietnameseDates', () => {
  const forms = DATE_FORMATS.map((format) => ({
    format,
    pattern: new RegExp(format.pattern, 'giu'),
    requires: format.requires.map((source) => new RegExp(source, 'iu')),
  }));

  it("hold for each form's example", () => {
    for (const { format, requires } of forms)
      for (const required of requires)
        expect(required.test(format.example.text), format.name).toBe(true);
  });

  it('hold for every text a form matches (a skipped form could not have matched)', () => {
    fc.assert(
      fc.property(dateLikeText, (sample) => {
        for (const { format, pattern, requires } of forms) {
          pattern.lastIndex = 0;
          if (!pattern.test(sample)) continue;
          for (const required of requires)
            expect(required.test(sample), `${format.name}: ${JSON.stringify(sample)}`).toBe(true);
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('the property above sees matches of every form (the generator is not vacuous)', () => {
    const samples = fc.sample(dateLikeText, { numRuns: 5000, seed: 7 });
    for (const { format, pattern } of forms) {
      const matched = samples.filter((sample) => {
        pattern.lastIndex = 0;
        return pattern.test(sample);
      }).length;
      expect(matched, format.name).toBeGreaterThan(20);
    }
  });
});
