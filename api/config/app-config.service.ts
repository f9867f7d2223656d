import type { AppConfig } from './config.schema';

/** Typed, read-only access to the validated configuration. */
export class AppConfigService {
  constructor(private readonly config: AppConfig) {}

  get<K extends keyof AppConfig>(key: K): AppConfig[K] {
    return this.config[key];
  }
}
