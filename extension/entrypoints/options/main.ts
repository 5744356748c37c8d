import { browser, t, uiLanguage } from '@/lib/browser-api';
import { disableAutoOffer, enableAutoOffer } from '@/lib/reader/auto-offer';
import {
  FONT_SIZE_MAX,
  FONT_SIZE_MIN,
  FONT_SIZE_STEP,
  LINE_WIDTHS,
  THEMES,
  loadSettings,
  updateSettings,
  type Settings,
} from '@/lib/settings';

const WIDTH_KEYS = {
  narrow: 'readerWidthNarrow',
  medium: 'readerWidthMedium',
  wide: 'readerWidthWide',
};
const THEME_KEYS = {
  light: 'readerThemeLight',
  sepia: 'readerThemeSepia',
  dark: 'readerThemeDark',
};

function field(label: string, control: HTMLElement): HTMLElement {
  const wrapper = document.createElement('label');
  wrapper.className = 'gc-field';
  const text = document.createElement('span');
  text.textContent = label;
  wrapper.append(text, control);
  return wrapper;
}

function select<T extends string | number>(
  options: ReadonlyArray<T>,
  current: T,
  label: (value: T) => string,
  onChange: (value: T) => void,
): HTMLSelectElement {
  const control = document.createElement('select');
  for (const value of options) {
    const option = document.createElement('option');
    option.value = String(value);
    option.textContent = label(value);
    option.selected = value === current;
    control.appendChild(option);
  }
  control.addEventListener('change', () => onChange(options[control.selectedIndex]!));
  return control;
}

function section(title: string, ...children: HTMLElement[]): HTMLElement {
  const element = document.createElement('section');
  const heading = document.createElement('h2');
  heading.textContent = title;
  element.append(heading, ...children);
  return element;
}

function paragraph(text: string, className?: string): HTMLParagraphElement {
  const element = document.createElement('p');
  element.textContent = text;
  if (className !== undefined) element.className = className;
  return element;
}

async function main(): Promise<void> {
  document.documentElement.lang = uiLanguage().startsWith('en') ? 'en' : 'vi';
  document.title = t('optionsTitle');
  const root = document.getElementById('gc-options')!;
  const settings = await loadSettings();
  const status = paragraph('', 'gc-status');
  status.setAttribute('role', 'status');
  const save = async (change: Partial<Settings>) => {
    await updateSettings(change);
    status.textContent = t('optionsSaved');
  };

  const sizes: number[] = [];
  for (let size = FONT_SIZE_MIN; size <= FONT_SIZE_MAX; size += FONT_SIZE_STEP) sizes.push(size);
  const defaults = section(
    t('optionsReaderDefaults'),
    field(
      t('optionsFontSize'),
      select(
        sizes,
        settings.fontSize,
        (size) => `${size}px`,
        (fontSize) => void save({ fontSize }),
      ),
    ),
    field(
      t('readerWidth'),
      select(
        LINE_WIDTHS,
        settings.lineWidth,
        (width) => t(WIDTH_KEYS[width]),
        (lineWidth) => void save({ lineWidth }),
      ),
    ),
    field(
      t('readerTheme'),
      select(
        THEMES,
        settings.theme,
        (theme) => t(THEME_KEYS[theme]),
        (theme) => void save({ theme }),
      ),
    ),
  );

  const toggle = document.createElement('input');
  toggle.type = 'checkbox';
  toggle.id = 'gc-auto-offer';
  toggle.checked = settings.autoOffer;
  toggle.addEventListener('change', () => {
    // permissions.request must run inside the click's user gesture: no await before it.
    const change = toggle.checked ? enableAutoOffer() : disableAutoOffer().then(() => true);
    void change.then((ok) => {
      if (!ok) {
        toggle.checked = false;
        status.textContent = t('optionsAutoOfferDenied');
      } else status.textContent = t('optionsSaved');
    });
  });
  const offerLabel = document.createElement('label');
  offerLabel.className = 'gc-check';
  offerLabel.append(toggle, document.createTextNode(t('optionsAutoOfferLabel')));
  const offer = section(
    t('optionsAutoOffer'),
    offerLabel,
    paragraph(t('optionsAutoOfferNote'), 'gc-note'),
  );

  // The shortcuts the browser really assigned: Chromium refuses a suggested key that clashes
  // with one of its own (it leaves Alt+Shift+R unassigned), so say so instead of promising it.
  const shortcuts = document.createElement('ul');
  shortcuts.className = 'gc-shortcuts';
  const commandNames: Record<string, string> = {
    'open-reader': 'commandOpenReader',
    'save-to-archive': 'commandSaveToArchive',
  };
  for (const command of await browser.commands.getAll().catch(() => [])) {
    const key = command.name === undefined ? undefined : commandNames[command.name];
    if (key === undefined) continue;
    const item = document.createElement('li');
    item.textContent = `${t(key)}: ${command.shortcut ? command.shortcut : t('optionsShortcutNotSet')}`;
    shortcuts.appendChild(item);
  }

  const language = section(
    t('optionsLanguage'),
    paragraph(t('optionsLanguageNote')),
    paragraph(t('optionsShortcuts')),
    paragraph(t('optionsShortcutsCurrent')),
    shortcuts,
  );
  const heading = document.createElement('h1');
  heading.textContent = t('optionsTitle');
  root.append(heading, defaults, offer, language, status);
}

void main();
