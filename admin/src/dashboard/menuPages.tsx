import type { ReactElement } from 'react';
import AssessmentIcon from '@mui/icons-material/Assessment';
import TuneIcon from '@mui/icons-material/Tune';
import InsightsIcon from '@mui/icons-material/Insights';
import { Menu } from 'react-admin';

/** Menu entries that are pages rather than resources (see MENU_ORDER in auth/roles.ts). */
const PAGES: Record<string, { to: string; label: string; icon: ReactElement }> = {
    reports: { to: '/reports', label: 'mentorflow.menu.reports', icon: <AssessmentIcon /> },
    configuration: { to: '/configuration', label: 'mentorflow.menu.configuration', icon: <TuneIcon /> },
    needs: { to: '/needs', label: 'mentorflow.menu.needs', icon: <InsightsIcon /> },
};

/** The menu item of a page entry, or null for a resource. `data-testid="menu-<name>"`. */
export const pageMenuItem = (name: string): ReactElement | null => {
    const page = PAGES[name];
    return page ? <Menu.Item key={name} to={page.to} primaryText={page.label} leftIcon={page.icon} data-testid={`menu-${name}`} /> : null;
};
