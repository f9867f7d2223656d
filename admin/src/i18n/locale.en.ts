/** Everything the console says in English, loaded as one chunk (see i18nProvider.ts). */
import { en } from './en';
import { consoleEn } from './console.en';
import { mergeMessages } from './merge';

export default mergeMessages(en, consoleEn);
