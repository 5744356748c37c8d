/**
 * `findVietnameseDates` skips texts without four consecutive digits before any matching work:
 * that is only exact while every date form needs a four-digit year. A new form without one must
 * change the prefilter, and this test says so.
 */
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
