import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATE_FORMATS, URL_DATE_FORMATS } from '../../packages/core/src/dates/date-formats';
import {
  findVietnameseDates,
  parseDateFromUrl,
  parseDateLine,
  parseVietnameseDate,
  toIsoVietnam,
  zoneOffsetMinutes,
} from '../../packages/core/src/dates/parse-date';

describe('DATE_FORMATS: every form parses its own example with that form', () => {
  for (const format of DATE_FORMATS) {
    it(`${format.name}: ${format.example.text}`, () => {
      const parsed = parseVietnameseDate(format.example.text);
      expect(parsed?.iso).toBe(format.example.iso);
      expect(parsed?.format).toBe(format.name);
    });
  }
});

describe('URL_DATE_FORMATS: every URL form parses its own example', () => {
  for (const format of URL_DATE_FORMATS) {
    it(`${format.name}: ${format.example.url}`, () => {
      const parsed = parseDateFromUrl(format.example.url);
      expect(parsed?.iso).toBe(format.example.iso);
      expect(parsed?.format).toBe(`url:${format.name}`);
    });
  }
});

describe('parseVietnameseDate: forms seen on portals', () => {
  const cases: [string, string][] = [
    ['Thứ năm - 04/01/2024 09:52', '2024-01-04T09:52+07:00'],
    ['Thứ Sáu, 04/01/2024 09:52 (GMT+7)', '2024-01-04T09:52+07:00'],
    ['ngày 4 tháng 1 năm 2024', '2024-01-04'],
    ['04-01-2024', '2024-01-04'],
    ['04.01.2024', '2024-01-04'],
    ['12 Tháng 9 2024 08:30', '2024-09-12T08:30+07:00'],
    ['20/05/2024 04:45:00 PM', '2024-05-20T16:45+07:00'],
    ['22/08/2023 06:37:04 AM', '2023-08-22T06:37+07:00'],
    ['01/03/2024 12:05 AM', '2024-03-01T00:05+07:00'],
    ['09:59 | 30/05/2025', '2025-05-30T09:59+07:00'],
    ['14:26, 24/10/2024', '2024-10-24T14:26+07:00'],
    ['Thứ sáu: 15:00 ngày 09/02/2024', '2024-02-09T15:00+07:00'],
    ['Thứ Ba, ngày 17/02/2026 03:15', '2026-02-17T03:15+07:00'],
    ['Thứ Năm, 26/2/2026, 7:44 (GMT+7)', '2026-02-26T07:44+07:00'],
    ['Chủ nhật, 6/2/2020', '2020-02-06'],
    ['Ngay dang: 6/05/2013', '2013-05-06'],
    ['08 | 04 | 2024', '2024-04-08'],
    ['29.12.2023', '2023-12-29'],
    ['2023-06-16T02:12:40+00:00', '2023-06-16T09:12+07:00'],
    ['2023-06-16T23:30:00Z', '2023-06-17T06:30+07:00'],
    ['2024-05-31T09:59:00+07:00', '2024-05-31T09:59+07:00'],
    ['2024-05-31T09:59:00-05:00', '2024-05-31T21:59+07:00'],
    ['2024-05-31', '2024-05-31'],
    ['2024-11-18+0720:29:00', '2024-11-18T20:29+07:00'],
    ['createDate=Sun Jul 20 20:44:06 ICT 2025', '2025-07-20T20:44+07:00'],
    ['lúc 9h30 ngày 12/5/2024', '2024-05-12T09:30+07:00'],
  ];
  for (const [text, iso] of cases) {
    it(text, () => expect(parseVietnameseDate(text)?.iso).toBe(iso));
  }

  it('takes exactly two minute digits when the hit counter is glued to the time', () => {
    expect(parseVietnameseDate('Thứ năm - 13/02/2025 07:451650')?.iso).toBe(
      '2025-02-13T07:45+07:00',
    );
    expect(parseVietnameseDate('Thứ ba - 26/03/2024 20:29 14 0')?.iso).toBe(
      '2024-03-26T20:29+07:00',
    );
  });

  it('is day-first always', () => {
    expect(parseVietnameseDate('03/04/2024')?.iso).toBe('2024-04-03');
    expect(parseVietnameseDate('12/01/2024')).toMatchObject({ month: 1, day: 12 });
  });

  it('rejects impossible dates, ratios and partial dates', () => {
    for (const text of [
      '31/02/2024',
      '29/02/2023',
      '32/01/2024',
      '15/13/2024',
      'tỷ lệ 3/4 số xã',
      'đạt 9/10 tiêu chí',
      'tháng 12/2024',
      'năm học 2024 - 2025',
      'Điều 5',
    ]) {
      expect(parseVietnameseDate(text), text).toBeNull();
    }
    expect(parseVietnameseDate('29/02/2024')?.iso).toBe('2024-02-29');
  });

  it('does not read a clause number and a count as a time', () => {
    expect(parseVietnameseDate('khoản 2: 15 ngày 20/5/2024')?.iso).toBe('2024-05-20');
  });

  it('keeps the date when the time next to it is impossible', () => {
    expect(parseVietnameseDate('04/01/2024 25:99')?.iso).toBe('2024-01-04');
  });

  it('reports UTF-16 offsets into the original text, also for NFD, NBSP and Ð input', () => {
    const nfd = 'Đăng: Thứ năm - 04/01/2024 09:52 xong'.normalize('NFD');
    const parsed = parseVietnameseDate(nfd);
    expect(parsed?.iso).toBe('2024-01-04T09:52+07:00');
    expect(nfd.slice(parsed?.start, parsed?.end).normalize('NFC')).toBe(
      'Thứ năm - 04/01/2024 09:52',
    );
    const nbsp = 'Ngày\u00a004/01/2024\u00a009:52';
    expect(parseVietnameseDate(nbsp)).toMatchObject({ iso: '2024-01-04T09:52+07:00', start: 0 });
  });

  it('finds every date in a sentence, in order', () => {
    const dates = findVietnameseDates('Từ ngày 01/8/2024 đến 15:00 ngày 05/8/2024, và 2024-09-01.');
    expect(dates.map((date) => date.iso)).toEqual([
      '2024-08-01',
      '2024-08-05T15:00+07:00',
      '2024-09-01',
    ]);
  });
});

describe('parseDateLine: only lines that are nothing but a date', () => {
  it('accepts labels, weekdays and counters around the date', () => {
    expect(parseDateLine('Ngày đăng tin: 06/12/2024')?.iso).toBe('2024-12-06');
    expect(parseDateLine('Cập nhật: 16/11/2024 | 245')?.iso).toBe('2024-11-16');
    expect(parseDateLine('Tin đăng ngày: 2/6/2024 - Xem: 92')?.iso).toBe('2024-06-02');
    expect(parseDateLine('Thời gian đăng: 22/08/2024 06:37:04 AM')?.iso).toBe(
      '2024-08-22T06:37+07:00',
    );
    expect(parseDateLine('24/06/2025 15:08')?.iso).toBe('2025-06-24T15:08+07:00');
    expect(parseDateLine('11/09/2024 | Lượt xem: 1520')?.iso).toBe('2024-09-11');
  });

  it('refuses lines with anything else on them', () => {
    expect(parseDateLine('Hôm nay, ngày 30 tháng 5 năm 2025')).toBeNull();
    expect(parseDateLine('Sáng ngày 04/01/2024, Ban Dân vận tổ chức hội nghị')).toBeNull();
    expect(parseDateLine('VĂN HÀO - TRẦN HỮU 30/04/2016 11:39')).toBeNull();
    expect(parseDateLine('Từ 01/8/2024 đến 05/8/2024')).toBeNull();
  });
});

describe('parseDateFromUrl', () => {
  it('reads URL date forms', () => {
    expect(parseDateFromUrl('https://a.gov.vn/portal/Pages/2020-5-29/Slug-1234.aspx')?.iso).toBe(
      '2020-05-29',
    );
    expect(parseDateFromUrl('https://a.gov.vn/2024/05/20/slug/')?.iso).toBe('2024-05-20');
    expect(parseDateFromUrl('https://a.vn/slug-102240425094504794.htm')?.iso).toBe(
      '2024-04-25T09:45+07:00',
    );
    expect(
      parseDateFromUrl('https://a.gov.vn/chi-tiet.aspx?url=%2Fslug-20241003083820222.htm')?.iso,
    ).toBe('2024-10-03T08:38+07:00');
  });

  it('finds nothing in URLs without a date, and rejects impossible ones', () => {
    expect(parseDateFromUrl('https://a.gov.vn/news/tin-tuc/slug-2417.html')).toBeNull();
    expect(parseDateFromUrl('https://a.gov.vn/uploads/news/2024_05/x.jpg')).toBeNull();
    expect(parseDateFromUrl('https://a.gov.vn/portal/Pages/2024-2-31/Slug.aspx')).toBeNull();
  });
});

describe('toIsoVietnam and zoneOffsetMinutes', () => {
  it('formats and validates components', () => {
    expect(toIsoVietnam(2024, 1, 4, 9, 52)).toBe('2024-01-04T09:52+07:00');
    expect(toIsoVietnam(2024, 1, 4)).toBe('2024-01-04');
    expect(toIsoVietnam(2024, 2, 30)).toBeNull();
    expect(toIsoVietnam(2024, 1, 4, 24, 0)).toBeNull();
  });

  it('reads zone offsets', () => {
    expect(zoneOffsetMinutes('+07:00')).toBe(420);
    expect(zoneOffsetMinutes('-0530')).toBe(-330);
    expect(zoneOffsetMinutes('Z')).toBe(0);
    expect(zoneOffsetMinutes('ICT')).toBe(420);
    expect(zoneOffsetMinutes('XYZ')).toBeNull();
  });
});

describe('parseVietnameseDate: properties', () => {
  const dateTime = fc
    .record({
      year: fc.integer({ min: 1990, max: 2090 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }),
      hour: fc.integer({ min: 0, max: 23 }),
      minute: fc.integer({ min: 0, max: 59 }),
    })
    .map((parts) => ({
      ...parts,
      iso: toIsoVietnam(parts.year, parts.month, parts.day, parts.hour, parts.minute),
    }));
  const pad = (value: number) => String(value).padStart(2, '0');
  const weekdays = ['Thứ hai', 'Thứ Ba', 'thứ tư', 'Thứ Năm', 'THỨ SÁU', 'Thứ bảy', 'Chủ nhật', ''];

  it('reads every printed form of one moment as the same ISO value', () => {
    fc.assert(
      fc.property(
        dateTime,
        fc.constantFrom(...weekdays),
        fc.nat({ max: 9999 }),
        (t, weekday, hits) => {
          const d = `${pad(t.day)}/${pad(t.month)}/${t.year}`;
          const time = `${pad(t.hour)}:${pad(t.minute)}`;
          const prefix = weekday ? `${weekday} - ` : '';
          const forms = [
            `${prefix}${d} ${time}`,
            `${prefix}${d} ${time}${hits}`,
            `${time} | ${d}`,
            `${t.day}-${t.month}-${t.year} ${time}`,
            `${t.day}.${t.month}.${t.year}, ${time} (GMT+7)`,
            `ngày ${t.day} tháng ${t.month} năm ${t.year} lúc ${time}`,
            `${t.year}-${pad(t.month)}-${pad(t.day)}T${time}:00+07:00`,
          ];
          for (const form of forms) expect(parseVietnameseDate(form)?.iso, form).toBe(t.iso);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('converts a UTC instant to the same Vietnam time as +07:00', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2090, 0, 1) }), (ms) => {
        const utc = new Date(ms);
        const vietnam = new Date(ms + 7 * 3600_000);
        const iso = `${utc.getUTCFullYear()}-${pad(utc.getUTCMonth() + 1)}-${pad(utc.getUTCDate())}T${pad(utc.getUTCHours())}:${pad(utc.getUTCMinutes())}:00Z`;
        expect(parseVietnameseDate(iso)?.iso).toBe(
          toIsoVietnam(
            vietnam.getUTCFullYear(),
            vietnam.getUTCMonth() + 1,
            vietnam.getUTCDate(),
            vietnam.getUTCHours(),
            vietnam.getUTCMinutes(),
          ),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('never accepts an impossible day of a month', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1990, max: 2090 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 29, max: 35 }),
        (year, month, day) => {
          const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
          const parsed = parseVietnameseDate(`${day}/${month}/${year}`);
          expect(parsed === null).toBe(day > daysInMonth);
        },
      ),
      { numRuns: 200 },
    );
  });
});
