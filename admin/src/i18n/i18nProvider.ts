import polyglotI18nProvider from 'ra-i18n-polyglot';
import { resolveBrowserLocale, type I18nProvider, type TranslationMessages } from 'react-admin';

// Each language's messages are their own chunk (about 17 kB gzipped each): a session
// downloads only the language it shows, and the other one when it is chosen.
const LOADERS = {
    en: () => import('./locale.en').then(m => m.default),
    tr: () => import('./locale.tr').then(m => m.default),
} as const;
type Locale = keyof typeof LOADERS;

const isLocale = (value: string): value is Locale => value in LOADERS;

// First visit: follow the browser (Turkish browsers get Turkish). Afterwards react-admin
// remembers the choice made with the app bar's language menu in its store.
const browserLocale = resolveBrowserLocale('en');
const initialLocale: Locale = isLocale(browserLocale) ? browserLocale : 'en';

// <html lang> drives CSS text-transform: uppercase buttons must read "GİRİŞ YAP", not "GIRIŞ YAP".
const setDocumentLanguage = (locale: string) => {
    document.documentElement.lang = locale;
};

const loaded: Partial<Record<Locale, TranslationMessages>> = {};
const load = async (locale: Locale) => (loaded[locale] ??= await LOADERS[locale]());

/**
 * The console's i18nProvider, once the first language's messages are there (react-admin's
 * polyglot provider needs those synchronously; later languages are loaded on demand).
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
    await load(first);
    const polyglotProvider = polyglotI18nProvider(
        locale => loaded[isLocale(locale) ? locale : 'en'] ?? load(isLocale(locale) ? locale : 'en'),
        first,
        // getLocales() makes react-admin's AppBar show its LocalesMenuButton.
        [
            { locale: 'en', name: 'English' },
            { locale: 'tr', name: 'Türkçe' },
        ]
    );
    setDocumentLanguage(first);
    return {
        ...polyglotProvider,
        changeLocale: async (locale, options) => {
            await polyglotProvider.changeLocale(locale, options);
            setDocumentLanguage(locale);
        },
    };
};
