import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Mentorflow } from './App';
import { createI18nProvider } from './i18n/i18nProvider';

// The first language's messages are a chunk of their own (see i18n/i18nProvider.ts).
createI18nProvider().then((i18nProvider) =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <Mentorflow i18nProvider={i18nProvider} />
    </StrictMode>,
  ),
);
