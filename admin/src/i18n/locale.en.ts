/** Everything the console says in English, loaded as one chunk (see i18nProvider.ts). */
import { en } from './en';
import { consoleEn } from './console.en';
import { consolePhoneEn } from './consolePhone.en';
import { consoleUxEn } from './consoleUx.en';
import { coreEn } from './core.en';
import { mergeMessages } from './merge';
import { csoEn } from '../cso/cso.en';
import { usersEn } from './users.en';
import { documentsEn } from './documents.en';
import { templatesEn } from './templates.en';

export default [consoleEn, consoleUxEn, consolePhoneEn, usersEn, coreEn, documentsEn, templatesEn, csoEn].reduce((messages, extra) => mergeMessages(messages, extra), en);
