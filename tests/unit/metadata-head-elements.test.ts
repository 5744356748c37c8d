/**
 * `readMetadata` reads `meta`, `link rel=canonical`, `base href`, `title` and JSON-LD scripts from
 * one pass over the document's elements instead of one selector query each: the answers must be
 * the queries' answers, including HTML's case-insensitive `type` and `rel` values, the first
 * element winning, and elements outside `<head>`.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { forgetMetaIndex, readMetadata } from '../../packages/core/src/article/metadata';
import { forgetSelectorIndex } from '../../packages/core/src/article/dom';

const PAGE = `<!doctype html><html lang="vi"><head>
<title>Tiêu đề trang thử nghiệm dài - Cổng thông tin</title>
<base href="https://a.gov.vn/sub/">
<base href="https://other.gov.vn/">
<link rel="stylesheet" href="x.css">
<link rel="Canonical" href="bai-viet.html">
<link rel="canonical" href="https://other.gov.vn/second.html">
<meta name="description" content="Mô tả thứ nhất">
<script type="Application/LD+JSON">{"@type":"NewsArticle","datePublished":"2024-05-20T08:00:00+07:00","author":{"name":"Nguyễn Văn A"}}</script>
<script type="application/json">{"@type":"NewsArticle","dateModified":"2030-01-01T00:00:00Z"}</script>
</head><body>
<meta property="article:tag" content="Chuyển đổi số">
<meta property="article:tag" content="Cải cách hành chính">
<meta name="description" content="Mô tả thứ hai">
<script type="application/ld+json">{"@type":"Article","dateModified":"2024-05-21T09:30:00+07:00"}</script>
<svg><title>Biểu tượng</title></svg>
<p>Nội dung.</p>
</body></html>`;

function read(html: string) {
  const { document } = parseHTML(html) as unknown as { document: Document };
  try {
    return readMetadata(document, null, 'https://a.gov.vn/page', []);
  } finally {
    forgetMetaIndex(document);
    forgetSelectorIndex(document);
  }
}

describe('readMetadata from the document elements pass', () => {
  it('takes the first base[href] and link[rel=canonical], matching rel case-insensitively', () => {
    expect(read(PAGE).canonicalUrl).toBe('https://a.gov.vn/sub/bai-viet.html');
  });

  it('reads every JSON-LD script (type case-insensitive), anywhere, and no other script type', () => {
    const metadata = read(PAGE);
    expect(metadata.published).toBe('2024-05-20T08:00+07:00');
    expect(metadata.modified).toBe('2024-05-21T09:30+07:00');
  });

  it('takes the first meta per name and article:tag metas in the body', () => {
    const metadata = read(PAGE);
    expect(metadata.description).toBe('Mô tả thứ nhất');
    expect(metadata.tags).toEqual(['Chuyển đổi số', 'Cải cách hành chính']);
  });

  it('falls back to the first title element, the document title before an SVG title', () => {
    expect(read(PAGE).title).toBe('Tiêu đề trang thử nghiệm dài');
  });
});
