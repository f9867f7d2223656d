import { GlobalStyles } from '@mui/material';

/**
 * Printing the final plan: only the document, on A4. The console's app bar, menu and the
 * page's own buttons (`data-print="hide"`) are left out; colours print as on screen.
 */
export const PrintStyles = () => (
  <GlobalStyles
    styles={{
      '@page': { size: 'A4', margin: '16mm 15mm' },
      '@media print': {
        'body, html, .RaLayout-root, .RaLayout-appFrame, .RaLayout-contentWithSidebar, .RaLayout-content': {
          backgroundColor: '#fff !important',
        },
        '[data-testid="final-plan-page"]': { padding: '0 !important' },
        '.RaAppBar-root, .RaSidebar-root, .MuiAppBar-root, .RaSidebar-docked, [data-print="hide"], .RaLayout-appFrame > .MuiToolbar-root': {
          display: 'none !important',
        },
        '.RaLayout-appFrame': { marginTop: '0 !important' },
        '.RaLayout-content, .RaLayout-contentWithSidebar': { padding: '0 !important', margin: '0 !important' },
        '[data-testid="final-plan-document"]': {
          boxShadow: 'none !important',
          border: '0 !important',
          maxWidth: 'none !important',
          padding: '0 !important',
          margin: '0 !important',
        },
        '*': { printColorAdjust: 'exact', WebkitPrintColorAdjust: 'exact' },
      },
    }}
  />
);
