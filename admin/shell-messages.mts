import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';
import { pickMessages } from './src/i18n/shellKeys';

const ID = 'virtual:mentorflow-shell-messages/';
const RESOLVED = `\0${ID}`;
const adminDir = fileURLToPath(new URL('.', import.meta.url));

/**
 * `import('virtual:mentorflow-shell-messages/en')`: the messages of the login page, the frame
 * and the inbox (src/i18n/shellKeys.ts), picked from the whole English tree
 * (src/i18n/locale.en.ts) when the console is built, so the first page downloads those few kB
 * rather than every screen's texts. The tree is evaluated with Vite's module runner, the same
 * TypeScript the browser gets; in development a change to a message file rebuilds it.
 */
export const shellMessages = (): Plugin => ({
  name: 'mentorflow-shell-messages',
  resolveId(id) {
    return id.startsWith(ID) ? `\0${id}` : undefined;
  },
  async load(id) {
    if (!id.startsWith(RESOLVED)) return undefined;
    const locale = id.slice(RESOLVED.length);
    if (!/^[a-z]{2}$/.test(locale)) this.error(`unknown console language "${locale}"`);
    const { module, dependencies } = await runnerImport<{ default: Record<string, unknown> }>(`${adminDir}src/i18n/locale.${locale}.ts`, {
      configFile: false,
      root: adminDir,
      logLevel: 'error',
    });
    for (const file of dependencies) this.addWatchFile(file);
    return `export default ${JSON.stringify(pickMessages(module.default))};`;
  },
});
