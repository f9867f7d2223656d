/** The program configuration page (custom route /configuration, admins). */
export { ConfigurationPage } from './ConfigurationPage';
