import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { IdempotencyJanitor } from './idempotency-janitor';
import { IdempotencyKeys } from './idempotency-keys';
import { IdempotencyInterceptor } from './idempotency.interceptor';

/** Idempotency-Key handling for every write route (see IdempotencyInterceptor). */
@Module({
  providers: [{ provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor }, IdempotencyKeys, IdempotencyJanitor],
})
export class IdempotencyModule {}
