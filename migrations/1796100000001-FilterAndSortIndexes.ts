import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An index for every filter and sort the API offers (issue 12, point 4). Keyset pagination orders
 * by (sort column, id) within one organisation, so each list gets (organization_id, [equality
 * filter,] sort column, id): the first page and every next one are a range walk of one index,
 * in either direction, that never reaches another organisation's rows. Indexes the new ones make
 * redundant (their leading columns) are dropped.
 *
 * Complaint search (ILIKE '%…%' on reference and subject) uses pg_trgm GIN indexes; the extension
 * is trusted (PostgreSQL 13+: the database owner may create it) and PGlite loads it when the
 * database opens (src/db/database.ts).
 */
export class FilterAndSortIndexes1796100000001 implements MigrationInterface {
  name = 'FilterAndSortIndexes1796100000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // complaints(status, handlerId, receivedFrom/To, sort: RECEIVED_AT | RESOLUTION_DUE_AT)
    await queryRunner.query(`DROP INDEX "public"."IDX_08107f67c1d197da3f63cbb412"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5f3fbec6608998a33efe085489"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_14bc9f81db10f29461e50dee29"`);
    await queryRunner.query(`CREATE INDEX "IDX_9616284b58dee81ea1f2a6df29" ON "complaint" ("organization_id", "received_at", "id")`);
    await queryRunner.query(`CREATE INDEX "IDX_8ceda8b729f58803c45adb9d5e" ON "complaint" ("organization_id", "resolution_due_at", "id")`);
    await queryRunner.query(`CREATE INDEX "IDX_f225410a1ea28e38e81b897984" ON "complaint" ("organization_id", "status", "received_at", "id")`);
    await queryRunner.query(`CREATE INDEX "IDX_de606f6a7fa7c85111f304d895" ON "complaint" ("organization_id", "handler_id", "received_at", "id")`);
    // complaints(search)
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`CREATE INDEX "idx_complaint_reference_trgm" ON "complaint" USING gin ("reference" gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX "idx_complaint_subject_trgm" ON "complaint" USING gin ("subject" gin_trgm_ops)`);
    // complaints(promiseId) and Promise.complaints: promise ids of the lineage -> complaint ids
    await queryRunner.query(`DROP INDEX "public"."IDX_8bdc161ac8202bb8c216853ed2"`);
    await queryRunner.query(`CREATE INDEX "idx_complaint_promise_promise_complaint" ON "complaint_promise" ("promise_id", "complaint_id")`);
    // correctiveActions(status, overdue, kind, promiseId), overdueCorrectiveActions: by due day
    await queryRunner.query(`DROP INDEX "public"."IDX_541d775b4fb9231bc1f91ea29d"`);
    await queryRunner.query(`CREATE INDEX "IDX_6b366917850d3b1c4f78e1498e" ON "corrective_action" ("organization_id", "due_on", "id")`);
    await queryRunner.query(`CREATE INDEX "IDX_e9c462a0508e9f54d37bb47a1e" ON "corrective_action" ("organization_id", "status", "due_on", "id")`);
    await queryRunner.query(`DROP INDEX "public"."IDX_16221a43de107460ff2d5921ae"`);
    await queryRunner.query(`CREATE INDEX "idx_corrective_action_promise_due" ON "corrective_action" ("promise_id", "organization_id", "due_on", "id")`);
    // auditEvents(entityId, entityType, actorId, action, from/to), newest first
    await queryRunner.query(`DROP INDEX "public"."IDX_196a40c529b85398aaebe4e665"`);
    await queryRunner.query(`CREATE INDEX "IDX_de11d3153e0efc5cd1ad34ec2a" ON "audit_event" ("organization_id", "entity_id", "at", "id")`);
    await queryRunner.query(`CREATE INDEX "IDX_148b1a6347e9f61a6b924d20eb" ON "audit_event" ("organization_id", "entity_type", "at", "id")`);
    await queryRunner.query(`CREATE INDEX "IDX_b8ee66988c5044f866054e3a52" ON "audit_event" ("organization_id", "actor_id", "at", "id")`);
    await queryRunner.query(`CREATE INDEX "IDX_1094b59a10257bce3556da542a" ON "audit_event" ("organization_id", "action", "at", "id")`);
    // trainingRecords(personId, from/to), latest first
    await queryRunner.query(`DROP INDEX "public"."IDX_6c40b9248cdd8005e7a7a5b91c"`);
    await queryRunner.query(`CREATE INDEX "IDX_7cc34ba56b85eedadac361df4c" ON "training_record" ("organization_id", "person_id", "completed_on", "id")`);
    await queryRunner.query(`CREATE INDEX "IDX_aeb72870c83b6f9eeecea636f6" ON "training_record" ("organization_id", "completed_on", "id")`);
    // managementReviews(year), latest first
    await queryRunner.query(`DROP INDEX "public"."IDX_38850cb9e18fb3cf31e36c65ed"`);
    await queryRunner.query(`CREATE INDEX "IDX_1ff74fe8680daa02bb119c415b" ON "management_review" ("organization_id", "year", "id")`);
    // the other lists' sorts: kpis by name, communicationPlans by planned day, resources by
    // period start, users and competenceOverview by name, trainingRequirements by title
    await queryRunner.query(`CREATE INDEX "IDX_58a3ff53bbf6d3f99936e24de6" ON "kpi" ("organization_id", "name", "id")`);
    await queryRunner.query(`CREATE INDEX "IDX_2014c1726e6a8bfaaaa569c2bf" ON "communication_plan" ("organization_id", "planned_on", "id")`);
    await queryRunner.query(`CREATE INDEX "IDX_172e104a0bf66ae6bf2dc20da6" ON "resource" ("organization_id", "period_start", "id")`);
    await queryRunner.query(`CREATE INDEX "IDX_baa9bfab6ba61274243c398ef5" ON "app_user" ("organization_id", "name", "id")`);
    await queryRunner.query(`CREATE INDEX "IDX_18e48f7ad25a668a946f20d16a" ON "training_requirement" ("organization_id", "title", "id")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_18e48f7ad25a668a946f20d16a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_baa9bfab6ba61274243c398ef5"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_172e104a0bf66ae6bf2dc20da6"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2014c1726e6a8bfaaaa569c2bf"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_58a3ff53bbf6d3f99936e24de6"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1ff74fe8680daa02bb119c415b"`);
    await queryRunner.query(`CREATE INDEX "IDX_38850cb9e18fb3cf31e36c65ed" ON "management_review" ("organization_id", "year")`);
    await queryRunner.query(`DROP INDEX "public"."IDX_aeb72870c83b6f9eeecea636f6"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7cc34ba56b85eedadac361df4c"`);
    await queryRunner.query(`CREATE INDEX "IDX_6c40b9248cdd8005e7a7a5b91c" ON "training_record" ("organization_id", "person_id", "completed_on")`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1094b59a10257bce3556da542a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b8ee66988c5044f866054e3a52"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_148b1a6347e9f61a6b924d20eb"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_de11d3153e0efc5cd1ad34ec2a"`);
    await queryRunner.query(`CREATE INDEX "IDX_196a40c529b85398aaebe4e665" ON "audit_event" ("organization_id", "entity_type", "entity_id")`);
    await queryRunner.query(`DROP INDEX "public"."idx_corrective_action_promise_due"`);
    await queryRunner.query(`CREATE INDEX "IDX_16221a43de107460ff2d5921ae" ON "corrective_action" ("promise_id")`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e9c462a0508e9f54d37bb47a1e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6b366917850d3b1c4f78e1498e"`);
    await queryRunner.query(`CREATE INDEX "IDX_541d775b4fb9231bc1f91ea29d" ON "corrective_action" ("organization_id", "status", "due_on")`);
    await queryRunner.query(`DROP INDEX "public"."idx_complaint_promise_promise_complaint"`);
    await queryRunner.query(`CREATE INDEX "IDX_8bdc161ac8202bb8c216853ed2" ON "complaint_promise" ("promise_id")`);
    await queryRunner.query(`DROP INDEX "public"."idx_complaint_subject_trgm"`);
    await queryRunner.query(`DROP INDEX "public"."idx_complaint_reference_trgm"`);
    // The extension stays: other objects of the database may use it, and it holds no data.
    await queryRunner.query(`DROP INDEX "public"."IDX_de606f6a7fa7c85111f304d895"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f225410a1ea28e38e81b897984"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8ceda8b729f58803c45adb9d5e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9616284b58dee81ea1f2a6df29"`);
    await queryRunner.query(`CREATE INDEX "IDX_14bc9f81db10f29461e50dee29" ON "complaint" ("organization_id", "status")`);
    await queryRunner.query(`CREATE INDEX "IDX_5f3fbec6608998a33efe085489" ON "complaint" ("organization_id", "resolution_due_at")`);
    await queryRunner.query(`CREATE INDEX "IDX_08107f67c1d197da3f63cbb412" ON "complaint" ("organization_id", "received_at")`);
  }
}
