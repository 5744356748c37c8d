/**
 * UI noise in plain-text extractions, as data: one rule per kind of line, matched against the
 * whole normalized line (NFC, Đ fixed, spaces collapsed). Sources: noise.md §1–§3 and §5, K2's
 * language strings (cms-families.md §7). Short strings are anchored (`^…$`): "In", "Lưu",
 * "Hôm nay" are also ordinary words. JS `\b` is ASCII-only, so word ends are `(?![\p{L}\p{N}])`.
 *
 * These rules live here until the shared HTML-side catalogue in `core/src/noise/` lands; the
 * patterns follow noise.md §5 so the two can be merged without changing behaviour.
 */

/** What a matching line means for the pipeline. */
export type LineAction =
  /** UI chrome: drop the line. */
  | 'drop'
  /** Drop only after the article ended (or before its title): real prose may look like it. */
  | 'drop-outside-body'
  /** Heading of a related/other-news list: drop it and the headline items that follow. */
  | 'related-heading'
  /** "File đính kèm": drop; the attachment lines that follow are parsed. */
  | 'attachments-heading'
  /** "Mục lục": drop it and the table-of-contents lines that repeat later headings. */
  | 'toc-heading'
  /** A photo file name (20-hex Zalo name, `x.jpg`): drop; the next short line may be its caption. */
  | 'image-marker';

export interface LineRule {
  rule: string;
  action: LineAction;
  pattern: RegExp;
  /** A line that is certainly after the article body (ratings, session bar, comments). */
  endsArticle?: boolean;
}

export const TEXT_LINE_RULES: readonly LineRule[] = [
  {
    rule: 'noise:session-bar',
    action: 'drop',
    endsArticle: true,
    pattern:
      /bạn đã không sử dụng site|bấm vào đây để duy trì trạng thái đăng nhập|thời gian chờ:\s*\d+\s*giây|bạn chưa đăng nhập hệ thống|cảm ơn bạn đã bình luận/iu,
  },
  {
    rule: 'noise:rating',
    action: 'drop',
    endsArticle: true,
    pattern:
      /tổng số điểm (?:của bài viết )?là:?\s*[\d.,]+\s*(?:trong|sau)\s*[\d.,]+\s*(?:đánh giá|lượt xếp hạng)|click để (?:đánh giá|xếp hạng) bài viết|^xếp hạng:\s*[\d.,]+\s*-\s*[\d.,]+\s*phiếu bầu$|^đánh giá bài viết:?(?:\s*\(\d+\))?$|^bài viết (?:rất kém|kém|đạt|tốt|rất tốt)$|điểm trung bình theo thang điểm|^xếp hạng của bạn đã được ghi nhận$|^\(?\d+ phiếu(?: bầu)?\)?$/iu,
  },
  {
    rule: 'noise:comments',
    action: 'drop',
    endsArticle: true,
    pattern:
      /^(?:ý kiến bạn đọc|bình luận|gửi bình luận(?: của bạn)?|danh sách bình luận|nhập họ tên|nhập bình luận|nhập mã xác thực:?|mã an toàn|mã captcha:?|gửi phản hồi|sắp xếp theo (?:bình luận mới|bình luận cũ|số lượt thích))$|^bạn cần đăng nhập với tư cách là/iu,
  },
  {
    rule: 'noise:error-report',
    action: 'drop',
    endsArticle: true,
    pattern: /^(?:báo cáo nội dung lỗi|đoạn văn bản lỗi|đoạn văn bản đề xuất thay thế)$/iu,
  },
  {
    rule: 'noise:theme-switch',
    action: 'drop',
    pattern:
      /^(?:chế độ giao diện đang hiển thị.*|chuyển giao diện(?:\s*:.*)?|click để chuyển sang giao diện.*)$/iu,
  },
  {
    rule: 'noise:browser-notice',
    action: 'drop',
    pattern:
      /^(?:trình duyệt của bạn đã tắt chức năng hỗ trợ javascript|bạn đang sử dụng một trình duyệt lỗi thời|chúng tôi đang sử dụng cookie)/iu,
  },
  {
    rule: 'noise:font-tools',
    action: 'drop',
    pattern:
      /^(?:(?:xem )?cỡ chữ|(?:tăng|giảm) cỡ chữ|cỡ chữ mặc định|a\s*[-+]?|aa\s*\d*|(?:tăng|giảm) tương phản|đọc bài(?: viết)?|thu nhỏ|mặc định|phóng to|vietnamese (?:male|female))$/iu,
  },
  {
    rule: 'noise:print-share',
    action: 'drop',
    pattern:
      /^(?:in|in bài(?: viết)?|in bài viết này|in ra|bản in|in trang|\[in trang\]|(?:gửi|gởi) (?:email|e-mail|bài viết)(?: cho bạn bè| qua email)?|e-?mail|chia sẻ|thích\s*\d*|lưu|lưu bài viết này|tweet|giới thiệu bài viết cho bạn bè|đóng cửa sổ này|url của bản tin này:.*)$/iu,
  },
  {
    rule: 'noise:view-counter',
    action: 'drop',
    pattern:
      /^(?:lượt xem\s*:?\s*[\d.,]+|[\d.,]+\s*lượt xem|xem:\s*[\d.,]+|lượt truy cập\s*:?\s*[\d.,]+)$/iu,
  },
  {
    rule: 'noise:visitor-stats',
    action: 'drop',
    pattern:
      /^(?:đang truy cập|thành viên online|máy chủ tìm kiếm|khách viếng thăm|hôm nay|hôm qua|tuần này|tuần trước|tháng này|tháng trước|tháng hiện tại|tổng lượt truy cập|tất cả các ngày|bình chọn|kết quả|thống kê truy cập|thăm dò ý kiến)(?:\s*:?\s*[\d.,]+)?$/iu,
  },
  {
    rule: 'noise:site-chrome',
    action: 'drop',
    pattern:
      /^(?:skip ribbon commands|skip to main content|trang nhất|trang chủ|tìm kiếm(?:\.\.\.)?|đăng nhập|đăng ký|đọc báo in|tải ứng dụng|google news|liên kết web|sơ đồ (?:site|trang|báo)|theo dõi .{2,60} trên(?: google news)?)$/iu,
  },
  {
    rule: 'noise:today-date',
    action: 'drop',
    pattern:
      /^hôm nay\s*,?\s*(?:là\s*)?(?:thứ\s+\p{L}+\s*,?\s*)?(?:ngày\s*)?\d{1,2}(?:\s*tháng\s*|[/.-])\d{1,2}.*\d{4}$/iu,
  },
  {
    rule: 'noise:joomla-k2-navigation',
    action: 'drop',
    pattern: /^(?:«\s*bài trước|bài sau\s*»|được đăng trong(?:\s.*)?|viết bởi)$/iu,
  },
  {
    rule: 'noise:more-link',
    action: 'drop',
    pattern:
      /^(?:xem tiếp(?:\.\.\.)?|xem thêm|đọc thêm|quay lại|\[trở về\]|trở về|xem theo ngày|xem tất cả|về đầu trang)$/iu,
  },
  {
    rule: 'noise:related-item-date',
    action: 'drop',
    pattern: /^\(\d{1,2}\/\d{1,2}\/\d{4}(?:\s+\d{1,2}:\d{2})?\)$/u,
  },
  {
    rule: 'noise:close-button',
    action: 'drop',
    pattern: /^(?:[×✕✖]|đóng|close)$/iu,
  },
  {
    rule: 'noise:caption-placeholder',
    action: 'drop',
    pattern: /^\[nhập chú thích\]$/iu,
  },
  {
    rule: 'noise:technical-leak',
    action: 'drop',
    pattern:
      /^\{mvccVersion=|ctCollectionId=|printDoc\.write|document\.body\.removeChild|\{RS:[A-Za-z]+\}|\{LANG[A-Z_.]*\}/u,
  },
  {
    rule: 'noise:footer',
    action: 'drop-outside-body',
    pattern:
      /^(?:©|bản quyền (?:thuộc|©)|copyright|cơ quan chủ quản\s*:|ghi rõ nguồn|chịu trách nhiệm xuất bản|trưởng ban biên tập\s*:|chịu trách nhiệm (?:chính|nội dung)?\s*:|giấy phép (?:số|thiết lập)|powered by|thiết kế bởi|(?:điện thoại|đt|tel)\s*:.*(?:fax|e-?mail)|địa chỉ\s*:.*(?:điện thoại|fax|e-?mail))/iu,
  },
  {
    rule: 'noise:related-link-line',
    action: 'drop',
    pattern:
      /^(?:xem thêm|đọc thêm|tin liên quan|liên quan|thêm trong mục này|các tin khác|tin khác)\s*[:>»]\s*\S/iu,
  },
  {
    // Hidden schema.org spans and meta values printed as text: URLs and ISO timestamps.
    rule: 'noise:schema-leak',
    action: 'drop',
    pattern:
      /^(?:(?:https?:\/\/\S+|\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:[+-]\d{2}:?\d{2}|Z)?)\s*)+$|^(?:[\p{L}\p{N}.,&-]+\s+){0,8}https?:\/\/\S+\.(?:png|jpe?g|gif|svg|webp)\s*$/iu,
  },
  {
    // Star widgets and counters flattened to bare numbers (`1`, `5`, `1 5 4 7 0 5 5`).
    rule: 'noise:number-only',
    action: 'drop-outside-body',
    pattern: /^[\d\s.,:()/|-]{1,24}$/u,
  },
  {
    rule: 'noise:tags-heading',
    action: 'related-heading',
    pattern: /^(?:gắn thẻ|thẻ|tags?|từ khóa|từ khoá)\s*:?$/iu,
  },
  {
    rule: 'noise:related-list',
    action: 'related-heading',
    pattern:
      /^(?:tin cùng chuyên mục|tin liên quan|bài viết liên quan|thông tin liên quan|chuyên mục, tin tức liên quan:?|các tin khác:?|tin mới hơn|tin cũ hơn|tin khác|những tin mới hơn|những tin cũ hơn|theo dòng sự kiện|liên quan:?|có thể bạn quan tâm|video liên quan|thêm trong mục này:?|các tin đã đưa|tin đã đưa|tin mới|tin xem nhiều|bài đọc nhiều)$/iu,
  },
  {
    rule: 'noise:attachments-heading',
    action: 'attachments-heading',
    pattern: /^(?:file|tập tin|tài liệu|văn bản|tệp) đính kèm:?$/iu,
  },
  {
    rule: 'noise:table-of-contents',
    action: 'toc-heading',
    pattern: /^mục lục(?: bài viết)?:?$/iu,
  },
  {
    rule: 'image:hex-file-name',
    action: 'image-marker',
    // Case-sensitive: Zalo and NukeViet auto-alt names are lower-case hex.
    pattern: /^[0-9a-f]{20}$/u,
  },
  {
    rule: 'image:file-name',
    action: 'image-marker',
    pattern: /^[\p{L}\p{N}_.-]+\.(?:jpe?g|png|gif|webp|bmp)$/iu,
  },
];

/** `Tập tin 1: x.pdf`, `Tập tin : x.pdf` (NukeViet), or a bare document file name under "File đính kèm". */
export const ATTACHMENT_LINE = /^(?:tập tin|file|tệp)(?:\s*\d+)?\s*:\s*(?<name>\S.*)$/iu;
export const DOCUMENT_FILE_NAME =
  /^(?<name>[\p{L}\p{N}_.() -]+\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|rtf|txt|zip|rar|7z))$/iu;

/** Byline labels (noise.md §1, §3G; K2 `Viết bởi`). The value must be short: a name, not prose. */
export const AUTHOR_LINE =
  /^(?:tác giả(?: bài viết)?\s*:|viết bởi\s*:?|người (?:đăng tin|viết|đăng)\s*:|tin,? ảnh\s*:|bài,? ảnh\s*:|tin và ảnh\s*:|bài và ảnh\s*:|phóng viên\s*:)\s*(?<value>\S.{0,79})$/iu;
/** `Đăng vào 16/06/2023 bởi Ngọc Trâm`, `Posted on … by …`: date and byline on one line. */
export const POSTED_BY_LINE =
  /^(?:đăng|viết|cập nhật|posted)(?: vào| lúc| ngày| on)?\s+.{0,60}?\s(?:bởi|by)\s+(?<value>\p{Lu}[^.:;!?]{1,60})$/iu;
export const SOURCE_LINE = /^nguồn(?: tin)?\s*:\s*(?<value>\S.{0,119})$/iu;
export const TAGS_LINE = /^(?:tags?|từ khóa|từ khoá)\s*:\s*(?<value>.*)$/iu;

/** Sapo source tags (`(ĐCSVN) -`, `(Chinhphu.vn) -`, `NDĐT -`): a paragraph that starts with one is the lead. */
export const SAPO_SOURCE_TAG =
  /^\(\s*[\p{L}\p{N}.&]{2,24}\s*\)\s*[-–—]\s*\S|^[\p{Lu}\p{N}.]{3,12}\s+[-–—]\s+\S/u;

/** A photo credit inside a caption (`Ảnh: QH`, `- Ảnh: NLĐT`, `(Ảnh: … /TTXVN)`). */
export const PHOTO_CREDIT = /(?:^|[\s.\-–(])ảnh\s*:\s*\S[^.]{0,60}\)?\.?$/iu;

/** A breadcrumb row: `Trang chủ > Tin tức > …`, `Trang chủ    Tin tức    …` (spaced tab stops). */
export const BREADCRUMB = /^(?:trang chủ|trang nhất|home)(?:\s*[>»›/|]\s*|\s{2,})(?<rest>.+)$/iu;
export const BREADCRUMB_SEPARATOR = /\s*[>»›|]\s*|\s{2,}/u;

/**
 * Metadata labels that portals print side by side on one row (`Người đăng tin: X Ngày đăng tin:
 * 06/12/2024 Lượt xem: 2318`). A line that starts with one is cut before each further label.
 */
export const METADATA_LABEL =
  /(?:người đăng tin|người đăng|ngày đăng tin|ngày đăng|tin đăng ngày|thời gian đăng|ngày cập nhật|cập nhật|lượt xem|số lượt xem|tác giả(?: bài viết)?|nguồn tin|nguồn)\s*:/giu;

/**
 * A byline can be an office instead of a person (`Phòng Tư pháp`, `Ban Biên tập`, `Chi cục Chăn
 * nuôi và Thú y`): short lines that start with the name of a kind of public body.
 */
export const BYLINE_ORGANIZATION =
  /^(?:phòng|ban(?! hành)|sở|chi cục|cục|tổng cục|văn phòng|trung tâm|ủy ban|uỷ ban|ubnd|hđnd|ubmttq|hội (?:liên hiệp|nông dân|cựu chiến binh|phụ nữ|chữ thập đỏ|luật gia|người cao tuổi|khuyến học|nhà báo|văn học)|huyện đoàn|tỉnh đoàn|thành đoàn|đoàn thanh niên|trường (?:chính trị|đại học|cao đẳng|trung cấp|thpt|thcs|tiểu học|mầm non)|báo(?! cáo)|đài|huyện ủy|huyện uỷ|tỉnh ủy|tỉnh uỷ|thành ủy|thành uỷ|đảng ủy|đảng uỷ|liên hiệp|liên đoàn|mặt trận|công an|viện|bệnh viện|kho bạc|cổng thông tin|trang thông tin|nhóm phóng viên|phóng viên)\s+\S/iu;
