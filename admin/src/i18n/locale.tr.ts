/** Everything the console says in Turkish, loaded as one chunk (see i18nProvider.ts). */
import { tr } from './tr';
import { consoleTr } from './console.tr';
import { mergeMessages } from './merge';

export default mergeMessages(tr, consoleTr);
