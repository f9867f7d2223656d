import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export const NO_EVIDENCE_REASON_MAX = 2000;

/**
 * Evidence of a study done (issue 14, item 3): a plan item is marked done only with files
 * attached to it (the strategic plan itself) or a reason why there are none. Checked here before
 * the workflow is asked, and the reason kept in the read model beside the item, not in the
 * workflow: it is a document fact, not a step of the program.
 */
@Injectable()
export class EvidenceService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async fileCount(itemId: string): Promise<number> {
    const [row]: { n: number }[] = await this.db.query(
      `SELECT count(*)::int AS n FROM files WHERE owner_type = 'plan_item' AND owner_id = $1`,
      [itemId],
    );
    return row.n;
  }

  /** 400 naming `evidence` when a study is marked done with neither files nor a reason. */
  async assertForDone(itemId: string, reason: string | undefined): Promise<number> {
    const files = await this.fileCount(itemId);
    if (files === 0 && !reason?.trim()) {
      const message = 'evidence is required to mark a study done: attach a file to the plan item, or give noEvidenceReason';
      throw new BadRequestException({ statusCode: 400, message, errors: { evidence: message } });
    }
    return files;
  }

  /** Written after the workflow accepted the change; a retry overwrites it with the same values. */
  async record(itemId: string, programId: string, reason: string | undefined, files: number, userId: string): Promise<void> {
    await this.db.query(
      `INSERT INTO plan_item_evidence (improvement_id, program_id, no_evidence_reason, file_count, recorded_by)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (improvement_id) DO UPDATE SET no_evidence_reason = EXCLUDED.no_evidence_reason, file_count = EXCLUDED.file_count,
         recorded_by = EXCLUDED.recorded_by, recorded_at = now()`,
      [itemId, programId, reason?.trim() || null, files, userId],
    );
  }
}
