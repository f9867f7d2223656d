/** Everything the console says in Turkish, loaded as one chunk (see i18nProvider.ts). */
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

export default [consoleTr, consoleUxTr, consolePhoneTr, usersTr, coreTr, documentsTr, templatesTr, csoTr].reduce((messages, extra) => mergeMessages(messages, extra), tr);
