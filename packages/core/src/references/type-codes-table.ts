/**
 * DATA: type codes printed in document symbols (NĐ 30/2020 Phụ lục III, HD 36-HD/VPTW),
 * keyed by their UPPER-CASE form, and the canonical type each implies. `QĐ` alone is
 * ambiguous (Party Quy định also uses it): the written type word wins when there is one.
 * ASCII-folded forms seen in URLs and slugs (`QD`, `ND`) map like the real ones.
 */
export const TYPE_CODES: Readonly<Record<string, string>> = {
  NQ: 'Nghị quyết',
  NQLT: 'Nghị quyết liên tịch',
  NĐ: 'Nghị định',
  ND: 'Nghị định',
  QĐ: 'Quyết định',
  // The Politburo's and the Secretariat's personnel decisions (`2204-QĐNS/TW`).
  QĐNS: 'Quyết định',
  QDNS: 'Quyết định',
  QD: 'Quyết định',
  QĐI: 'Quy định',
  QDI: 'Quy định',
  QYĐ: 'Quy định',
  CT: 'Chỉ thị',
  KL: 'Kết luận',
  QC: 'Quy chế',
  HD: 'Hướng dẫn',
  // Joint guidance of two departments or sectors (`1234/HDLS-STC-SGTVT`, `05/HDLN-SYT-SGDĐT`), as a
  // joint plan is `KHLT`.
  HDLS: 'Hướng dẫn',
  HDLN: 'Hướng dẫn',
  TB: 'Thông báo',
  // A maritime notice (`Thông báo hàng hải số 214/TBHH-TCTBĐATHHMN`), which the port
  // authorities and the maritime safety corporations issue on channels, buoys and wrecks.
  TBHH: 'Thông báo',
  TC: 'Thông cáo',
  KH: 'Kế hoạch',
  BC: 'Báo cáo',
  CTR: 'Chương trình',
  // A joint programme of two or more bodies (`07/CTPH-BYT-HLHPNVN`): its issuers follow the code.
  CTPH: 'Chương trình',
  // The same, spelt with `CTr` (`04/CTrPH-MTTQ-HND`, the Front's programmes with its member
  // organisations).
  CTRPH: 'Chương trình',
  // A joint plan (`12/KHLT-UBND-MTTQ`), as a joint resolution is `NQLT`.
  KHLT: 'Kế hoạch liên tịch',
  // A joint guide (`05/HDLT-SVHTTDL-SGDĐT`).
  HDLT: 'Hướng dẫn liên tịch',
  // An inter-sector plan (`Kế hoạch liên ngành số 03/KHLN-SNV-CA`): a plan, its bodies after it.
  KHLN: 'Kế hoạch',
  // A joint regulation's own code (`05/QCPH-STNMT-CAT-VKS`).
  QCPH: 'Quy chế',
  TTR: 'Tờ trình',
  TT: 'Thông tư',
  TTLT: 'Thông tư liên tịch',
  CV: 'Công văn',
  ĐA: 'Đề án',
  PA: 'Phương án',
  DA: 'Dự án',
  VBHN: 'Văn bản hợp nhất',
  PL: 'Pháp lệnh',
  L: 'Lệnh',
  // The Council of State's chairman's order (`03-LCT/HĐNN8`, 1981–1992).
  LCT: 'Lệnh',
  CĐ: 'Công điện',
  GM: 'Giấy mời',
  BB: 'Biên bản',
  HĐ: 'Hợp đồng',
  GGT: 'Giấy giới thiệu',
  GUQ: 'Giấy ủy quyền',
  BGN: 'Bản ghi nhớ',
  // Routing slips (`35/PC-VP`).
  PC: 'Phiếu chuyển',
  PG: 'Phiếu gửi',
  PB: 'Phiếu báo',
  // The President's decree of 1945–1959 (`34/SL`).
  SL: 'Sắc lệnh',
  // The code before NĐ 30/2020 (`02/GN-SVHTTDL`).
  GN: 'Bản ghi nhớ',
};

/** Party code whose letters mean another type than in State symbols (`TT` = Thông tri). */
export const PARTY_TYPE_OVERRIDES: Readonly<Record<string, string>> = {
  TT: 'Thông tri',
};

/** Canonical spelling of a code in a reference key (`QĐI` → `QĐi`, `QD` → `QĐ`). */
export const CANONICAL_CODES: Readonly<Record<string, string>> = {
  QĐI: 'QĐi',
  QDI: 'QĐi',
  QD: 'QĐ',
  QDNS: 'QĐNS',
  ND: 'NĐ',
  QYĐ: 'QyĐ',
  CTR: 'CTr',
  CTRPH: 'CTrPH',
  TTR: 'TTr',
};

/** Codes the Party symbol pattern (`số-CODE/ISSUER`) accepts (`scan-identifiers.ts` orders them). */
export const PARTY_SYMBOL_CODES: readonly string[] = [
  'NQLT',
  'CTR',
  'QĐI',
  'QDI',
  'QĐNS',
  'QDNS',
  'TTR',
  'NQ',
  'CT',
  'QĐ',
  'QD',
  'KL',
  'QC',
  'HD',
  'TB',
  'KH',
  'BC',
  'TT',
  'CV',
  'TC',
  'ĐA',
  'PA',
  // `Giấy mời số 86-GM/BTGTU`: a Party committee's invitation.
  'GM',
];

/**
 * State codes printed in the Party's layout before 2000: the Council of State chairman's orders
 * (`03-LCT/HĐNN8`) and the President's (`37-L/CTN`). Read only after their type word (`Lệnh`):
 * a lone letter before a slash is as often a block's or a flat's number (`lô 5-L/TW`).
 */
export const STATE_CODES_IN_PARTY_LAYOUT: ReadonlySet<string> = new Set(['LCT', 'L']);
