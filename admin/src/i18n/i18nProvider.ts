import polyglotI18nProvider from 'ra-i18n-polyglot';
import { resolveBrowserLocale, type I18nProvider, type TranslationMessages } from 'react-admin';

// Two chunks per language. The shell (about 4 kB gzipped: the login page, the signed-in frame
// and the task inbox, see shellKeys.ts) comes first; the whole tree (about 18 kB, every screen's
// texts) comes with the first other screen (lazyScreens.tsx), downloaded beside its code.
const SHELL = {
  en: () => import('virtual:mentorflow-shell-messages/en').then((m) => m.default),
  tr: () => import('virtual:mentorflow-shell-messages/tr').then((m) => m.default),
} as const;
const WHOLE = {
  en: () => import('./locale.en').then((m) => m.default),
  tr: () => import('./locale.tr').then((m) => m.default),
} as const;
type Locale = keyof typeof WHOLE;

const isLocale = (value: string): value is Locale => value in WHOLE;

// First visit: follow the browser (Turkish browsers get Turkish). Afterwards react-admin
// remembers the choice made with the app bar's language menu in its store.
const browserLocale = resolveBrowserLocale('en');
const initialLocale: Locale = isLocale(browserLocale) ? browserLocale : 'en';

// <html lang> drives CSS text-transform: uppercase buttons must read "GİRİŞ YAP", not "GIRIŞ YAP".
const setDocumentLanguage = (locale: string) => {
  document.documentElement.lang = locale;
};

const shells: Partial<Record<Locale, TranslationMessages>> = {};
const wholes: Partial<Record<Locale, TranslationMessages>> = {};
// Once a screen needed the whole tree, every language is loaded whole.
let whole = false;
const load = async (locale: Locale): Promise<TranslationMessages> =>
  whole ? (wholes[locale] ??= await WHOLE[locale]()) : (wholes[locale] ?? (shells[locale] ??= await SHELL[locale]()));

// Language changes and the switch to the whole tree rebuild the translator one after the other.
let queue: Promise<unknown> = Promise.resolve();
const serially = <T>(task: () => Promise<T>): Promise<T> => {
  const next = queue.then(task, task);
  queue = next.catch(() => undefined);
  return next;
};

let provider: ReturnType<typeof polyglotI18nProvider> | undefined;
let wholeLoaded: Promise<void> | undefined;

/**
 * Every message of the current language (and of any language chosen later), for a screen
 * outside the shell: lazyScreens.tsx awaits this beside the screen's own chunk, so the screen
 * renders with its texts in place.
 */
export const loadAllMessages = (): Promise<void> =>
  (wholeLoaded ??= serially(async () => {
    whole = true;
    // ra-i18n-polyglot asks for the messages again on changeLocale, to the same language here.
    if (provider) await provider.changeLocale(provider.getLocale());
  }).catch((error) => {
    wholeLoaded = undefined;
    throw error;
  }));

/**
 * The console's i18nProvider, once the first language's shell messages are loaded
 * (react-admin's polyglot provider needs those synchronously; the rest comes on demand).
 */
export const createI18nProvider = async (): Promise<I18nProvider> => {
  // The language remembered in react-admin's store (localStorageStore(undefined, 'mentorflow')
  // in App.tsx) wins over the browser's, so a Turkish session loads only Turkish.
  let stored: string | undefined;
  try {
    stored = JSON.parse(localStorage.getItem('RaStorementorflow.locale') ?? 'null') ?? undefined;
  } catch {
    stored = undefined;
  }
  const first: Locale = stored && isLocale(stored) ? stored : initialLocale;
  const firstMessages = await load(first);
  const polyglotProvider = polyglotI18nProvider(
    (locale) => (locale === first && !whole ? firstMessages : load(isLocale(locale) ? locale : 'en')),
    first,
    // getLocales() makes react-admin's AppBar show its LocalesMenuButton.
    [
      { locale: 'en', name: 'English' },
      { locale: 'tr', name: 'Türkçe' },
    ],
  );
  provider = polyglotProvider;
  setDocumentLanguage(first);
  return {
    ...polyglotProvider,
    changeLocale: (locale, options) =>
      serially(async () => {
        await polyglotProvider.changeLocale(locale, options);
        setDocumentLanguage(locale);
      }),
  };
};
