/**
 * UI noise of Vietnamese government portals, as data (source: docs `noise.md` §5, extended with
 * strings seen in the families' templates). Each rule has a name (it appears in `removed[]`),
 * an action and a pattern applied to the NORMALIZED text (NFC, Đ look-alikes fixed, white space
 * collapsed) of the smallest block element or one `<br>`-separated line.
 *
 * Short strings are anchored whole-element matches (`^…$`): `In`, `Lưu`, `Hôm nay` are also
 * ordinary words. JS `\b` is ASCII-only, so word ends are written `(?![\p{L}\p{N}])`.
 */
export type NoiseAction =
  /** Chrome: remove. */
  | 'drop'
  /** A date/byline label: the metadata step parses it, then it is removed. */
  | 'label'
  /** Never text of an image (alt/caption). */
  | 'image-text';

export interface NoiseRule {
  name: string;
  action: NoiseAction;
  pattern: RegExp;
}

export const NOISE_RULES: readonly NoiseRule[] = [
  {
    name: 'font-tools',
    action: 'drop',
    pattern:
      /^(?:(?:xem )?cỡ chữ|(?:tăng|giảm) cỡ chữ|cỡ chữ mặc định|a\s*[-+]?|(?:a\s*[-+]?\s*){2,3}|aa\s*\d*|(?:tăng|giảm) tương phản|đọc bài(?: viết)?|thu nhỏ|mặc định|phóng to|vietnamese (?:male|female)|tự động phát:?|nghe đọc bài(?: viết)?)$/iu,
  },
  {
    name: 'print-share',
    action: 'drop',
    pattern:
      /^(?:\[?(?:in|in bài(?: viết)?|in bài viết này|in ra|bản in|in trang)\]?|(?:gửi|gởi) (?:email|bài viết|e-mail)(?: cho bạn bè)?|e-?mail|chia sẻ:?|thích\s*\d*|lưu|lưu bài viết này|tweet|zalo|facebook|giới thiệu bài viết cho bạn bè|đóng cửa sổ này|sao chép liên kết|copy link|bài viết đã được gửi thành công!?)$/iu,
  },
  {
    name: 'view-counter',
    action: 'drop',
    pattern:
      /^(?:lượt xem\s*:?\s*[\d.,]+|[\d.,]+\s*lượt xem|xem:\s*\d+|số lượt xem\s*:?\s*[\d.,]+)$/iu,
  },
  {
    name: 'related',
    action: 'drop',
    pattern:
      /^(?:tin cùng chuyên mục|tin liên quan|bài viết liên quan|thông tin liên quan|chuyên mục, tin tức liên quan:?|các tin khác:?|các tin đã đưa:?|tin mới hơn|tin cũ hơn|tin khác|những tin mới hơn|những tin cũ hơn|theo dòng sự kiện|liên quan:?|có liên quan|xem tiếp(?:\.\.\.)?|xem thêm:?|đọc thêm:?|có thể bạn quan tâm|video liên quan|quay lại|\[?trở về\]?|xem theo ngày|tin đọc nhiều|tin xem nhiều|tin mới nhất|tin mới|bài viết mới|thêm trong mục này:?)$/iu,
  },
  {
    name: 'related-link-line',
    action: 'drop',
    pattern: /^(?:xem thêm|đọc thêm|tin liên quan|liên quan)\s*[:>»]\s*\S/iu,
  },
  {
    name: 'metadata-label',
    action: 'label',
    pattern:
      /^(?:ngày đăng(?: tin)?|ngay dang|tin đăng ngày|thời gian đăng|đăng ngày|cập nhật(?: lúc)?|ngày cập nhật|người đăng(?: tin)?|người viết|tác giả(?: bài viết)?|nguồn(?: tin)?|tin,? ảnh|tin và ảnh|bài,? ảnh|viết bởi|đăng bởi|tags|từ khóa|từ khoá|thẻ|gắn thẻ|chuyên mục|được đăng trong)\s*:/iu,
  },
  {
    name: 'rating-widget',
    action: 'drop',
    pattern:
      /tổng số điểm (?:của bài viết )?là:?\s*[\d.,]+\s*(?:trong|sau)\s*[\d.,]+\s*(?:đánh giá|lượt xếp hạng)|click để (?:đánh giá|xếp hạng) bài viết|^xếp hạng:\s*[\d.,]+\s*-\s*[\d.,]+\s*phiếu bầu$|^đánh giá bài viết:?(?:\s*\(\d+\))?$|^bài viết (?:rất kém|kém|đạt|tốt|rất tốt)$|điểm trung bình theo thang điểm|xếp hạng của bạn đã được ghi nhận|^đánh giá \d sao$/iu,
  },
  {
    name: 'comments',
    action: 'drop',
    pattern:
      /^(?:ý kiến bạn đọc|bình luận|gửi bình luận(?: của bạn)?|danh sách bình luận|nhập họ tên|nhập bình luận|nhập mã xác thực:?|mã an toàn|mã captcha:?|gửi phản hồi|để lại một bình luận|viết bình luận|họ và tên:?|nội dung:?|sắp xếp theo bình luận (?:mới|cũ)|sắp xếp theo số lượt thích)$|bạn cần đăng nhập với tư cách là/iu,
  },
  {
    name: 'session-login',
    action: 'drop',
    pattern:
      /bạn đã không sử dụng site|bấm vào đây để duy trì trạng thái đăng nhập|thời gian chờ:\s*\d+\s*giây|bạn chưa đăng nhập hệ thống|cảm ơn bạn đã bình luận|trình duyệt của bạn đã tắt chức năng hỗ trợ javascript|bạn đang sử dụng một trình duyệt lỗi thời|chúng tôi đang sử dụng cookie/iu,
  },
  {
    name: 'page-chrome',
    action: 'drop',
    pattern:
      /^(?:skip ribbon commands|skip to main content|chuyển đến nội dung|trang nhất|trang chủ|tìm kiếm(?:\.\.\.)?|đăng nhập|đăng ký|đọc báo in|tải ứng dụng|google news|liên kết web(?:site)?|theo dõi .{2,40} trên(?: google news)?|sơ đồ (?:site|cổng|báo)|english|mục lục(?: bài viết)?|báo cáo nội dung lỗi|page content)$/iu,
  },
  {
    name: 'visitor-counter',
    action: 'drop',
    pattern:
      /^(?:đang truy cập|thành viên online|máy chủ tìm kiếm|khách viếng thăm|hôm nay|hôm qua|tuần này|tuần trước|tháng này|tháng trước|tháng hiện tại|tổng lượt truy cập|tất cả các ngày|bình chọn|kết quả|thống kê truy cập|thăm dò ý kiến)(?:\s*:?\s*[\d.,]+)?$/iu,
  },
  {
    name: 'technical-leak',
    action: 'drop',
    pattern:
      /^\{mvccVersion=|ctCollectionId=|printDoc\.write|document\.body\.removeChild|^leftcenterrightdel$|\{RS:[A-Za-z]+\}|\{LANG[A-Z_]*\.[\w.]+\}|^-->$/u,
  },
  {
    name: 'error-state',
    action: 'drop',
    pattern:
      /^(?:bài viết ngừng xuất bản|bài viết đã bị gỡ\.?|không có bài viết với định danh trên|chú ý: bài viết này chưa được xuất bản.*)$/iu,
  },
  {
    name: 'caption-placeholder',
    action: 'image-text',
    pattern: /^\[?nhập chú thích\]?$|^xem file ở chế độ toàn màn hình$|^bấm để xem ảnh lớn$/iu,
  },
  {
    name: 'hex-image-name',
    action: 'image-text',
    // Case-sensitive: Zalo names are lower-case hex.
    pattern: /^[0-9a-f]{20}$/,
  },
  {
    name: 'file-name',
    action: 'image-text',
    pattern: /^[\p{L}\p{N}_.-]+\.(?:jpe?g|png|gif|webp|bmp|tiff?)$/iu,
  },
];

/** Strings glued in front of real text by editor bugs: strip the prefix, keep the rest. */
export const NOISE_PREFIXES: readonly { name: string; pattern: RegExp }[] = [
  { name: 'ckeditor-toolbar-leak', pattern: /^leftcenterrightdel\s*/u },
];

/** A sapo source tag: `(ĐCSVN) -`, `(Chinhphu.vn) –`, `NDĐT -`. Kept in the lead. */
export const LEAD_SOURCE_TAG = /^\(?([\p{L}\p{N}.]{2,20})\)?\s*[-–]\s*/u;

/**
 * Site-footer prose (contact block, licence, copyright): long enough to look like an article
 * paragraph, never one. Used when deciding whether a page has any article prose at all.
 */
export const FOOTER_PROSE =
  /cơ quan chủ quản|giấy phép (?:thiết lập|số)|bản quyền|chịu trách nhiệm (?:chính|nội dung)|ghi rõ nguồn|điện thoại\s*:|địa chỉ\s*:|e-?mail\s*:|fax\s*:|powered by|thiết kế bởi/iu;

/** Separators allowed between tool links on one line (`In | Email`, `[In trang] [Trở về]`). */
export const TOOL_SEPARATORS = /^[\s|/\\·•,;:»>\-–—[\]()]*$/u;
