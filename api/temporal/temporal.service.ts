import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Client } from '@temporalio/client';
import { AppConfigService } from '../config/app-config.service';
import { registerSearchAttributes } from './search-attributes.registrar';
import { TEMPORAL_CLIENT } from './temporal.tokens';

/** Health, Web UI links and lifecycle around the shared Temporal client. */
@Injectable()
export class TemporalService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Temporal');

  constructor(
    @Inject(TEMPORAL_CLIENT) readonly client: Client,
    private readonly config: AppConfigService,
  ) {}

  get taskQueue(): string {
    return this.config.get('TEMPORAL_TASK_QUEUE');
  }

  get namespace(): string {
    return this.config.get('TEMPORAL_NAMESPACE');
  }

  /** Deep link to a workflow in the Temporal Web UI. */
  webUiUrl(workflowId: string): string {
    const base = this.config.get('TEMPORAL_UI_URL').replace(/\/$/, '');
    return `${base}/namespaces/${encodeURIComponent(this.namespace)}/workflows/${encodeURIComponent(workflowId)}`;
  }

  /** Throws when the server does not answer within the timeout. */
  async ping(timeoutMs = 2000): Promise<void> {
    await this.client.connection.withDeadline(Date.now() + timeoutMs, () => this.client.workflowService.getSystemInfo({}));
  }

  async onApplicationBootstrap(): Promise<void> {
    // Best effort: the worker registers them too, and the API must start while Temporal is down.
    try {
      await this.client.connection.withDeadline(Date.now() + 5000, () =>
        registerSearchAttributes(this.client.connection, this.namespace, this.logger),
      );
    } catch (err) {
      this.logger.warn(`Could not register search attributes now (${(err as Error).message}); the worker will.`);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.client.connection.close().catch(() => undefined);
  }
}
