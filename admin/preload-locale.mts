import type { Plugin, Rollup } from 'vite';

/**
 * The login page's messages are a chunk per language (the shell's, src/i18n/i18nProvider.ts),
 * imported once the entry has run: one more round trip before the login page shows (562 ms on
 * Fast 3G).
 * This adds to index.html a small script that picks the language as the app will (the stored
 * choice, else the browser's) and preloads that chunk alongside the entry. With a session
 * stored (auth/session.ts) it also preloads the frame chunk (app bar, menu, inbox: every
 * signed-in screen needs it), which the app would otherwise ask for only once the entry has
 * run and checked the session: one round trip (562 ms on Fast 3G) less before a screen shows.
 */
export const preloadLocale = (): Plugin => ({
  name: 'mentorflow-preload-locale',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler(html, ctx) {
      const chunks = Object.values(ctx.bundle ?? {}).filter((c): c is Rollup.OutputChunk => c.type === 'chunk');
      const files: Record<string, string[]> = {};
      for (const locale of ['en', 'tr']) {
        const chunk = chunks.find((c) => c.facadeModuleId?.endsWith(`virtual:mentorflow-shell-messages/${locale}`));
        if (!chunk) return html;
        files[locale] = [chunk.fileName, ...chunk.imports].map((f) => `/${f}`);
      }
      // The frame chunk and what it imports, less the entry and what index.html preloads already.
      const entry = chunks.find((c) => c.isEntry);
      const frame = chunks.find((c) => c.name === 'frame');
      const frameFiles =
        frame && entry
          ? [frame.fileName, ...frame.imports].filter((f) => f !== entry.fileName && !entry.imports.includes(f)).map((f) => `/${f}`)
          : [];
      const script = `(function(){var l,s;try{l=JSON.parse(localStorage.getItem('RaStorementorflow.locale'));s=localStorage.getItem('mentorflow.accessToken')}catch(e){}
if(!l){l=(navigator.language||'en').split('-')[0]}
var f=${JSON.stringify(files)}[l]||${JSON.stringify(files.en)};
if(s){f=f.concat(${JSON.stringify(frameFiles)})}
f.forEach(function(h){var k=document.createElement('link');k.rel='modulepreload';k.crossOrigin='';k.href=h;document.head.appendChild(k)})})()`;
      return { html, tags: [{ tag: 'script', children: script, injectTo: 'head' }] };
    },
  },
});
