/** Everything the console says in English, loaded as one chunk (see i18nProvider.ts). */
import { en } from './en';
import { consoleEn } from './console.en';
import { consoleUxEn } from './consoleUx.en';
import { coreEn } from './core.en';
import { mergeMessages } from './merge';
import { usersEn } from './users.en';
import { templatesEn } from './templates.en';

export default [consoleEn, consoleUxEn, usersEn, coreEn, templatesEn].reduce((messages, extra) => mergeMessages(messages, extra), en);
