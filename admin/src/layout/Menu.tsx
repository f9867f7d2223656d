import { createElement, type ComponentType, type ReactElement } from 'react';
import { ListItemIcon, MenuItem, MenuList, Typography, useMediaQuery, type Theme } from '@mui/material';
import DashboardIcon from '@mui/icons-material/Dashboard';
import ViewListIcon from '@mui/icons-material/ViewList';
import { useResourceDefinitions, usePermissions, useSidebarState, useTranslate } from 'react-admin';
import { Link, useMatch } from 'react-router-dom';
import { menuResourcesFor, worksOnOwnPortfolio, type Role } from '../auth/roles';
import { menuPage } from '../dashboard/menuPages';

interface ItemProps {
  to: string;
  label: string;
  icon: ReactElement;
  testId: string;
}

/**
 * One entry (react-admin's MenuItemLink without its tooltip and keyboard shortcut): active on
 * its page and those under it; on a phone choosing it closes the drawer.
 */
const Item = ({ to, label, icon, testId }: ItemProps) => {
  const match = useMatch({ path: to, end: to === '/' });
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('md'));
  const [open, setOpen] = useSidebarState();
  return (
    <MenuItem
      component={Link}
      to={to}
      className={`RaMenuItemLink-root${match ? ' RaMenuItemLink-active' : ''}`}
      data-testid={testId}
      // A closed (icons only) menu still names each entry, for the mouse and screen readers.
      title={open ? undefined : label}
      aria-label={label}
      onClick={() => isSmall && setOpen(false)}
      sx={{
        color: match ? 'text.primary' : 'text.secondary',
        '& .RaMenuItemLink-icon': { color: 'text.secondary', minWidth: 40 },
      }}
    >
      <ListItemIcon className="RaMenuItemLink-icon">{icon}</ListItemIcon>
      <Typography variant="inherit" noWrap sx={{ flexGrow: 1 }}>
        {label}
      </Typography>
    </MenuItem>
  );
};

/**
 * The dashboard, then one entry per resource or page the signed-in role may list (see
 * auth/roles.ts), in the role's order: mentors and gender experts start with "My tasks" and
 * "My programs"; program managers and admins with Programs, Organizations and Events.
 */
export const Menu = () => {
  const { permissions, isPending } = usePermissions<Role>();
  const resources = useResourceDefinitions();
  const translate = useTranslate();
  const [open] = useSidebarState();
  const own = worksOnOwnPortfolio(permissions);
  return (
    <MenuList
      className={`RaMenu-root ${open ? 'RaMenu-open' : 'RaMenu-closed'}`}
      sx={{ display: 'flex', flexDirection: 'column', mt: { xs: 0, sm: 0.5 }, mb: 1, width: open ? 240 : 55, transition: 'width 195ms' }}
    >
      <Item
        to="/"
        // A CSO member's start page is their organisation (cso/CsoHome), not a dashboard.
        label={translate(permissions === 'cso_member' ? 'mentorflow.cso.menu.home' : 'ra.page.dashboard')}
        icon={<DashboardIcon />}
        testId="menu-dashboard"
      />
      {!isPending &&
        menuResourcesFor(permissions).map((name) => {
          const page = menuPage(name);
          if (page) return <Item key={name} to={page.to} label={translate(page.label)} icon={page.icon} testId={`menu-${name}`} />;
          const definition = resources[name];
          if (!definition?.hasList) return null;
          const label =
            own && (name === 'tasks' || name === 'programs')
              ? translate(`mentorflow.menu.my_${name}`)
              : translate(`resources.${name}.name`, { smart_count: 2, _: name });
          const icon = definition.icon ? createElement(definition.icon as ComponentType) : <ViewListIcon />;
          return <Item key={name} to={`/${name}`} label={label} icon={icon} testId={`menu-${name}`} />;
        })}
    </MenuList>
  );
};
