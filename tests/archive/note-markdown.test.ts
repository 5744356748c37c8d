import { describe, expect, it } from 'vitest';
import { renderNoteMarkdown } from '../../packages/archive/src';

describe('renderNoteMarkdown', () => {
  it('renders the supported Markdown', () => {
    expect(renderNoteMarkdown('Cần **đôn đốc** các _huyện_ và *xã*, mã `03-NQ/TU`')).toBe(
      '<p>Cần <strong>đôn đốc</strong> các <em>huyện</em> và <em>xã</em>, mã <code>03-NQ/TU</code></p>',
    );
    expect(renderNoteMarkdown('- một\n- hai\n\n1. ba\n2. bốn')).toBe(
      '<ul><li>một</li><li>hai</li></ul><ol><li>ba</li><li>bốn</li></ol>',
    );
    expect(renderNoteMarkdown('> trích dẫn\ndòng hai')).toBe(
      '<blockquote>trích dẫn</blockquote><p>dòng hai</p>',
    );
    expect(renderNoteMarkdown('[Văn bản](https://vanban.example.vn/a?b=1&c=2)')).toBe(
      '<p><a href="https://vanban.example.vn/a?b=1&amp;c=2" rel="noopener noreferrer" target="_blank">Văn bản</a></p>',
    );
  });

  it('never lets typed HTML or script URLs through', () => {
    const html = renderNoteMarkdown(
      '<img src=x onerror=alert(1)> [bấm](javascript:alert(1)) [x](https://a.example/"onmouseover="alert(1))',
    );
    expect(html).not.toMatch(/<img|javascript:|href="[^"]*"on/iu);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('bấm');
  });

  it('does not treat markup inside code spans', () => {
    expect(renderNoteMarkdown('`**không đậm**`')).toBe('<p><code>**không đậm**</code></p>');
  });
});
