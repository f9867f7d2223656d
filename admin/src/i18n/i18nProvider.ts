import polyglotI18nProvider from 'ra-i18n-polyglot';
import { resolveBrowserLocale, type I18nProvider } from 'react-admin';
import { consoleUxEn } from './consoleUx.en';
import { consoleUxTr } from './consoleUx.tr';
import { en } from './en';
import { mergeMessages } from './merge';
import { tr } from './tr';
import { usersEn } from './users.en';
import { usersTr } from './users.tr';
import { coreEn } from './core.en';
import { coreTr } from './core.tr';

const MESSAGES = { en: mergeMessages(mergeMessages(mergeMessages(en, usersEn), consoleUxEn), coreEn), tr: mergeMessages(mergeMessages(mergeMessages(tr, usersTr), consoleUxTr), coreTr) } as const;
type Locale = keyof typeof MESSAGES;

const isLocale = (value: string): value is Locale => value in MESSAGES;

// First visit: follow the browser (Turkish browsers get Turkish). Afterwards react-admin
// remembers the choice made with the app bar's language menu in its store.
const browserLocale = resolveBrowserLocale('en');
const initialLocale: Locale = isLocale(browserLocale) ? browserLocale : 'en';

// <html lang> drives CSS text-transform: uppercase buttons must read "GİRİŞ YAP", not "GIRIŞ YAP".
const setDocumentLanguage = (locale: string) => {
    document.documentElement.lang = locale;
};

const polyglotProvider = polyglotI18nProvider(
    locale => (isLocale(locale) ? MESSAGES[locale] : en),
    initialLocale,
    // getLocales() makes react-admin's AppBar show its LocalesMenuButton.
    [
        { locale: 'en', name: 'English' },
        { locale: 'tr', name: 'Türkçe' },
    ]
);

setDocumentLanguage(initialLocale);

export const i18nProvider: I18nProvider = {
    ...polyglotProvider,
    changeLocale: async (locale, options) => {
        await polyglotProvider.changeLocale(locale, options);
        setDocumentLanguage(locale);
    },
};
