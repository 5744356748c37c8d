import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ReaderContext } from '../../extension/lib/reader/reader-context';

const mounted: ReaderContext[] = [];
vi.mock('../../extension/lib/archive/reader-hooks', () => ({
  mountArchiveFeatures: (context: ReaderContext) => void mounted.push(context),
}));

const { startReader } = await import('../../extension/lib/reader/reader-app');
const { storeCapture } = await import('../../extension/lib/reader/capture-store');

const PARAGRAPH =
  'Ngày 12/3, Ủy ban nhân dân huyện tổ chức hội nghị triển khai Kế hoạch số 45/KH-UBND ngày 10/01/2024 của Ủy ban nhân dân tỉnh về cải cách hành chính, với sự tham dự của lãnh đạo các phòng, ban chuyên môn và các xã, thị trấn.';

function page(body: string): string {
  return `<!doctype html><html lang="vi"><head><title>Tin</title></head><body>${body}</body></html>`;
}

function locationFor(search: string): Location {
  return { search } as Location;
}

beforeEach(() => {
  fakeBrowser.reset();
  mounted.length = 0;
  document.documentElement.removeAttribute('data-gc-state');
  document.body.innerHTML = '<div id="gc-app"></div>';
});

describe('reader page', () => {
  it('explains a page that could not be captured', async () => {
    await startReader(document, locationFor('?error=cannot-capture&action=read'));
    expect(document.documentElement.getAttribute('data-gc-state')).toBe('error');
    expect(document.querySelector('.gc-error')?.textContent).not.toBe('');
  });

  it('explains a missing capture (reloaded reader)', async () => {
    await startReader(document, locationFor(`?capture=${'0'.repeat(32)}&action=read`));
    expect(document.documentElement.getAttribute('data-gc-state')).toBe('error');
  });

  it('renders an article and hands a working context to the archive features', async () => {
    const html = page(
      `<article><h1>Huyện triển khai cải cách hành chính năm 2024</h1>${`<p>${PARAGRAPH}</p>`.repeat(6)}</article>`,
    );
    const id = await storeCapture({
      html,
      url: 'https://portal.example.gov.vn/tin/1.html',
      title: 'Tin',
      selection: '',
    });
    await startReader(document, locationFor(`?capture=${id}&action=save`));
    const state = document.documentElement.getAttribute('data-gc-state');
    if (state !== 'ready') {
      // Not an article by the extractor's rules: the generic reader must still render it.
      document.querySelector<HTMLButtonElement>('.gc-generic-offer')!.click();
      await vi.waitFor(() =>
        expect(document.documentElement.getAttribute('data-gc-state')).toBe('ready'),
      );
    }
    await vi.waitFor(() => expect(mounted).toHaveLength(1));
    const context = mounted[0]!;
    expect(context.requestedAction).toBe('save');
    expect(context.sourceUrl).toBe('https://portal.example.gov.vn/tin/1.html');
    expect(context.root.isConnected).toBe(true);
    const start = context.article.text.indexOf('cải cách hành chính');
    expect(start).toBeGreaterThanOrEqual(0);
    const range = context.rangeFromOffsets(start, start + 'cải cách hành chính'.length)!;
    expect(range.toString()).toBe('cải cách hành chính');
    expect(context.offsetsFromRange(range)).toEqual({
      start,
      end: start + 'cải cách hành chính'.length,
    });
    expect(context.toolbar.isConnected && context.sidePanel.isConnected).toBe(true);
  });
});
