import { Global, Module } from '@nestjs/common';
import { temporalClientProvider } from './temporal-client.provider';
import { TemporalService } from './temporal.service';

@Global()
@Module({
  providers: [temporalClientProvider, TemporalService],
  exports: [temporalClientProvider, TemporalService],
})
export class TemporalModule {}
