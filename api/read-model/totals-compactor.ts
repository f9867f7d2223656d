import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Housekeeping } from '../common/housekeeping';

/**
 * Folds the running totals' appended rows into one per key every few minutes (best effort), so
 * they stay a few hundred rows even when nobody opens a dashboard or report for a long time
 * (reads fold them too: read-model-totals.ts).
 */
@Injectable()
export class TotalsCompactor extends Housekeeping {
  constructor(@InjectDataSource() db: DataSource) {
    super(db, {
      name: 'ReadModelTotals',
      everyMs: 300_000,
      sql: 'SELECT mf_compact_read_model_totals()',
      failure: 'Could not compact the read model totals',
    });
  }
}
