import { Menu as RaMenu, usePermissions, useTranslate } from 'react-admin';
import { menuResourcesFor, worksOnOwnPortfolio, type Role } from '../auth/roles';
import { pageMenuItem } from '../dashboard/menuPages';

/**
 * The dashboard, then one entry per resource or page the signed-in role may list (see
 * auth/roles.ts), in the role's order: mentors and gender experts start with "My tasks" and
 * "My programs"; program managers and admins with Programs, Organizations and Events.
 */
export const Menu = () => {
    const { permissions, isPending } = usePermissions<Role>();
    const translate = useTranslate();
    if (isPending) return <RaMenu />;
    const own = worksOnOwnPortfolio(permissions);
    return (
        <RaMenu>
            <RaMenu.DashboardItem data-testid="menu-dashboard" />
            {menuResourcesFor(permissions).map(
                resource =>
                    pageMenuItem(resource) ?? (
                        <RaMenu.ResourceItem
                            key={resource}
                            name={resource}
                            data-testid={`menu-${resource}`}
                            {...(own && (resource === 'tasks' || resource === 'programs')
                                ? { primaryText: translate(`mentorflow.menu.my_${resource}`) }
                                : {})}
                        />
                    )
            )}
        </RaMenu>
    );
};
