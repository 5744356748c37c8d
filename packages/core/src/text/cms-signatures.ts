import type { CmsFamily } from '../types';

/**
 * Guessing the CMS of a plain-text extraction from its noise signature: strings each family's
 * templates print (cms-families.md, noise.md). Each matching signal adds its weight; the family
 * with the highest score wins when it reaches `MIN_CMS_SCORE`, else `generic`.
 *
 * `leadIsFirstParagraph`: the family prints its sapo as a separate block right before the body
 * (NukeViet hometext, K2 intro text), so a plain first paragraph is the lead. Other families'
 * sapos are only recognisable by a source tag such as `(ĐCSVN) -`.
 */
export interface TextCmsSignature {
  cms: CmsFamily;
  leadIsFirstParagraph: boolean;
  signals: readonly { pattern: RegExp; weight: number }[];
}

export const MIN_CMS_SCORE = 2;

export const TEXT_CMS_SIGNATURES: readonly TextCmsSignature[] = [
  {
    cms: 'nukeviet',
    leadIsFirstParagraph: true,
    signals: [
      { pattern: /bạn đã không sử dụng site/iu, weight: 3 },
      { pattern: /tổng số điểm (?:của bài viết )?là/iu, weight: 2 },
      { pattern: /^xếp hạng:\s*[\d.,]+\s*-\s*[\d.,]+\s*phiếu bầu$/imu, weight: 2 },
      { pattern: /^tác giả bài viết:/imu, weight: 2 },
      { pattern: /^tập tin(?:\s*\d+)?\s*:/imu, weight: 1 },
      { pattern: /^những tin (?:mới|cũ) hơn$/imu, weight: 2 },
      {
        pattern: /^(?:thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật) - \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/imu,
        weight: 2,
      },
      { pattern: /chuyển giao diện|mã nguồn nukeviet|nukeviet/iu, weight: 2 },
    ],
  },
  {
    cms: 'sharepoint',
    leadIsFirstParagraph: false,
    signals: [
      { pattern: /^skip ribbon commands$/imu, weight: 3 },
      { pattern: /^skip to main content$/imu, weight: 1 },
      { pattern: /_layouts\/15\/|ms-rtestate-field/iu, weight: 3 },
    ],
  },
  {
    cms: 'joomla',
    leadIsFirstParagraph: true,
    signals: [
      { pattern: /^viết bởi\s/imu, weight: 2 },
      { pattern: /^«\s*bài trước$|^bài sau\s*»$/imu, weight: 2 },
      { pattern: /^được đăng trong\s/imu, weight: 2 },
      { pattern: /^thêm trong mục này:?$/imu, weight: 2 },
      { pattern: /^[\d.,]+ lượt xem$/imu, weight: 1 },
    ],
  },
  {
    cms: 'dnn',
    leadIsFirstParagraph: false,
    signals: [
      { pattern: /sơ đồ báo/iu, weight: 2 },
      { pattern: /^\d{1,2}:\d{2} \| \d{1,2}\/\d{1,2}\/\d{4}$/imu, weight: 2 },
      { pattern: /^hôm nay, ngày \d{1,2} tháng/imu, weight: 1 },
      { pattern: /\(GMT\+7\)$/imu, weight: 1 },
      { pattern: /^cập nhật lúc/imu, weight: 1 },
    ],
  },
  {
    cms: 'baochinhphu',
    leadIsFirstParagraph: false,
    signals: [
      { pattern: /^\(chinhphu\.vn\) -/imu, weight: 3 },
      { pattern: /\[nhập chú thích\]/iu, weight: 2 },
      { pattern: /^theo dõi .{2,60} trên google news$/imu, weight: 1 },
      { pattern: /^in bài viết$/imu, weight: 1 },
      { pattern: /^tin cùng chuyên mục$/imu, weight: 1 },
      { pattern: /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/imu, weight: 1 },
    ],
  },
  {
    cms: 'wordpress',
    leadIsFirstParagraph: false,
    signals: [
      { pattern: /wordpress/iu, weight: 2 },
      { pattern: /^(?:đăng|posted)(?: vào| on)?\s.{0,60}\s(?:bởi|by)\s/imu, weight: 2 },
      { pattern: /^để lại một bình luận$/imu, weight: 1 },
    ],
  },
  {
    cms: 'liferay-dnict',
    leadIsFirstParagraph: false,
    signals: [
      { pattern: /^ngày đăng tin:/imu, weight: 2 },
      { pattern: /^người đăng tin:/imu, weight: 2 },
      { pattern: /chuyên mục, tin tức liên quan/iu, weight: 2 },
    ],
  },
  {
    cms: 'vhv',
    // VHV prints its sapo (`.brief`) as its own block under the title.
    leadIsFirstParagraph: true,
    signals: [
      { pattern: /^cập nhật: \d{1,2}\/\d{1,2}\/\d{4} \|/imu, weight: 3 },
      { pattern: /^a\s*-\s+a\s+a\s*\+/imu, weight: 2 },
      { pattern: /bạn chưa đăng nhập hệ thống/iu, weight: 2 },
    ],
  },
];

export interface CmsGuess {
  cms: CmsFamily;
  leadIsFirstParagraph: boolean;
  score: number;
}

export function guessTextCms(normalizedText: string): CmsGuess {
  let best: CmsGuess = { cms: 'generic', leadIsFirstParagraph: false, score: 0 };
  for (const signature of TEXT_CMS_SIGNATURES) {
    const score = signature.signals.reduce(
      (sum, signal) => sum + (signal.pattern.test(normalizedText) ? signal.weight : 0),
      0,
    );
    if (score > best.score) {
      best = { cms: signature.cms, leadIsFirstParagraph: signature.leadIsFirstParagraph, score };
    }
  }
  return best.score >= MIN_CMS_SCORE
    ? best
    : { ...best, cms: 'generic', leadIsFirstParagraph: false };
}
