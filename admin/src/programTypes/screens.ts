/** The "Program types" section's screens, one lazy chunk (see lazyScreens.tsx). */
export { ProgramTypeList } from './ProgramTypeList';
export { ProgramTypeCreate } from './ProgramTypeCreate';
export { ProgramTypeDesigner } from './designer/ProgramTypeDesigner';
export { TemplateReportPage } from '../templatePrograms/TemplateReportPage';
