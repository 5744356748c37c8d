import { button, el } from './dom';

/**
 * One status line for the archive features: a message, optionally with an Undo button.
 * `role=status` so screen readers announce it; errors use `role=alert`.
 */
export class Toast {
  readonly element: HTMLElement;
  readonly #document: Document;
  #timer: ReturnType<typeof setTimeout> | null = null;

  constructor(document: Document, host: HTMLElement) {
    this.#document = document;
    this.element = el(document, 'div', {
      className: 'gc-archive-toast',
      attrs: { role: 'status' },
    });
    this.element.hidden = true;
    host.appendChild(this.element);
  }

  show(
    message: string,
    options: {
      kind?: 'info' | 'error';
      undo?: { label: string; run: () => void };
      sticky?: boolean;
    } = {},
  ): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.element.textContent = '';
    this.element.hidden = false;
    this.element.setAttribute('role', options.kind === 'error' ? 'alert' : 'status');
    this.element.classList.toggle('gc-archive-toast-error', options.kind === 'error');
    this.element.append(el(this.#document, 'span', { text: message }));
    if (options.undo) {
      const { run, label } = options.undo;
      this.element.append(
        button(
          this.#document,
          label,
          () => {
            this.hide();
            run();
          },
          { className: 'gc-archive-undo' },
        ),
      );
    }
    if (!options.sticky && options.kind !== 'error') {
      this.#timer = setTimeout(() => this.hide(), options.undo ? 10_000 : 6_000);
    }
  }

  hide(): void {
    this.element.hidden = true;
    this.element.textContent = '';
  }
}
