import { browser, t } from '@/lib/browser-api';
import { OPEN_READER_MESSAGE } from '@/lib/reader/auto-offer';
import { looksLikeGovernmentArticle } from '@/lib/reader/looks-like-article';

/**
 * The auto-offer detector: registered at run time only after the user enables it in the options
 * page (and grants host access). On a page that looks like a government article it shows one
 * small badge in a closed shadow root (page CSS cannot restyle it, page scripts cannot reach it);
 * clicking it asks the background to open the reader for this tab.
 */
export default defineContentScript({
  registration: 'runtime',
  matches: ['http://*/*', 'https://*/*'],
  main() {
    if (window.top !== window || !looksLikeGovernmentArticle(document, location.hostname)) return;
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent =
      'button{position:fixed;right:16px;bottom:16px;z-index:2147483647;font:600 13px/1.2 system-ui,sans-serif;' +
      'color:#fff;background:#a4161a;border:0;border-radius:18px;padding:8px 14px;box-shadow:0 2px 8px rgb(0 0 0/.3);cursor:pointer}' +
      'button span{margin-left:8px;opacity:.8}';
    const badge = document.createElement('button');
    badge.type = 'button';
    badge.textContent = t('offerBadge');
    badge.title = t('offerBadgeTitle');
    const close = document.createElement('span');
    close.textContent = '×';
    close.addEventListener('click', (event) => {
      event.stopPropagation();
      host.remove();
    });
    badge.appendChild(close);
    badge.addEventListener('click', () => {
      void browser.runtime.sendMessage({ type: OPEN_READER_MESSAGE });
      host.remove();
    });
    shadow.append(style, badge);
    document.documentElement.appendChild(host);
  },
});
