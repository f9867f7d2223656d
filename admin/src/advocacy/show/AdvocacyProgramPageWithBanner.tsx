import { ReadModelBanner } from '../../programs/show/ReadModelBanner';
import { asAdvocacyProgram } from '../types';
import type { ProgramRecord } from '../../institutional/types';
import { AdvocacyProgramPage } from './AdvocacyProgramPage';

/** The advocacy page as the program registry shows it: the read-model banner above it. */
export const AdvocacyProgramPageWithBanner = ({ program }: { program: ProgramRecord }) => (
  <>
    <ReadModelBanner error={program.readModelError} />
    <AdvocacyProgramPage program={asAdvocacyProgram(program)} />
  </>
);
