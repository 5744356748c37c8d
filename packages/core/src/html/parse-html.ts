/** The one place that turns an HTML string into DOM nodes. */

interface DomParserHost {
  DOMParser?: new () => { parseFromString(html: string, type: string): Document };
}

/**
 * Parses `html` into a new, inert Document, using the DOMParser of `host` (a window, or a
 * document whose `defaultView` has one). Throws a clear error when the DOM offers no parser.
 */
export function parseHtmlDocument(html: string, host: Document | DomParserHost): Document {
  const view: DomParserHost | null =
    'defaultView' in host ? ((host.defaultView as unknown as DomParserHost | null) ?? null) : host;
  const Parser = view?.DOMParser;
  if (Parser) return new Parser().parseFromString(html, 'text/html');
  if ('implementation' in host && typeof host.implementation?.createHTMLDocument === 'function') {
    const document = host.implementation.createHTMLDocument('');
    document.documentElement.innerHTML = html;
    return document;
  }
  throw new Error('parseHtmlDocument: this DOM has neither DOMParser nor createHTMLDocument');
}

/**
 * Parses an HTML fragment into an inert container element: scripts do not run and images do not
 * load, because the owner document is not the live page (a detached element of the live
 * document would still fire `<img onerror>`).
 */
export function parseHtmlFragment(html: string, document: Document): Element {
  const implementation = document.implementation as DOMImplementation | undefined;
  if (implementation && typeof implementation.createHTMLDocument === 'function') {
    try {
      const inert = implementation.createHTMLDocument('');
      const container = inert.createElement('div');
      container.innerHTML = html;
      return container;
    } catch {
      // Some DOMs (linkedom) expose a partial implementation: fall through.
    }
  }
  // No createHTMLDocument means no browser (every browser has it): nothing runs or loads here, so
  // the element parses the HTML itself. (A template would cost a copy: linkedom's `content`
  // clones the template's children on every read.)
  const container = document.createElement('div');
  container.innerHTML = html;
  return container;
}
