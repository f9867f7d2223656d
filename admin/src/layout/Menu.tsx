import { Menu as RaMenu, usePermissions } from 'react-admin';
import { menuResourcesFor, type Role } from '../auth/roles';

/**
 * One entry per resource the signed-in role may list (see auth/roles.ts):
 * admin -> Organizations, Users; everyone else -> Organizations.
 */
export const Menu = () => {
    const { permissions, isPending } = usePermissions<Role>();
    if (isPending) return <RaMenu />;
    return (
        <RaMenu>
            {menuResourcesFor(permissions).map(resource => (
                <RaMenu.ResourceItem
                    key={resource}
                    name={resource}
                    data-testid={`menu-${resource}`}
                />
            ))}
        </RaMenu>
    );
};
