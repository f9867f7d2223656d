import type { ProgramType } from '../../workflows/programs/types';
import { ADVOCACY_TYPE } from './advocacy.type';
import { INSTITUTIONAL_TYPE } from './institutional.type';
import type { ApiProgramType, BuiltInProgramType } from './program-type';
import { TEMPLATE_TYPE } from './template.type';

/** The built-in program types: a new one is a new key here, and the compiler asks for its entry. */
export const BUILT_IN_TYPES: { [K in ProgramType]: BuiltInProgramType } = {
  institutional: INSTITUTIONAL_TYPE,
  advocacy: ADVOCACY_TYPE,
};

export const isBuiltInType = (type: string): type is ProgramType => Object.prototype.hasOwnProperty.call(BUILT_IN_TYPES, type);

/** The api's entry for a program's type: built-in by key, every other key is a designed type. */
export function programTypeOf(type: string): ApiProgramType {
  return isBuiltInType(type) ? BUILT_IN_TYPES[type] : TEMPLATE_TYPE;
}

/** Whether starting a program of this type always names a gender expert (designed types: checked at start). */
export const genderExpertRequired = (type: unknown): boolean =>
  typeof type === 'string' && isBuiltInType(type) && BUILT_IN_TYPES[type].genderExpert === 'required';
