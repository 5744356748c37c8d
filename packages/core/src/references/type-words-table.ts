/**
 * DATA: document type words as written in running text, keyed by their diacritic-free
 * upper-case skeleton (`NGHI QUYET`), and the canonical Vietnamese type each one names.
 * Matching is diacritic-insensitive (garbled or missing tone marks still match), so the key is
 * the skeleton; longer phrases are tried first. `null` = a phrase that contains a type word but
 * is NOT a document (`PHÁP LUẬT`, `LUẬT SƯ`): matching it consumes the text so `LUẬT` inside it
 * is not taken for a law. `VAN BAN` is the generic word: the type then comes from the code.
 */
export const TYPE_WORDS: Readonly<Record<string, string | null>> = {
  'NGHI QUYET LIEN TICH': 'Nghị quyết liên tịch',
  'NGHI QUYET': 'Nghị quyết',
  'NGHI DINH': 'Nghị định',
  'CHI THI': 'Chỉ thị',
  'QUYET DINH': 'Quyết định',
  'QUY DINH': 'Quy định',
  'QUI DINH': 'Quy định',
  'QUY CHE': 'Quy chế',
  'KET LUAN': 'Kết luận',
  'THONG TU LIEN TICH': 'Thông tư liên tịch',
  // The joint circular of the 1970s–1990s (`Thông tư liên bộ số 03/LB-TT`).
  'THONG TU LIEN BO': 'Thông tư liên bộ',
  'THONG TU': 'Thông tư',
  'THONG TRI': 'Thông tri',
  'THONG BAO': 'Thông báo',
  'THONG CAO': 'Thông cáo',
  // A joint guide of two or more departments (`Hướng dẫn liên tịch số 05/HDLT-SVHTTDL-SGDĐT`), as a
  // joint plan is.
  'HUONG DAN LIEN TICH': 'Hướng dẫn liên tịch',
  'HUONG DAN': 'Hướng dẫn',
  // A joint plan of two or more bodies (`Kế hoạch liên tịch số 46/KHLT-TWH-HHTM`), a type of its
  // own as a joint resolution or circular is (4 of the 5 annotated read it so).
  'KE HOACH LIEN TICH': 'Kế hoạch liên tịch',
  'KE HOACH': 'Kế hoạch',
  'CHUONG TRINH': 'Chương trình',
  'CONG VAN': 'Công văn',
  'CONG DIEN': 'Công điện',
  'BAO CAO': 'Báo cáo',
  'TO TRINH': 'Tờ trình',
  'DE AN': 'Đề án',
  'PHUONG AN': 'Phương án',
  'VAN BAN HOP NHAT': 'Văn bản hợp nhất',
  'VAN BAN': 'văn bản',
  'GIAY MOI': 'Giấy mời',
  'BIEN BAN': 'Biên bản',
  // Routing slips (references.md §1.2: `Phiếu gửi / chuyển / báo`, PG / PC / PB).
  'PHIEU CHUYEN': 'Phiếu chuyển',
  'PHIEU GUI': 'Phiếu gửi',
  'PHIEU BAO': 'Phiếu báo',
  // A memorandum of understanding a State body signs, numbered (`Bản ghi nhớ số 02/GN-SVHTTDL`).
  'BAN GHI NHO': 'Bản ghi nhớ',
  // The President's decrees of 1945–1959 (`Sắc lệnh số 34/SL`) and laws by decree (`Sắc luật`).
  'SAC LENH': 'Sắc lệnh',
  'SAC LUAT': 'Sắc luật',
  LENH: 'Lệnh',
  'PHAP LENH': 'Pháp lệnh',
  'BO LUAT': 'Bộ luật',
  LUAT: 'Luật',
  'HIEN PHAP': 'Hiến pháp',
  'DIEU LE': 'Điều lệ',
  // The Party's platform (`Cương lĩnh xây dựng đất nước trong thời kỳ quá độ lên chủ nghĩa xã hội`).
  'CUONG LINH': 'Cương lĩnh',
  // Phrases that contain a type word but are not documents.
  'PHAP LUAT': null,
  'LUAT SU': null,
  'LUAT GIA': null,
  'LUAT PHAP': null,
  'LUAT HOC': null,
  // Compounds of `luật` that read as a law in capitals (`XỬ LÝ KỶ LUẬT ĐẢNG VIÊN`).
  'KY LUAT': null,
  'QUY LUAT': null,
  'VAN BAN QUY PHAM PHAP LUAT': null,
};

/** The generic type word (`văn bản số …`): the type comes from the code, else Công văn. */
export const GENERIC_TYPE = 'văn bản';

/** Types cited by name rather than by number (named laws and Party charters). */
export const NAMED_TYPES: ReadonlySet<string> = new Set([
  'Luật',
  'Bộ luật',
  'Pháp lệnh',
  'Hiến pháp',
  'Điều lệ',
  'Cương lĩnh',
]);

/**
 * Words that may sit between a type word and `số` and belong to the type
 * (`Thông báo kết luận số`, `Báo cáo thẩm tra số`, `Chương trình hành động số`).
 */
export const TYPE_MODIFIERS: readonly string[] = [
  'KET LUAN',
  'THAM TRA',
  'HANH DONG',
  'CHUYEN DE',
  'LIEN TICH',
  // `Kết luận thanh tra số`, `Quyết định thanh tra số` (also in Title Case, `Kết Luận Thanh Tra Số`).
  'THANH TRA',
  // Sanctions: `Quyết định xử phạt vi phạm hành chính số …/QĐ-XPHC` (in capitals too, where a
  // run of five words is not read otherwise), `Biên bản vi phạm hành chính số …`, `Quyết định
  // tạm giữ tang vật, phương tiện số …` (a comma no other run of words holds).
  'XU PHAT VI PHAM HANH CHINH',
  'XU PHAT',
  'VI PHAM HANH CHINH',
  'TAM GIU TANG VAT, PHUONG TIEN',
  // A Party committee's inspection programme or plan (`Chương trình kiểm tra, giám sát số 03-CTr/ĐU`).
  'KIEM TRA, GIAM SAT',
];

/**
 * The codes' initials cited on their own (`theo khoản 3 Điều 232 BLHS`, `Điều 331 BLTTHS`), by
 * skeleton, and the name each stands for: a `Bộ luật` reference as the initials in brackets after
 * the name are (`Bộ luật Hình sự (BLHS)`).
 */
export const CODE_INITIALS: Readonly<Record<string, string>> = {
  BLHS: 'Hình sự',
  BLDS: 'Dân sự',
  BLTTHS: 'Tố tụng hình sự',
  BLTTDS: 'Tố tụng dân sự',
  BLLD: 'Lao động',
  BLHH: 'Hàng hải Việt Nam',
};
