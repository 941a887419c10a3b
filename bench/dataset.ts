import type { EntityManager } from 'typeorm';
import { Organization } from '../src/common/organization.entity';
import { User } from '../src/modules/user/user.entity';
import { Role } from '../src/common/roles';
import { Code } from '../src/modules/code/code.entity';
import { CodeVersion, CodeVersionStatus } from '../src/modules/code/code-version.entity';
import { CodePromise } from '../src/modules/code/code-promise.entity';

export interface BenchDataset {
  organizationSlug: string;
  userId: string;
  /** The published code whose status `codeStatus` reports. */
  codeId: string;
  /** The year `complaintAnalysis` analyses (the current one, compared with the previous). */
  analysisYear: number;
  summary: Record<string, number>;
}

export interface BenchDatasetOptions {
  /** How many complaints (300 by default). */
  complaints?: number;
  /** Minutes between two complaints, going back from now (43 hours by default: 300 span 18 months). */
  complaintEveryMinutes?: number;
}

const PROMISES = 10;
const COMPLAINTS = 300;
const ACTIONS = 30;
const MONTHS_OF_MEASUREMENTS = 12;

/**
 * An organisation with a realistic number of members and audit events, and a published code of
 * ten promises with a KPI each (a year of monthly measurements), 300 complaints over the last 18
 * months in every channel, category and state, and 30 corrective and preventive actions.
 */
export async function seedBenchDataset(dataSource: EntityManager, options: BenchDatasetOptions = {}): Promise<BenchDataset> {
  const complaints = options.complaints ?? COMPLAINTS;
  const complaintEveryMinutes = options.complaintEveryMinutes ?? 43 * 60;
  const org = await dataSource.getRepository(Organization).save({ slug: `bench-${Date.now()}`, name: 'Bench B.V.' });
  const roles = Object.values(Role);
  const users = await dataSource.getRepository(User).save(
    // The first member is the one the benchmark acts as: tokens can only narrow a member's roles.
    Array.from({ length: 200 }, (_, i) => ({
      organizationId: org.id,
      name: `Medewerker ${i}`,
      email: `m${i}@bench.example`,
      roles: i === 0 ? [Role.TOP_MANAGEMENT, Role.QUALITY_MANAGER, Role.COMPLAINT_OFFICER] : [roles[i % roles.length]],
    })),
  );
  await dataSource.query(
    `INSERT INTO audit_event (organization_id, actor_id, action, entity_type, entity_id, changes)
     SELECT $1, $2, 'User.updated', 'User', $2, jsonb_build_object('name', jsonb_build_object('from', 'a' || g, 'to', 'b' || g))
     FROM generate_series(1, 5000) g`,
    [org.id, users[0].id],
  );

  const code = await dataSource.getRepository(Code).save({ organizationId: org.id, key: 'klantbeloften', title: 'Onze beloften aan klant-debiteuren', scope: 'Alle klant-debiteuren' });
  const version = await dataSource.getRepository(CodeVersion).save({ organizationId: org.id, codeId: code.id, version: 1, status: CodeVersionStatus.PUBLISHED, publishedAt: new Date() });
  const promises = await dataSource.getRepository(CodePromise).save(
    Array.from({ length: PROMISES }, (_, i) => ({
      organizationId: org.id,
      codeVersionId: version.id,
      codeId: code.id,
      key: `P${i + 1}`,
      title: `Belofte ${i + 1}`,
      text: `Wij houden ons aan belofte ${i + 1}.`,
      position: i,
    })),
  );
  const promiseIds = promises.map((p) => p.id);

  const [{ id: chainId }] = await dataSource.query(`INSERT INTO kpi_chain (organization_id, version, name) VALUES ($1, 1, 'Klantketen') RETURNING id`, [org.id]);
  await dataSource.query(
    `INSERT INTO kpi (organization_id, version, chain_id, code_id, promise_key, kind, name, unit, direction, target, threshold, frequency)
     SELECT $1, 1, $2, $3, 'P' || g, 'PROCESS', 'KPI van belofte ' || g, 'PERCENT', 'HIGHER_IS_BETTER', 90, 80, 'MONTHLY'
     FROM generate_series(1, $4::int) g`,
    [org.id, chainId, code.id, PROMISES],
  );
  await dataSource.query(
    `INSERT INTO kpi_measurement (organization_id, version, kpi_id, period_start, period_end, value)
     SELECT k.organization_id, 1, k.id, m.start, (m.start + interval '1 month' - interval '1 day')::date, 70 + (m.n * 7 + length(k.name)) % 30
     FROM kpi k,
          LATERAL (SELECT n, (date_trunc('month', current_date) - n * interval '1 month')::date AS start FROM generate_series(1, $2::int) n) m
     WHERE k.organization_id = $1`,
    [org.id, MONTHS_OF_MEASUREMENTS],
  );

  // Complaint g: received ~1.8 days before g-1; every 10th still unacknowledged, every 10th in progress, the rest closed.
  await dataSource.query(
    `INSERT INTO complaint (organization_id, version, reference, received_at, channel, subject, categories, status,
       acknowledgement_due_at, acknowledged_at, acknowledged_on_time, resolution_due_at, resolved_at, resolved_on_time,
       outcome, escalation_body, escalation_escalated_at, escalation_outcome, escalation_binding, satisfaction)
     SELECT $1, 1, 'K-B-' || lpad(g::text, 6, '0'), r.at,
       (ARRAY['LETTER','EMAIL','PHONE','WEB','IN_PERSON'])[1 + g % 5], 'Klacht ' || g,
       ARRAY[(ARRAY['CONDUCT','LEGAL','FINANCIAL','EXECUTION'])[1 + g % 4]],
       CASE g % 10 WHEN 0 THEN 'RECEIVED' WHEN 1 THEN 'IN_PROGRESS' ELSE 'CLOSED' END,
       r.at + interval '4 days', CASE WHEN g % 10 <> 0 THEN r.at + (g % 7) * interval '1 day' END, CASE WHEN g % 10 <> 0 THEN g % 7 <= 4 END,
       r.at + interval '14 days', CASE WHEN g % 10 > 1 THEN r.at + (5 + g % 15) * interval '1 day' END, CASE WHEN g % 10 > 1 THEN 5 + g % 15 <= 14 END,
       CASE WHEN g % 10 > 1 THEN (ARRAY['UPHELD','PARTIALLY_UPHELD','REJECTED','REJECTED','WITHDRAWN'])[1 + g % 5] END,
       CASE WHEN g % 25 = 2 THEN 'Geschillencommissie' END, CASE WHEN g % 25 = 2 THEN r.at + interval '30 days' END,
       CASE WHEN g % 50 = 2 THEN 'UPHELD' END, CASE WHEN g % 50 = 2 THEN true END,
       CASE WHEN g % 10 > 1 THEN 1 + g % 5 END
     FROM generate_series(1, $2::int) g, LATERAL (SELECT now() - g * $3::int * interval '1 minute' AS at) r`,
    [org.id, complaints, complaintEveryMinutes],
  );
  await dataSource.query(
    `INSERT INTO complaint_promise (organization_id, complaint_id, promise_id)
     SELECT c.organization_id, c.id, ($2::uuid[])[1 + abs(hashtext(c.reference)) % cardinality($2::uuid[])]
     FROM complaint c WHERE c.organization_id = $1`,
    [org.id, promiseIds],
  );
  await dataSource.query(
    `INSERT INTO corrective_action (organization_id, version, kind, promise_id, title, root_cause, planned_action, owner_id, due_on, status,
       verified_by_id, verified_on, effective, decided_by_id, decided_at, created_at)
     SELECT $1, 1, k.kind, ($2::uuid[])[1 + g % cardinality($2::uuid[])], 'Actie ' || g,
       (ARRAY['Sjabloon onduidelijk', 'Geen vier-ogencontrole', 'Onvoldoende bereikbaarheid', NULL])[1 + g % 4],
       'Oorzaak wegnemen', $3, (now() - (g * 15 - 60) * interval '1 day')::date, s.status,
       CASE WHEN s.status IN ('VERIFIED_EFFECTIVE', 'NOT_EFFECTIVE') THEN $3::uuid END,
       CASE WHEN s.status IN ('VERIFIED_EFFECTIVE', 'NOT_EFFECTIVE') THEN (now() - g * 10 * interval '1 day')::date END,
       CASE s.status WHEN 'VERIFIED_EFFECTIVE' THEN true WHEN 'NOT_EFFECTIVE' THEN false END,
       CASE WHEN k.kind = 'PREVENTIVE' THEN $3::uuid END, CASE WHEN k.kind = 'PREVENTIVE' THEN now() - g * 17 * interval '1 day' END,
       now() - g * 17 * interval '1 day'
     FROM generate_series(1, $4::int) g,
       LATERAL (SELECT (ARRAY['CORRECTIVE','CORRECTIVE','PREVENTIVE','IMPROVEMENT'])[1 + g % 4] AS kind) k,
       LATERAL (SELECT (ARRAY['OPEN','IN_PROGRESS','DONE','VERIFIED_EFFECTIVE','NOT_EFFECTIVE','CANCELLED'])[1 + g % 6] AS status) s`,
    [org.id, promiseIds, users[0].id, ACTIONS],
  );

  return {
    organizationSlug: org.slug,
    userId: users[0].id,
    codeId: code.id,
    analysisYear: new Date().getFullYear(),
    summary: { users: users.length, auditEvents: 5000, promises: PROMISES, kpis: PROMISES, complaints, correctiveActions: ACTIONS },
  };
}
