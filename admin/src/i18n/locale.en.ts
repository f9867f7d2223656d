/**
 * Everything the console says in English, one chunk loaded with the first screen outside the shell
 * (see i18nProvider.ts). A feature adds its texts as `feature.en.ts` / `feature.tr.ts` merged
 * here; texts the login page, the frame or the inbox show must also be under a path of
 * shellKeys.ts (a resource's name, `resources.*.name`, and `mentorflow.menu` already are).
 */
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
import { templateOpsEn } from './templateOps.en';

export default [consoleEn, consoleUxEn, consolePhoneEn, usersEn, coreEn, documentsEn, templatesEn, templateOpsEn, csoEn].reduce(
  (messages, extra) => mergeMessages(messages, extra),
  en,
);
