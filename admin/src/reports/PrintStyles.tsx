import { GlobalStyles } from '@mui/material';

/**
 * The report prints without the app bar, the menu and the page's buttons
 * (anything marked `data-no-print`), on white, each card kept whole.
 */
export const PrintStyles = () => (
  <GlobalStyles
    styles={{
      '@media print': {
        '@page': { size: 'A4 landscape', margin: '12mm' },
        'header.MuiAppBar-root, .RaSidebar-root, .RaSidebar-fixed, .MuiDrawer-root, [data-no-print], .MuiSnackbar-root': {
          display: 'none !important',
        },
        '.RaLayout-appFrame': { marginTop: '0 !important' },
        '.RaLayout-content': { padding: '0 !important' },
        body: { background: '#fff !important' },
        '.MuiCard-root, .MuiPaper-root': { boxShadow: 'none !important', breakInside: 'avoid' },
        '[data-print-section]': { breakBefore: 'page' },
      },
    }}
  />
);
