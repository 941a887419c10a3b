import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CorrespondenceAndDisputes1796300000000 implements MigrationInterface {
  name = 'CorrespondenceAndDisputes1796300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "letter_template" ("created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "version" integer NOT NULL, "kind" text NOT NULL, "language" text NOT NULL, "subject" text NOT NULL, "body" text NOT NULL, CONSTRAINT "chk_letter_template_kind" CHECK ("kind" IN ('ACKNOWLEDGEMENT','DECISION')), CONSTRAINT "PK_50c04255bee2e17cc53282772df" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_8bb6b0c08b5fd97d11d40ddb34" ON "letter_template"  ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_2b904bd28d65b8b0df7861aef4" ON "letter_template"  ("organization_id", "created_at", "id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_cf0d91c0a61df01cc500709b96" ON "letter_template"  ("organization_id", "kind", "language") `);
    await queryRunner.query(`CREATE TABLE "complaint_letter" ("created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "complaint_id" uuid NOT NULL, "kind" text NOT NULL, "language" text NOT NULL, "channel" text NOT NULL, "sent_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "subject" text, "body" text, "edited" boolean NOT NULL, "template_id" uuid, "disputes_body_id" uuid, "sent_by_id" uuid, CONSTRAINT "chk_complaint_letter_channel" CHECK ("channel" IN ('EMAIL','POST','PORTAL','HAND_DELIVERED')), CONSTRAINT "chk_complaint_letter_kind" CHECK ("kind" IN ('ACKNOWLEDGEMENT','DECISION')), CONSTRAINT "PK_fba5dabda84a59facb76fc12c77" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_64770a2476a7aeda7b126682c5" ON "complaint_letter"  ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_2091d533a1784e401cb9715644" ON "complaint_letter"  ("complaint_id", "sent_at") `);
    await queryRunner.query(`CREATE TABLE "disputes_body" ("created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "version" integer NOT NULL, "name" text NOT NULL, "outcome_kind" text, "fee_cents" integer, "currency" text, "fee_refund_rule" text NOT NULL DEFAULT 'NONE', "response_within" integer, "response_unit" text, "appeal_within_months" integer, "postal_address" text, "website" text, "source" text, "is_default" boolean NOT NULL DEFAULT false, CONSTRAINT "chk_disputes_body_fee" CHECK ("fee_cents" >= 0), CONSTRAINT "chk_disputes_body_response_unit" CHECK ("response_unit" IN ('WORKING_DAYS','CALENDAR_DAYS')), CONSTRAINT "chk_disputes_body_fee_refund_rule" CHECK ("fee_refund_rule" IN ('NONE','WHEN_UPHELD')), CONSTRAINT "chk_disputes_body_outcome_kind" CHECK ("outcome_kind" IN ('BINDING','ADVISORY')), CONSTRAINT "PK_c41eebf5f9c409fe40865a1bba9" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_970b46fd06c0534cf7a20d7b85" ON "disputes_body"  ("organization_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "idx_disputes_body_default" ON "disputes_body"  ("organization_id") WHERE "is_default"`);
    await queryRunner.query(`CREATE INDEX "IDX_72fc6213f3631dc35ec8f1ac0d" ON "disputes_body"  ("organization_id", "created_at", "id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_9ef7c00a869bc7ddaa040eb9dd" ON "disputes_body"  ("organization_id", "name") `);
    await queryRunner.query(`CREATE TABLE "disputes_case" ("created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "version" integer NOT NULL, "complaint_id" uuid NOT NULL, "body_id" uuid NOT NULL, "origin" text NOT NULL, "status" text NOT NULL, "body_reference" text, "filed_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "response_due_at" TIMESTAMP(3) WITH TIME ZONE, "responded_at" TIMESTAMP(3) WITH TIME ZONE, "responded_on_time" boolean, "outcome" text, "decided_at" TIMESTAMP(3) WITH TIME ZONE, "binding" boolean, "advice_followed" boolean, "fee_cents" integer, "fee_currency" text, "fee_refund_due" boolean, "fee_refunded_on" date, "closed_at" TIMESTAMP(3) WITH TIME ZONE, "compliance_on" date, "compliance_description" text, "compliance_document_reference" text, CONSTRAINT "chk_disputes_case_outcome" CHECK ("outcome" IN ('UPHELD','PARTIALLY_UPHELD','REJECTED','WITHDRAWN','SETTLED','INADMISSIBLE')), CONSTRAINT "chk_disputes_case_origin" CHECK ("origin" IN ('AFTER_RESOLUTION','AFTER_CLOSURE','FORWARDED')), CONSTRAINT "chk_disputes_case_status" CHECK ("status" IN ('OPEN','RESPONDED','DECIDED','CLOSED')), CONSTRAINT "PK_b19d185a7270a69c95d75425622" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_233baf89ff099dd40bf1c1aa8e" ON "disputes_case"  ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_a83ce6afcd001b9e5545fd2f80" ON "disputes_case"  ("organization_id", "status", "filed_at", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_128fa9466fc1550cb846a6563b" ON "disputes_case"  ("organization_id", "filed_at", "id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_940f189d4883ee0379b19cb903" ON "disputes_case"  ("complaint_id") `);
    await queryRunner.query(`ALTER TABLE "complaint_timeline_entry" ADD "letter_id" uuid`);
    await queryRunner.query(`ALTER TABLE "letter_template" ADD CONSTRAINT "FK_8bb6b0c08b5fd97d11d40ddb34f" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "complaint_letter" ADD CONSTRAINT "FK_64770a2476a7aeda7b126682c5a" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "complaint_letter" ADD CONSTRAINT "FK_f4c967993a27f1baa7b29669ebb" FOREIGN KEY ("complaint_id") REFERENCES "complaint"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "complaint_letter" ADD CONSTRAINT "FK_dd26efaf923c00511be19b88da6" FOREIGN KEY ("template_id") REFERENCES "letter_template"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "complaint_letter" ADD CONSTRAINT "FK_d5c0de3ebc1991ccd57a3166451" FOREIGN KEY ("sent_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "complaint_timeline_entry" ADD CONSTRAINT "FK_6614f0f548ea10940ec080d898e" FOREIGN KEY ("letter_id") REFERENCES "complaint_letter"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "disputes_body" ADD CONSTRAINT "FK_970b46fd06c0534cf7a20d7b852" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "disputes_case" ADD CONSTRAINT "FK_233baf89ff099dd40bf1c1aa8e0" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "disputes_case" ADD CONSTRAINT "FK_940f189d4883ee0379b19cb9038" FOREIGN KEY ("complaint_id") REFERENCES "complaint"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "disputes_case" ADD CONSTRAINT "FK_a8af0d8ef5f33b59ae6839395c7" FOREIGN KEY ("body_id") REFERENCES "disputes_body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);

    // SETTLED and INADMISSIBLE (disputes-body outcomes; an organisation may settle too).
    for (const column of ['outcome', 'escalation_outcome']) {
      const name = column === 'outcome' ? 'chk_complaint_outcome' : 'chk_complaint_escalation_outcome';
      await queryRunner.query(`ALTER TABLE "complaint" DROP CONSTRAINT "${name}"`);
      await queryRunner.query(`ALTER TABLE "complaint" ADD CONSTRAINT "${name}" CHECK ("${column}" IN ('UPHELD','PARTIALLY_UPHELD','REJECTED','WITHDRAWN','SETTLED','INADMISSIBLE'))`);
    }
    // Escalations recorded before disputes-body cases existed become cases, so the complaint's
    // ESCALATED status and its escalation keep meaning what they mean now: a body per name used
    // (kind of outcome unset, to be configured), and a case per escalated complaint, OPEN while
    // undecided, CLOSED when decided (the first model recorded no compliance, nothing is invented).
    await queryRunner.query(`INSERT INTO "disputes_body" ("organization_id", "version", "name", "source")
      SELECT DISTINCT c.organization_id, 1, coalesce(c.escalation_body, 'Disputes body'),
        'Named when a complaint was escalated, before disputes bodies were configured: configure its kind of outcome, fees and terms.'
      FROM "complaint" c WHERE c.escalation_escalated_at IS NOT NULL
      ON CONFLICT DO NOTHING`);
    await queryRunner.query(`INSERT INTO "disputes_case" ("organization_id", "version", "complaint_id", "body_id", "origin", "status", "filed_at",
        "outcome", "decided_at", "binding", "fee_refund_due", "closed_at")
      SELECT c.organization_id, 1, c.id, b.id, 'AFTER_RESOLUTION', CASE WHEN c.escalation_outcome IS NULL THEN 'OPEN' ELSE 'CLOSED' END, c.escalation_escalated_at,
        c.escalation_outcome, c.escalation_decided_at, c.escalation_binding,
        CASE WHEN c.escalation_outcome IS NULL THEN NULL ELSE false END,
        CASE WHEN c.escalation_outcome IS NULL THEN NULL ELSE coalesce(c.escalation_decided_at, c.closed_at, c.escalation_escalated_at) END
      FROM "complaint" c JOIN "disputes_body" b ON b.organization_id = c.organization_id AND b.name = coalesce(c.escalation_body, 'Disputes body')
      WHERE c.escalation_escalated_at IS NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const column of ['outcome', 'escalation_outcome']) {
      const name = column === 'outcome' ? 'chk_complaint_outcome' : 'chk_complaint_escalation_outcome';
      await queryRunner.query(`UPDATE "complaint" SET "${column}" = NULL WHERE "${column}" IN ('SETTLED', 'INADMISSIBLE')`);
      await queryRunner.query(`ALTER TABLE "complaint" DROP CONSTRAINT "${name}"`);
      await queryRunner.query(`ALTER TABLE "complaint" ADD CONSTRAINT "${name}" CHECK ("${column}" IN ('UPHELD','PARTIALLY_UPHELD','REJECTED','WITHDRAWN'))`);
    }
    await queryRunner.query(`ALTER TABLE "disputes_case" DROP CONSTRAINT "FK_a8af0d8ef5f33b59ae6839395c7"`);
    await queryRunner.query(`ALTER TABLE "disputes_case" DROP CONSTRAINT "FK_940f189d4883ee0379b19cb9038"`);
    await queryRunner.query(`ALTER TABLE "disputes_case" DROP CONSTRAINT "FK_233baf89ff099dd40bf1c1aa8e0"`);
    await queryRunner.query(`ALTER TABLE "disputes_body" DROP CONSTRAINT "FK_970b46fd06c0534cf7a20d7b852"`);
    await queryRunner.query(`ALTER TABLE "complaint_timeline_entry" DROP CONSTRAINT "FK_6614f0f548ea10940ec080d898e"`);
    await queryRunner.query(`ALTER TABLE "complaint_letter" DROP CONSTRAINT "FK_d5c0de3ebc1991ccd57a3166451"`);
    await queryRunner.query(`ALTER TABLE "complaint_letter" DROP CONSTRAINT "FK_dd26efaf923c00511be19b88da6"`);
    await queryRunner.query(`ALTER TABLE "complaint_letter" DROP CONSTRAINT "FK_f4c967993a27f1baa7b29669ebb"`);
    await queryRunner.query(`ALTER TABLE "complaint_letter" DROP CONSTRAINT "FK_64770a2476a7aeda7b126682c5a"`);
    await queryRunner.query(`ALTER TABLE "letter_template" DROP CONSTRAINT "FK_8bb6b0c08b5fd97d11d40ddb34f"`);
    await queryRunner.query(`ALTER TABLE "complaint_timeline_entry" DROP COLUMN "letter_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_940f189d4883ee0379b19cb903"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_128fa9466fc1550cb846a6563b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a83ce6afcd001b9e5545fd2f80"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_233baf89ff099dd40bf1c1aa8e"`);
    await queryRunner.query(`DROP TABLE "disputes_case"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9ef7c00a869bc7ddaa040eb9dd"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_72fc6213f3631dc35ec8f1ac0d"`);
    await queryRunner.query(`DROP INDEX "public"."idx_disputes_body_default"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_970b46fd06c0534cf7a20d7b85"`);
    await queryRunner.query(`DROP TABLE "disputes_body"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2091d533a1784e401cb9715644"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_64770a2476a7aeda7b126682c5"`);
    await queryRunner.query(`DROP TABLE "complaint_letter"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cf0d91c0a61df01cc500709b96"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2b904bd28d65b8b0df7861aef4"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8bb6b0c08b5fd97d11d40ddb34"`);
    await queryRunner.query(`DROP TABLE "letter_template"`);
  }
}
