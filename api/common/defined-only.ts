/**
 * The fields a client actually sent. DTO instances carry every declared field (undefined when
 * absent, because of ES2022 class fields), which would otherwise overwrite stored values.
 */
export function definedOnly<T extends object>(dto: T): Partial<T> {
  return Object.fromEntries(Object.entries(dto).filter(([, v]) => v !== undefined)) as Partial<T>;
}
