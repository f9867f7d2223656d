import type { ReactElement } from 'react';
import AssessmentIcon from '@mui/icons-material/Assessment';
import TuneIcon from '@mui/icons-material/Tune';
import InsightsIcon from '@mui/icons-material/Insights';

/** Menu entries that are pages rather than resources (see MENU_ORDER in auth/roles.ts). */
const PAGES: Record<string, { to: string; label: string; icon: ReactElement }> = {
  reports: { to: '/reports', label: 'mentorflow.menu.reports', icon: <AssessmentIcon /> },
  configuration: { to: '/configuration', label: 'mentorflow.menu.configuration', icon: <TuneIcon /> },
  needs: { to: '/needs', label: 'mentorflow.menu.needs', icon: <InsightsIcon /> },
};

/** A page entry's link, label (a translation key) and icon, or undefined for a resource (layout/Menu.tsx). */
export const menuPage = (name: string) => PAGES[name];
