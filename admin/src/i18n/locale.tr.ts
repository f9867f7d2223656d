/**
 * Everything the console says in Turkish, one chunk loaded with the first screen outside the shell
 * (see i18nProvider.ts). A feature adds its texts as `feature.en.ts` / `feature.tr.ts` merged
 * here; texts the login page, the frame or the inbox show must also be under a path of
 * shellKeys.ts (a resource's name, `resources.*.name`, and `mentorflow.menu` already are).
 */
import { tr } from './tr';
import { consoleTr } from './console.tr';
import { consolePhoneTr } from './consolePhone.tr';
import { consoleUxTr } from './consoleUx.tr';
import { coreTr } from './core.tr';
import { mergeMessages } from './merge';
import { csoTr } from '../cso/cso.tr';
import { usersTr } from './users.tr';
import { documentsTr } from './documents.tr';
import { templatesTr } from './templates.tr';
import { templateOpsTr } from './templateOps.tr';

export default [consoleTr, consoleUxTr, consolePhoneTr, usersTr, coreTr, documentsTr, templatesTr, templateOpsTr, csoTr].reduce(
  (messages, extra) => mergeMessages(messages, extra),
  tr,
);
