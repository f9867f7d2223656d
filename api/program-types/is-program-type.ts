import { registerDecorator, type ValidationOptions } from 'class-validator';
import { TEMPLATE_KEY_PATTERN } from '../program-templates/program-template.dto';
import { isBuiltInType } from './built-in-types';

let designedTypeExists: ((key: string) => Promise<boolean>) | null = null;

/** Set by ProgramTemplatesService: how the validator below learns whether a designed key exists. */
export function setDesignedTypeLookup(fn: (key: string) => Promise<boolean>): void {
  designedTypeExists = fn;
}

/**
 * A built-in program type or the key of a designed one that exists (program_templates), checked
 * with the body's other fields so one 400 names every bad field.
 */
export function IsProgramType(options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isProgramType',
      target: object.constructor,
      propertyName,
      options,
      async: true,
      validator: {
        async validate(value: unknown) {
          if (typeof value !== 'string') return false;
          if (isBuiltInType(value)) return true;
          if (!TEMPLATE_KEY_PATTERN.test(value) || !designedTypeExists) return false;
          return designedTypeExists(value).catch(() => false);
        },
      },
    });
}
