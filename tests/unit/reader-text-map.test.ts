import { describe, expect, it, beforeEach } from 'vitest';
import {
  offsetsFromRange,
  rangeFromOffsets,
  textUnits,
  unwrap,
  wrapOffsets,
} from '../../extension/lib/reader/text-map';

// Article text laid out like layoutArticleText: blocks separated by a blank line, list items by
// a line break, table cells by a tab. The DOM below renders it with one unit per piece.
const TEXT = 'Lead ở đây.\n\nTiêu đề\n\nMột hai ba.\n\nmục một\nmục hai\n\nA\tB\nC\tD';
//            0           13       20 22         33   35      43 44 ...

function unitStart(piece: string, from = 0): number {
  const index = TEXT.indexOf(piece, from);
  if (index < 0) throw new Error(`missing ${piece}`);
  return index;
}

let root: HTMLElement;

beforeEach(() => {
  document.body.innerHTML = '';
  root = document.createElement('article');
  const add = (tag: string, text: string, parent: Element = root) => {
    const element = document.createElement(tag);
    element.textContent = text;
    element.setAttribute('data-gc-start', String(unitStart(text)));
    parent.appendChild(element);
    return element;
  };
  add('p', 'Lead ở đây.');
  add('h2', 'Tiêu đề');
  const paragraph = add('p', 'Một hai ba.');
  // Inline markup inside a unit: the text is split over several nodes.
  paragraph.innerHTML = 'Một <b>hai</b> ba.';
  const list = document.createElement('ul');
  root.appendChild(list);
  add('li', 'mục một', list);
  add('li', 'mục hai', list);
  const table = document.createElement('table');
  for (const row of [
    ['A', 'B'],
    ['C', 'D'],
  ]) {
    const tr = table.insertRow();
    for (const cell of row) {
      const td = tr.insertCell();
      td.textContent = cell;
      td.setAttribute('data-gc-start', String(TEXT.indexOf(cell, unitStart('A'))));
    }
  }
  root.appendChild(table);
  document.body.appendChild(root);
});

describe('text units', () => {
  it('lists every unit in order with its text extent', () => {
    const units = textUnits(root);
    expect(units).toHaveLength(9);
    for (const unit of units) {
      expect(TEXT.slice(unit.start, unit.end)).toBe(unit.element.textContent);
    }
  });
});

describe('rangeFromOffsets', () => {
  it('maps every substring inside one unit to the same text', () => {
    for (const piece of ['Lead', 'ở đây', 'hai', 'Một hai', 'hai ba.', 'mục hai', 'D']) {
      const start = TEXT.indexOf(piece);
      const range = rangeFromOffsets(root, start, start + piece.length);
      expect(range?.toString()).toBe(piece);
    }
  });

  it('spans several blocks, leaving out the unrendered separators', () => {
    const start = TEXT.indexOf('đây');
    const end = TEXT.indexOf(' ba.');
    const range = rangeFromOffsets(root, start, end)!;
    expect(range.toString().replace(/\s+/g, '')).toBe('đây.TiêuđềMộthai');
  });

  it('rejects offsets outside the text or reversed', () => {
    expect(rangeFromOffsets(root, -1, 3)).toBeNull();
    expect(rangeFromOffsets(root, 5, 2)).toBeNull();
    expect(rangeFromOffsets(root, 0, TEXT.length + 1)).toBeNull();
  });

  it('moves offsets in a separator gap to the nearest unit inside the span', () => {
    const gapStart = TEXT.indexOf('\n\nTiêu');
    const range = rangeFromOffsets(root, gapStart, gapStart + 2 + 'Tiêu'.length)!;
    expect(range.toString()).toBe('Tiêu');
  });
});

describe('offsetsFromRange', () => {
  it('round-trips every substring of every unit', () => {
    for (const unit of textUnits(root)) {
      for (let start = unit.start; start <= unit.end; start++) {
        for (let end = start; end <= unit.end; end++) {
          const range = rangeFromOffsets(root, start, end)!;
          expect(offsetsFromRange(root, range)).toEqual({ start, end });
        }
      }
    }
  });

  it('maps element boundary points and ranges that start between blocks', () => {
    const range = document.createRange();
    range.setStart(root, 1); // before the heading element
    const bold = root.querySelector('b')!;
    range.setEnd(bold, 1); // after "hai"
    expect(offsetsFromRange(root, range)).toEqual({
      start: TEXT.indexOf('Tiêu'),
      end: TEXT.indexOf(' ba.'),
    });
  });

  it('maps a range over whole elements (select-all of the article)', () => {
    const range = document.createRange();
    range.selectNodeContents(root);
    expect(offsetsFromRange(root, range)).toEqual({ start: 0, end: TEXT.length });
  });

  it('returns null for a range covering no text', () => {
    const range = document.createRange();
    range.setStart(root, 1);
    range.setEnd(root, 1);
    const heading = root.querySelector('h2')!;
    range.setStart(heading, 0);
    range.setEnd(heading, 0);
    expect(offsetsFromRange(root, range)).toEqual({
      start: TEXT.indexOf('Tiêu'),
      end: TEXT.indexOf('Tiêu'),
    });
    const empty = document.createElement('div');
    const outside = document.createRange();
    outside.selectNodeContents(empty);
    expect(offsetsFromRange(empty, outside)).toBeNull();
  });
});

describe('wrapOffsets', () => {
  it('wraps a span across inline markup and blocks without breaking the mapping', () => {
    const start = TEXT.indexOf('ba.');
    const end = TEXT.indexOf('một') + 'một'.length;
    const wrappers = wrapOffsets(root, start, end, () => document.createElement('mark'));
    expect(wrappers.map((mark) => mark.textContent)).toEqual(['ba.', 'mục một']);
    // Offsets are unchanged by the marks: every unit still maps, and ranges still round-trip.
    for (const unit of textUnits(root)) {
      expect(TEXT.slice(unit.start, unit.end)).toBe(unit.element.textContent);
    }
    const inner = TEXT.indexOf('hai ba');
    const range = rangeFromOffsets(root, inner, inner + 'hai ba'.length)!;
    expect(range.toString()).toBe('hai ba');
    expect(offsetsFromRange(root, range)).toEqual({ start: inner, end: inner + 6 });
    const markRange = document.createRange();
    markRange.selectNodeContents(wrappers[1]!);
    expect(offsetsFromRange(root, markRange)).toEqual({
      start: TEXT.indexOf('mục một'),
      end: TEXT.indexOf('mục một') + 'mục một'.length,
    });
  });

  it('unwrap restores the original text nodes', () => {
    const start = TEXT.indexOf('đây');
    const [mark] = wrapOffsets(root, start, start + 3, () => document.createElement('mark'));
    unwrap(mark!);
    const lead = root.querySelector('p')!;
    expect(lead.childNodes).toHaveLength(1);
    expect(lead.textContent).toBe('Lead ở đây.');
  });

  it('skips ignored UI inside a unit', () => {
    const lead = root.querySelector('p')!;
    const icon = document.createElement('span');
    icon.setAttribute('data-gc-ignore', '');
    icon.textContent = '✎';
    lead.insertBefore(icon, lead.firstChild);
    const range = rangeFromOffsets(root, 0, 4)!;
    expect(range.toString()).toBe('Lead');
    expect(offsetsFromRange(root, range)).toEqual({ start: 0, end: 4 });
  });
});
