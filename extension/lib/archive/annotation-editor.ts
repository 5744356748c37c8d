import type { Annotation, HighlightColor } from '@govclip/archive';
import { button, el, parseTags } from './dom';
import { HIGHLIGHT_COLORS } from './highlight-layer';

type Translate = (key: string, ...subs: string[]) => string;

export const COLOR_KEYS: Record<HighlightColor, string> = {
  yellow: 'archiveColorYellow',
  green: 'archiveColorGreen',
  blue: 'archiveColorBlue',
  pink: 'archiveColorPink',
  purple: 'archiveColorPurple',
};

export interface EditorValue {
  color: HighlightColor;
  note: string;
  tags: string[];
}

/** Colour swatches; `onPick` gets the chosen colour. */
export function colorSwatches(
  document: Document,
  t: Translate,
  onPick: (color: HighlightColor) => void,
  selected?: HighlightColor,
): HTMLElement {
  const row = el(document, 'div', { className: 'gc-hl-swatches', attrs: { role: 'group' } });
  for (const color of HIGHLIGHT_COLORS) {
    const label = t('archiveHighlightColor', t(COLOR_KEYS[color]));
    const swatch = button(document, '', () => onPick(color), {
      className: `gc-hl-swatch gc-hl-${color}`,
      title: label,
      attrs: {
        'aria-label': label,
        'data-color': color,
        'aria-pressed': String(selected === color),
      },
    });
    row.appendChild(swatch);
  }
  return row;
}

/** An inline form to edit a highlight's colour, note (Markdown) and tags. */
export function annotationEditor(
  document: Document,
  t: Translate,
  annotation: Annotation,
  onSave: (value: EditorValue) => void,
  onCancel: () => void,
): HTMLElement {
  let color = annotation.color;
  const form = el(document, 'form', { className: 'gc-hl-editor' });
  const swatches = colorSwatches(
    document,
    t,
    (picked) => {
      color = picked;
      for (const swatch of Array.from(swatches.querySelectorAll('[data-color]'))) {
        swatch.setAttribute('aria-pressed', String(swatch.getAttribute('data-color') === picked));
      }
    },
    color,
  );
  const note = el(document, 'textarea', { className: 'gc-hl-note-input', attrs: { rows: '4' } });
  note.value = annotation.note;
  const tags = el(document, 'input', { className: 'gc-hl-tags-input', attrs: { type: 'text' } });
  tags.value = annotation.tags.join(', ');
  form.append(
    swatches,
    el(document, 'label', { text: t('archiveNoteLabel') }, note),
    el(document, 'label', { text: t('archiveTagsLabel') }, tags),
    el(
      document,
      'div',
      { className: 'gc-hl-editor-actions' },
      el(document, 'button', { text: t('archiveSaveChanges'), attrs: { type: 'submit' } }),
      button(document, t('archiveCancel'), onCancel),
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    onSave({ color, note: note.value, tags: parseTags(tags.value) });
  });
  queueMicrotask(() => note.focus());
  return form;
}
