/**
 * DATA: issuer codes printed after the type code (references.md §1.3, §2.3), UPPER-CASE.
 * `kind = party` when the issuer is a Party body; Youth Union (`TWĐTN`) follows the Party format.
 */

/** Party issuers, exact. */
export const PARTY_ISSUERS: ReadonlySet<string> = new Set([
  'TW',
  'TƯ',
  'TU',
  'HU',
  'QU',
  'ĐU',
  'ĐUK',
  'BCSĐ',
  'BCS',
  'ĐĐ',
  'CB',
  'TX',
  'THU',
  'VPTW',
  'BTCTW',
  'BTGTW',
  'BDVTW',
  'BKTTW',
  'BNCTW',
  'UBKTTW',
  // Ủy ban Kiểm tra, the Party's inspection committee at any level (`04-TB/UBKT`).
  'UBKT',
  'BCĐ',
  'BCĐTW',
  'QUTW',
  'ĐUCA',
  'BTGTU',
  'BTCTU',
  'BDVTU',
  'UBKTTU',
  'VPTU',
  'BTGHU',
  'BTCHU',
  'UBKTHU',
  'VPHU',
  'TWĐTN',
  'ĐTN',
  // Ban Xây dựng Đảng, a commune or ward Party committee's organising board since 2025
  // (`Hướng dẫn số 03-HD/BXDĐ`).
  'BXDĐ',
  // The Young Pioneers' council (`Hội đồng Đội`, `Hướng dẫn số 18-HD/HĐĐ`), whom the Youth Union
  // runs, in its format. Not a school's `Liên đội` (`LĐ`): the courts' labour cases are `LĐ`
  // (`Bản án số 08/2024/LĐ-PT`).
  'HĐĐ',
]);

/** Suffixes that make an organ code a Party one (`BTCTU`, `UBKTHU`, `BTGTW`). */
export const PARTY_ISSUER_SUFFIXES: readonly string[] = [
  'TW',
  'TƯ',
  'TU',
  'HU',
  'QU',
  'ĐU',
  'ĐUK',
  'TWĐTN',
  // Local Youth Union committees: Tỉnh đoàn `TĐTN`, Huyện đoàn `HĐTN` (Party format too).
  'ĐTN',
];

/**
 * First letters of State bodies' codes that the Party's suffixes would read wrongly: `BV`, a
 * hospital (`2845/QĐ-BVNTW`, Bệnh viện Nhi Trung ương, ends in the central boards' `TW`).
 */
export const STATE_HEAD_PREFIXES: readonly string[] = ['BV'];

/** State issuers, exact (ministries, central and local bodies). */
export const STATE_ISSUERS: ReadonlySet<string> = new Set([
  'QH',
  'VPQH',
  'CTN',
  'CP',
  'TTG',
  'VPCP',
  'BNV',
  'BTC',
  'BTP',
  'BCT',
  'BGTVT',
  'BGDĐT',
  'BNN',
  'BNNPTNT',
  'BKHCN',
  'BKHCNMT',
  'BKHĐT',
  'BTNMT',
  'BXD',
  'BYT',
  'BCA',
  'BQP',
  'BLĐTBXH',
  'BVHTTDL',
  'BTTTT',
  'BNG',
  'BDTTG',
  'NHNN',
  'UBDT',
  'TTCP',
  // Thanh tra of a province, district or sector, as its symbols print it: `KL-TTr`, `KL-TTra`,
  // `KL-TTT` (Thanh tra tỉnh), `KL-TTH` (Thanh tra huyện).
  'TTR',
  'TTRA',
  'TTT',
  'TTH',
  'KTNN',
  'TANDTC',
  'TATC',
  'VKSNDTC',
  'VKSTC',
  'HĐTP',
  'CA',
  'UBND',
  'HĐND',
  'MTTQ',
  'UBMTTQ',
  'MTTW',
  'ĐCTUBTWMTTQVN',
  'TLĐ',
  'HLHPN',
  // The Farmers' Union's central committee (`68-HD/HNDTW`), read like the Front's `MTTW`: its TW
  // is the union's centre, not the Party's.
  'HNDTW',
  'HND',
  // Election bodies: the National Election Council, a province's election committee, a ward's
  // election board (`41/NQ-HĐBCQG`, `07/QĐ-UBBC`, `03/TB-BBC`).
  'HĐBCQG',
  'UBBC',
  'BBC',
  'SNV',
  'STC',
  'STP',
  'SKHCN',
  'STTTT',
  'SNN',
  'SGDĐT',
  'SYT',
  'SXD',
  'SCT',
  'SKHĐT',
  'STNMT',
  'SGTVT',
  'SLĐTBXH',
  'SVHTTDL',
  'BDT',
  'VP',
  'CAT',
  'BCH',
  'BHXH',
  'TCT',
  'TCHQ',
  'KBNN',
  'BQL',
]);

/**
 * The National Assembly's and its Standing Committee's issuer codes with their term (`QH15`,
 * `UBTVQH15`), as a pattern's source: the Assembly passes the documents they sign.
 */
export const ASSEMBLY_ISSUER = String.raw`(?:UBTV)?QH\d{0,2}`;

/** Pattern families of State issuers (`UBTVQH15`, `QH14`, Sở and Bộ codes). */
export const STATE_ISSUER_PATTERNS: readonly RegExp[] = [
  new RegExp(`^${ASSEMBLY_ISSUER}$`, 'u'),
  // The Council of State of 1981–1992 with its term (`03-LCT/HĐNN8`), as the Assembly's `QH15`.
  /^H[ĐD]NN\d{0,2}$/u,
  /^S[A-ZĐ&]{1,8}$/u,
  /^B[A-ZĐ&]{1,8}$/u,
  /^UBND[A-ZĐ]{0,4}$/u,
];

/** Corporate issuers that reuse the symbol shape but are not public documents. */
export const CORPORATE_ISSUERS: ReadonlySet<string> = new Set([
  'HĐQT',
  'HDQT',
  'ĐHĐCĐ',
  'HĐTV',
  'TGĐ',
  'GĐ',
  'CTHĐQT',
  'EIB',
  // `Thông báo tuyển dụng số 12/2025/TB-CTCP`: a joint-stock or limited company's own papers.
  'CTCP',
  'TNHH',
  // `Quy chế nội bộ số 03/QC-CTY`: a company's (công ty) own rules.
  'CTY',
  // `Quyết định số 2179/QĐ-NHNo-TD`: Agribank's own papers (a State-owned commercial bank, a
  // company as `EIB` is; 2 of 2 annotated read none).
  'NHNO',
  // `Nghị quyết số 02/NQ-ĐHTV`: a cooperative's members' congress (Đại hội thành viên), a company's
  // own paper as `ĐHĐCĐ`'s.
  'ĐHTV',
  'DHTV',
]);

/** Old (pre-1997) hyphen symbols: `64-CP`, `276-CT`, `01-TANDTC-VKSNDTC/TTLT`. */
export const OLD_FORM_ISSUERS: readonly string[] = ['CP', 'CT', 'TTG', 'HĐBT'];

/**
 * Issuers both the Party and the State name their bodies by: a steering committee (`BCĐ`) may
 * be either, and its symbol's layout tells which (`05-KH/BCĐ` the Party's, `09/QĐ-BCĐ` the
 * State's; 3 of 3 annotated State-layout symbols are State).
 */
export const LAYOUT_KIND_ISSUERS: ReadonlySet<string> = new Set(['BCĐ']);

/**
 * Issuers that name the Young Pioneers' school unit (`Liên đội`) in the Party's layout only
 * (`03-KH/LĐ`); in the State's, `LĐ` is the courts' labour cases (`08/2024/LĐ-PT`).
 */
export const PIONEER_UNIT_ISSUERS: ReadonlySet<string> = new Set(['LĐ']);
