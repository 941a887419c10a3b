import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A complaint's time of receipt beside each of its promise links (`complaint_promise.received_at`),
 * with an index per promise in that order: the complaints about a promise lineage, newest first
 * (`complaints(promiseId)`, the quality team's list), are then read by walking each of the
 * lineage's promises in order and stopping at the page, instead of reading every complaint about
 * the lineage to sort them (10,000 rows for one page at a million complaints).
 *
 * Kept by triggers: a link takes its complaint's time when it is written, and a complaint whose
 * time of receipt is corrected passes it to its links. The column is the database's: the service
 * never writes it.
 */
/** The monitoring rollups' triggers on updated links (migrations MonitoringRollups and DisputesRollup). */
const LINK_UPDATE_TRIGGERS = ['monitoring_links_updated', 'monitoring_disputes_links_updated'];

export class ComplaintLinkReceivedAt1797200000000 implements MigrationInterface {
  name = 'ComplaintLinkReceivedAt1797200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "complaint_promise" ADD "received_at" TIMESTAMP(3) WITH TIME ZONE`);
    // The rollups' update triggers would subtract and add back every link's figures (minutes at a
    // million complaints): the column they do not read is filled with them off.
    for (const trigger of LINK_UPDATE_TRIGGERS) await queryRunner.query(`ALTER TABLE complaint_promise DISABLE TRIGGER ${trigger}`);
    await queryRunner.query(`UPDATE complaint_promise cp SET received_at = c.received_at FROM complaint c WHERE c.id = cp.complaint_id`);
    for (const trigger of LINK_UPDATE_TRIGGERS) await queryRunner.query(`ALTER TABLE complaint_promise ENABLE TRIGGER ${trigger}`);
    await queryRunner.query(`ALTER TABLE "complaint_promise" ALTER COLUMN "received_at" SET NOT NULL`);
    await queryRunner.query(`CREATE FUNCTION complaint_promise_received_at() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.received_at := (SELECT c.received_at FROM complaint c WHERE c.id = NEW.complaint_id);
        RETURN NEW;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER complaint_promise_received_at BEFORE INSERT OR UPDATE OF complaint_id, received_at ON complaint_promise
      FOR EACH ROW EXECUTE FUNCTION complaint_promise_received_at()`);
    await queryRunner.query(`CREATE FUNCTION complaint_received_at_to_links() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE complaint_promise SET received_at = NEW.received_at WHERE complaint_id = NEW.id;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER complaint_received_at_to_links AFTER UPDATE OF received_at ON complaint
      FOR EACH ROW WHEN (OLD.received_at IS DISTINCT FROM NEW.received_at) EXECUTE FUNCTION complaint_received_at_to_links()`);
    await queryRunner.query(`CREATE INDEX "idx_complaint_promise_promise_received" ON "complaint_promise" ("promise_id", "received_at" DESC, "complaint_id" DESC)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_complaint_promise_promise_received"`);
    await queryRunner.query(`DROP TRIGGER complaint_received_at_to_links ON complaint`);
    await queryRunner.query(`DROP FUNCTION complaint_received_at_to_links()`);
    await queryRunner.query(`DROP TRIGGER complaint_promise_received_at ON complaint_promise`);
    await queryRunner.query(`DROP FUNCTION complaint_promise_received_at()`);
    await queryRunner.query(`ALTER TABLE "complaint_promise" DROP COLUMN "received_at"`);
  }
}
