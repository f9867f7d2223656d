/**
 * The messages the console shows before any screen of its own is loaded: the login page, the
 * signed-in frame (app bar, menu, user menu, notifications bell, error pages) and the task
 * inbox. They are picked from the whole tree (locale.en.ts / locale.tr.ts) at build time
 * (admin/shell-messages.mts), a few kB instead of about 18; every other screen loads the whole
 * tree together with its code (lazyScreens.tsx).
 *
 * A path names a subtree; `*` stands for any one key (`resources.*.name`: every resource's
 * name, for the menu). When the login, the frame or the inbox starts showing a new key, add
 * its subtree here: test/unit/bundle-budget.test.ts fails on a key those files name that is
 * not picked.
 */
export const SHELL_KEYS = [
  'ra',
  'resources.*.name',
  'resources.tasks',
  'mentorflow.app_name',
  'mentorflow.tagline',
  'mentorflow.auth',
  'mentorflow.errors',
  'mentorflow.menu',
  'mentorflow.cso.menu',
  'mentorflow.roles',
  'mentorflow.notifications',
  'mentorflow.notification_text',
  'mentorflow.inbox',
  'mentorflow.due',
  'mentorflow.tasks.empty',
  'mentorflow.task_types',
  'mentorflow.task_status',
] as const;

type Tree = { [key: string]: unknown };
const isTree = (value: unknown): value is Tree => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The subtrees of `tree` that `paths` name, in a tree of the same shape. */
export const pickMessages = (tree: Tree, paths: readonly string[] = SHELL_KEYS): Tree => {
  const out: Tree = {};
  const put = (target: Tree, keys: string[], value: unknown) => {
    const [key, ...rest] = keys;
    if (!rest.length) {
      // A copy, merged with what another path already put there: never the source tree itself.
      target[key] = isTree(target[key]) && isTree(value) ? { ...target[key], ...structuredClone(value) } : structuredClone(value);
      return;
    }
    put((target[key] = isTree(target[key]) ? target[key] : {}) as Tree, rest, value);
  };
  const walk = (node: unknown, segments: string[], at: string[]) => {
    if (!segments.length) {
      put(out, at, node);
      return;
    }
    if (!isTree(node)) return;
    const [segment, ...rest] = segments;
    for (const key of segment === '*' ? Object.keys(node) : [segment]) {
      if (key in node) walk(node[key], rest, [...at, key]);
    }
  };
  for (const path of paths) walk(tree, path.split('.'), []);
  return out;
};
