import { DynamicModule, Global, Module } from '@nestjs/common';
import type { AppConfig } from './config.schema';
import { AppConfigService } from './app-config.service';

/**
 * Provides the configuration validated once by the entry point (createApp / startWorker), so
 * a bad variable stops start-up naming it, and tests can build apps with their own settings.
 */
@Global()
@Module({})
export class AppConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppConfigModule,
      providers: [{ provide: AppConfigService, useValue: new AppConfigService(config) }],
      exports: [AppConfigService],
    };
  }
}
