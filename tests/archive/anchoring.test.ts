import { describe as suite, expect, it } from 'vitest';
import { anchor, describe } from '../../packages/archive/src/anchoring';

const text =
  'Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy quán triệt Nghị quyết 03-NQ/TU.\n\n' +
  'Các địa phương cần xây dựng kế hoạch cụ thể, phân công rõ người, rõ việc, rõ thời gian hoàn thành.\n\n' +
  'Các địa phương cần báo cáo kết quả trước ngày 30/6.';

function rangeOf(haystack: string, quote: string, from = 0): [number, number] {
  const start = haystack.indexOf(quote, from);
  if (start < 0) throw new Error(`"${quote}" not in text`);
  return [start, start + quote.length];
}

suite('describe', () => {
  it('records the quote, 32 characters of context each side and the position', () => {
    const [start, end] = rangeOf(text, 'phân công rõ người');
    const [quote, position] = describe(text, start, end);
    expect(quote.exact).toBe('phân công rõ người');
    expect(quote.prefix).toBe(text.slice(start - 32, start));
    expect(quote.suffix).toBe(text.slice(end, end + 32));
    expect(position).toEqual({ type: 'TextPositionSelector', start, end });
  });

  it('clips context at the text edges and rejects empty or outside ranges', () => {
    const [quote] = describe(text, 0, 3);
    expect(quote.prefix).toBe('');
    expect(() => describe(text, 5, 5)).toThrow(RangeError);
    expect(() => describe(text, -1, 4)).toThrow(RangeError);
    expect(() => describe(text, 0, text.length + 1)).toThrow(RangeError);
  });
});

suite('anchor', () => {
  it('anchors by position when the text is unchanged', () => {
    const [start, end] = rangeOf(text, 'quán triệt Nghị quyết 03-NQ/TU');
    expect(anchor(text, describe(text, start, end))).toEqual({ start, end, method: 'position' });
  });

  it('finds a shifted quote exactly when text was inserted before it', () => {
    const [start, end] = rangeOf(text, 'rõ thời gian hoàn thành');
    const selectors = describe(text, start, end);
    const edited = `Tin cập nhật lúc 10 giờ.\n\n${text}`;
    const [newStart, newEnd] = rangeOf(edited, 'rõ thời gian hoàn thành');
    expect(anchor(edited, selectors)).toEqual({ start: newStart, end: newEnd, method: 'exact' });
  });

  it('tells repeated quotes apart by their context', () => {
    // "Các địa phương cần" occurs twice; highlight the second one.
    const [, firstEnd] = rangeOf(text, 'Các địa phương cần');
    const [start, end] = rangeOf(text, 'Các địa phương cần', firstEnd);
    const selectors = describe(text, start, end);
    const edited = `Mở đầu.\n\n${text}`;
    const [, editedFirstEnd] = rangeOf(edited, 'Các địa phương cần');
    const [expectedStart, expectedEnd] = rangeOf(edited, 'Các địa phương cần', editedFirstEnd);
    expect(anchor(edited, selectors)).toEqual({
      start: expectedStart,
      end: expectedEnd,
      method: 'exact',
    });
  });

  it('anchors fuzzily when the quoted words were edited after a re-save', () => {
    const [start, end] = rangeOf(text, 'xây dựng kế hoạch cụ thể, phân công rõ người, rõ việc');
    const selectors = describe(text, start, end);
    const edited = text.replace('kế hoạch cụ thể', 'kế hoạch chi tiết');
    const result = anchor(edited, selectors);
    expect(result?.method).toBe('fuzzy');
    const [expectedStart, expectedEnd] = rangeOf(
      edited,
      'xây dựng kế hoạch chi tiết, phân công rõ người, rõ việc',
    );
    expect(Math.abs((result?.start ?? -1) - expectedStart)).toBeLessThanOrEqual(1);
    expect(Math.abs((result?.end ?? -1) - expectedEnd)).toBeLessThanOrEqual(1);
  });

  it('returns null (orphaned) when the passage is gone', () => {
    const [start, end] = rangeOf(text, 'phân công rõ người, rõ việc');
    const selectors = describe(text, start, end);
    const rewritten =
      'Bài viết đã được thay thế bằng thông báo mới của Văn phòng Ủy ban nhân dân tỉnh về lịch tiếp công dân.';
    expect(anchor(rewritten, selectors)).toBeNull();
  });

  it('does not anchor a short quote fuzzily without its context', () => {
    const [start, end] = rangeOf(text, '30/6');
    const selectors = describe(text, start, end);
    expect(anchor('Hạn chót là ngày 31/7 năm sau, theo thông báo chung.', selectors)).toBeNull();
  });

  it('keeps working on position alone only for an intact range', () => {
    expect(anchor(text, [{ type: 'TextPositionSelector', start: 0, end: 3 }])).toEqual({
      start: 0,
      end: 3,
      method: 'position',
    });
    expect(anchor('ab', [{ type: 'TextPositionSelector', start: 0, end: 3 }])).toBeNull();
  });
});
