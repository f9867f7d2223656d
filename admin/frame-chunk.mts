import type { Rolldown } from 'vite';

/**
 * A Rolldown chunk group's `name`: 'frame' for the given screens (the signed-in layout, the
 * inbox) and every console module they import statically. Rolldown adds the libraries those
 * modules use (includeDependenciesRecursively), minus what the entry chunk already has, so the
 * frame chunk is what the inbox downloads beyond the login page, in one file.
 *
 * Only the console's own files are followed: from a library's index (react-admin, @mui/material)
 * every re-exported module would be reachable, used or not.
 */
export const frameChunk = (roots: string[]): Rolldown.CodeSplittingNameFunction => {
  // Rolldown reuses its module infos within one chunking pass: the root's tells a new pass
  // (a rebuild in watch mode) from the current one.
  let pass: unknown;
  let frame = new Set<string>();
  return (id, ctx) => {
    const root = ctx.getModuleInfo(roots[0]);
    if (root !== pass) {
      pass = root;
      frame = new Set();
      const visit = (module: string) => {
        if (frame.has(module) || /[\\/]node_modules[\\/]/.test(module)) return;
        frame.add(module);
        for (const imported of ctx.getModuleInfo(module)?.importedIds ?? []) visit(imported);
      };
      roots.forEach(visit);
    }
    return frame.has(id) ? 'frame' : null;
  };
};
