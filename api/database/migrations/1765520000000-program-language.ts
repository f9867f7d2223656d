import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each program's language (issue 14): the language its documents are written in (the
 * self-assessment report shared with the CSO). Programs that exist get Turkish, the language of
 * the CSOs these programs run with; a program's page can change it.
 */
export class ProgramLanguage1765520000000 implements MigrationInterface {
  name = 'ProgramLanguage1765520000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "programs" ADD COLUMN "language" varchar(2) NOT NULL DEFAULT 'tr' CHECK ("language" IN ('en', 'tr'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "programs" DROP COLUMN "language"`);
  }
}
