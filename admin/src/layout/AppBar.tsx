import { AppBar as RaAppBar } from 'react-admin';
import { UserMenu } from './UserMenu';

// react-admin's AppBar already shows the language menu when i18nProvider.getLocales()
// returns several locales; only the user menu is ours.
export const AppBar = () => <RaAppBar color="primary" userMenu={<UserMenu />} />;
