/**
 * DATA: public legal-document sites and their SEARCH URL templates (references.md §13).
 * `{kw}` is replaced by the percent-encoded keyword. Templates come from third-party crawler
 * code, not from site documentation: treat them as unstable. Document ids are never derivable
 * from a symbol, so GovClip links to search pages only, opened on a user's click.
 */
export interface LinkSite {
  site: string;
  template: string;
  /** Which references the site can answer. */
  covers: 'all' | 'state' | 'state-legal' | 'party';
}

export const LINK_SITES: readonly LinkSite[] = [
  {
    site: 'thuvienphapluat.vn',
    template: 'https://thuvienphapluat.vn/page/tim-van-ban.aspx?keyword={kw}&match=True&area=0',
    covers: 'all',
  },
  {
    site: 'luatvietnam.vn',
    template:
      'https://luatvietnam.vn/van-ban/tim-van-ban.html?keywords={kw}&SearchOptions=1&SearchByDate=issueDate&DateFromString=&DateToString=&OrganIds=0&FieldIds=0&LanguageId=0&SignerIds=0&RowAmount=20&PageIndex=1',
    covers: 'state',
  },
  {
    site: 'vbpl.vn',
    template:
      'https://vbpl.vn/VBQPPL_UserControls/Publishing/TimKiem/pKetQuaTimKiem.aspx?dvid=13&IsVietNamese=True&type=0&s=1&Keyword={kw}&SearchIn=Title,Title1&IsRec=1&pv=0',
    covers: 'state-legal',
  },
  {
    // No search page is evidenced on the Party archive: a web search restricted to it.
    site: 'tulieuvankien.dangcongsan.vn',
    template: 'https://www.google.com/search?q={kw}',
    covers: 'party',
  },
];

/** Types vbpl.vn does not hold (administrative documents): keep them away from it. */
export const NOT_ON_VBPL: ReadonlySet<string> = new Set([
  'Công văn',
  'Kế hoạch',
  'Tờ trình',
  'Báo cáo',
  'Thông báo',
  'Giấy mời',
  'Công điện',
  'Chương trình',
  'Đề án',
  'Phương án',
  'Biên bản',
]);
