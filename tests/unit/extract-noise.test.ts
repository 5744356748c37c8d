import { describe, expect, it } from 'vitest';
import {
  isJunkImageText,
  matchNoise,
  matchToolRow,
} from '../../packages/core/src/noise/match-noise';

describe('noise rules (whole-element matches on normalized text)', () => {
  it.each([
    ['Tổng số điểm của bài viết là: 5 trong 1 đánh giá', 'rating-widget'],
    ['Xếp hạng: 4.5 - 2 phiếu bầu', 'rating-widget'],
    ['ĐÁNH GIÁ BÀI VIẾT', 'rating-widget'],
    ['bài viết rất tốt', 'rating-widget'],
    [
      'Bạn đã không sử dụng Site, Bấm vào đây để duy trì trạng thái đăng nhập. Thời gian chờ: 60 giây',
      'session-login',
    ],
    ['Bạn đã không sử dụng site, …', 'session-login'],
    ['Xem cỡ chữ', 'font-tools'],
    ['A- A A+', 'font-tools'],
    ['Vietnamese Male', 'font-tools'],
    ['In bài viết', 'print-share'],
    ['[In trang]', 'print-share'],
    ['Gởi bài viết', 'print-share'],
    ['Lượt xem: 1.274', 'view-counter'],
    ['1520 Lượt xem', 'view-counter'],
    ['Những tin cũ hơn', 'related'],
    ['Tin cùng chuyên mục', 'related'],
    ['Xem thêm: Krông Sa thêm 2 xã đạt chuẩn', 'related-link-line'],
    ['Ý kiến bạn đọc', 'comments'],
    ['Skip Ribbon Commands', 'page-chrome'],
    ['Trang chủ', 'page-chrome'],
    ['Tổng lượt truy cập', 'visitor-counter'],
    ['{mvccVersion=3, ctCollectionId=0, uuid=5c1f0e2a', 'technical-leak'],
    ['Bài viết đã bị gỡ.', 'error-state'],
    ['Tác giả bài viết: Thanh Tâm', 'metadata-label'],
    ['Ngày đăng tin: 06/12/2024', 'metadata-label'],
    ['Nguồn tin: Báo Hà Phong', 'metadata-label'],
    ['Ðang\u00A0truy cập', 'visitor-counter'],
  ])('%s → %s', (text, rule) => {
    expect(matchNoise(text)?.name).toBe(rule);
  });

  it.each([
    'In ấn tài liệu phục vụ hội nghị',
    'Lưu ý khi tham gia giao thông',
    'Tin liên quan đến vụ việc được xác minh.',
    'Hôm nay, tỉnh tổ chức hội nghị',
    'Trang chủ của Đảng bộ tỉnh đã đưa tin',
    'Tác giả của công trình này là ông A',
    'Kết quả sản xuất năm 2024 tăng 7%',
    'Chia sẻ kinh nghiệm xây dựng nông thôn mới',
    'Bình luận của báo chí quốc tế về sự kiện',
  ])('keeps real prose: %s', (text) => {
    expect(matchNoise(text)).toBeNull();
  });

  it('image text: 20-hex names, file names, placeholders and the title are junk', () => {
    expect(isJunkImageText('ce455afda28f09d1509e')).toBe(true);
    expect(isJunkImageText('skb1.jpg')).toBe(true);
    expect(isJunkImageText('[nhập chú thích]')).toBe(true);
    expect(isJunkImageText('Tiêu đề bài', 'Tiêu đề bài')).toBe(true);
    expect(isJunkImageText('CE455AFDA28F09D1509E')).toBe(false);
    expect(isJunkImageText('Đại biểu dự hội nghị tại điểm cầu tỉnh.')).toBe(false);
  });

  it('tool rows: every link is noise and only separators remain', () => {
    expect(matchToolRow(['In bài viết', 'Quay lại'], '|')?.name).toBe('print-share');
    expect(matchToolRow(['Bản in', 'Gởi bài viết', '[Trở về]'], '')).not.toBeNull();
    expect(matchToolRow(['In bài viết', 'Nghị quyết 18'], '|')).toBeNull();
    expect(matchToolRow(['In bài viết'], 'và một câu thật')).toBeNull();
  });
});
