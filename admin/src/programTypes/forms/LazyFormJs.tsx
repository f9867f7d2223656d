import { lazy, Suspense, type ComponentProps } from 'react';
import { LinearProgress } from '@mui/material';

// form-js (preact, its renderer and styles) is fetched only when a form is designed or shown.
const Editor = lazy(() => import('./FormJsEditor'));
const Viewer = lazy(() => import('./FormJsViewer'));

export const LazyFormJsEditor = (props: ComponentProps<typeof Editor>) => (
  <Suspense fallback={<LinearProgress />}>
    <Editor {...props} />
  </Suspense>
);

export const LazyFormJsViewer = (props: ComponentProps<typeof Viewer>) => (
  <Suspense fallback={<LinearProgress />}>
    <Viewer {...props} />
  </Suspense>
);
