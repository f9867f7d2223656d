import { Alert, AlertTitle, Box, Link } from '@mui/material';
import { useTranslate } from 'react-admin';
import { elementForPath, type ErrorMap } from './errors';

/** What the checks refuse, each a link to the input (or the card) it names. */
export const ErrorSummary = ({ errors, title }: { errors: ErrorMap; title: string }) => {
  const translate = useTranslate();
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  const go = (path: string) => {
    const element = elementForPath(path);
    if (!element) return;
    element.scrollIntoView({ block: 'center', behavior: 'smooth' });
    const focusable = element.matches('input, select, textarea, button')
      ? element
      : element.querySelector<HTMLElement>('input, select, textarea, button');
    focusable?.focus({ preventScroll: true });
  };
  return (
    <Alert severity="warning" data-testid="designer-errors" data-count={entries.length}>
      <AlertTitle>{translate(title, { smart_count: entries.length })}</AlertTitle>
      <Box component="ul" sx={{ m: 0, pl: 2.5, maxHeight: 220, overflowY: 'auto' }}>
        {entries.map(([path, message]) => (
          <li key={path}>
            <Link
              component="button"
              type="button"
              onClick={() => go(path)}
              sx={{ textAlign: 'left', verticalAlign: 'baseline' }}
              data-error-path={path}
            >
              <code>{path}</code>
            </Link>
            : {message}
          </li>
        ))}
      </Box>
    </Alert>
  );
};
