import type { Annotation, HighlightColor } from '@govclip/archive';
import { unwrap, wrapOffsets } from '../reader/text-map';

export const HIGHLIGHT_COLORS: readonly HighlightColor[] = [
  'yellow',
  'green',
  'blue',
  'pink',
  'purple',
];
export const ANNOTATION_ATTRIBUTE = 'data-gc-annotation';

/**
 * Paints highlights into the rendered article as <mark> wrappers over text-unit offsets (the
 * same coordinate space as `article.text`), so wrapping never changes the text the offsets map.
 */
export class HighlightLayer {
  readonly #root: HTMLElement;

  constructor(root: HTMLElement) {
    this.#root = root;
  }

  paint(annotation: Annotation, start: number, end: number): HTMLElement[] {
    this.remove(annotation.id);
    const document = this.#root.ownerDocument;
    return wrapOffsets(this.#root, start, end, () => {
      const mark = document.createElement('mark');
      mark.className = `gc-hl gc-hl-${annotation.color}`;
      mark.setAttribute(ANNOTATION_ATTRIBUTE, annotation.id);
      if (annotation.note.trim() !== '') mark.title = annotation.note;
      return mark;
    });
  }

  marks(id: string): HTMLElement[] {
    return Array.from(
      this.#root.querySelectorAll<HTMLElement>(`mark[${ANNOTATION_ATTRIBUTE}]`),
    ).filter((mark) => mark.getAttribute(ANNOTATION_ATTRIBUTE) === id);
  }

  remove(id: string): void {
    for (const mark of this.marks(id)) unwrap(mark);
  }

  recolor(annotation: Annotation): void {
    for (const mark of this.marks(annotation.id)) {
      mark.className = `gc-hl gc-hl-${annotation.color}`;
      mark.title = annotation.note;
    }
  }

  focus(id: string): void {
    const [first] = this.marks(id);
    if (!first) return;
    first.scrollIntoView({ behavior: 'smooth', block: 'center' });
    for (const mark of this.marks(id)) {
      mark.classList.remove('gc-hl-flash');
      void mark.offsetWidth; // restart the animation
      mark.classList.add('gc-hl-flash');
    }
  }
}
