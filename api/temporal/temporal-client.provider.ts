import { Provider } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { AppConfigService } from '../config/app-config.service';
import { TEMPORAL_CLIENT } from './temporal.tokens';

/**
 * The HTTP app is a Temporal client only. The connection is lazy so the API starts (and reports
 * Temporal as down on /api/health) even while the Temporal server is unreachable.
 */
export const temporalClientProvider: Provider = {
  provide: TEMPORAL_CLIENT,
  inject: [AppConfigService],
  useFactory: (config: AppConfigService) => {
    const connection = Connection.lazy({ address: config.get('TEMPORAL_ADDRESS') });
    return new Client({ connection, namespace: config.get('TEMPORAL_NAMESPACE') });
  },
};
