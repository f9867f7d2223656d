import { AppBar as RaAppBar, LoadingIndicator, LocalesMenuButton, ToggleThemeButton } from 'react-admin';
import { NotificationsButton } from '../notifications/NotificationsButton';
import { UserMenu } from './UserMenu';

// react-admin's default toolbar (language menu, theme toggle, loading indicator) with the
// notifications bell in front.
const Toolbar = () => (
    <>
        <NotificationsButton />
        <LocalesMenuButton />
        <ToggleThemeButton />
        <LoadingIndicator />
    </>
);

export const AppBar = () => <RaAppBar color="primary" userMenu={<UserMenu />} toolbar={<Toolbar />} />;
