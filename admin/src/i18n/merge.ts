import type { TranslationMessages } from 'react-admin';

type Tree = { [key: string]: Tree | string | unknown };

const isTree = (value: unknown): value is Tree => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Deep merge of message trees: `extra`'s keys are added to (or replace) `base`'s. */
export const mergeMessages = (base: TranslationMessages, extra: Tree): TranslationMessages => {
  const merge = (a: Tree, b: Tree): Tree => {
    const out: Tree = { ...a };
    for (const [key, value] of Object.entries(b)) {
      out[key] = isTree(value) && isTree(a[key]) ? merge(a[key] as Tree, value) : value;
    }
    return out;
  };
  return merge(base as Tree, extra) as TranslationMessages;
};

/** The institutional texts placed in the message tree (errors/validation under mentorflow). */
export const institutionalMessages = (texts: { resources: Tree; mentorflow: Tree; errors: Tree; validation: Tree }): Tree => ({
  resources: texts.resources,
  mentorflow: { ...texts.mentorflow, errors: texts.errors, validation: texts.validation },
});
