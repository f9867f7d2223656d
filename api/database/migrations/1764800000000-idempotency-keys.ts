import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * First outcomes of writes sent with an Idempotency-Key, per user: a retry with the same key gets
 * the stored response instead of applying the write again (api/idempotency/).
 */
export class IdempotencyKeys1764800000000 implements MigrationInterface {
  name = 'IdempotencyKeys1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "idempotency_keys" (
        "user_id" uuid NOT NULL,
        "key" varchar(128) NOT NULL,
        "request" varchar(300) NOT NULL,
        "state" varchar(10) NOT NULL CHECK ("state" IN ('pending', 'done')),
        "response_status" int,
        "response_body" jsonb,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY ("user_id", "key")
      )`);
    await q.query(`CREATE INDEX "idx_idempotency_keys_created" ON "idempotency_keys" ("created_at")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "idempotency_keys"`);
  }
}
