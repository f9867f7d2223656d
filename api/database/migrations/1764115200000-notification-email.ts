import type { MigrationInterface, QueryRunner } from 'typeorm';

/** When a notification was also sent by e-mail (null: not sent, or no SMTP configured). */
export class NotificationEmail1764115200000 implements MigrationInterface {
  name = 'NotificationEmail1764115200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "notifications" ADD COLUMN "emailed_at" timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "notifications" DROP COLUMN "emailed_at"`);
  }
}
