import { Client } from 'pg';
import { Role } from '../../src/common/roles';
import { startBenchService } from '../harness';

/**
 * The scale dataset, generated inside PostgreSQL (INSERT … SELECT over generate_series): a large
 * organisation whose size follows `scale` (1.0 = 1,000,000 complaints) and a small one of fixed
 * size beside it. Every row is what the service itself would have written: the lifecycle of each
 * complaint (timestamps, on-time flags, outcome, escalation, handler) is derived from one set of
 * pseudo-random draws per complaint (hashint4 of its number: the same data on every run), its
 * timeline has one entry per status entered, references are gap-free per year with the counters
 * set to match, and corrective actions follow their own lifecycle.
 */

export const TIMEZONE = 'Europe/Amsterdam';
const YEARS = 3;
const MONTHS_OF_MEASUREMENTS = 24;
/** The bench member holds these roles; tokens may narrow them. */
export const BENCH_ROLES = [Role.TOP_MANAGEMENT, Role.QUALITY_MANAGER, Role.COMPLAINT_OFFICER];

export interface OrganizationSpec {
  slug: string;
  name: string;
  codes: number;
  promisesPerCode: number;
  kpisPerPromise: number;
  complaints: number;
  users: number;
  officers: number;
  /** Distinguishes the pseudo-random draws of two organisations. */
  salt: number;
}

export const largeSpec = (scale: number): OrganizationSpec => ({
  slug: 'scale-large',
  name: 'Groot Incasso B.V.',
  codes: 10,
  promisesPerCode: 50,
  kpisPerPromise: 4,
  complaints: Math.round(1_000_000 * scale),
  users: 200,
  officers: 20,
  salt: 1,
});

/** The small neighbour: the same shape at a fixed, small size, whatever the scale. */
export const SMALL_SPEC: OrganizationSpec = {
  slug: 'scale-small',
  name: 'Klein Advies',
  codes: 1,
  promisesPerCode: 10,
  kpisPerPromise: 2,
  complaints: 2_000,
  users: 10,
  officers: 2,
  salt: 7,
};

/** What the benchmark needs to know about a generated organisation. */
export interface GeneratedOrganization {
  slug: string;
  organizationId: string;
  /** The member holding TOP_MANAGEMENT, QUALITY_MANAGER and COMPLAINT_OFFICER. */
  userId: string;
  /** A member per role (tokens carry a subset of the member's roles). */
  usersByRole: Record<string, string>;
  /** The busiest code (code-01) and its published version's promises. */
  codeId: string;
  promiseId: string;
  /** Every version's row of that promise's lineage (for clients without lineage filters). */
  lineagePromiseIds: string[];
  /** A closed complaint with five timeline entries. */
  complaintId: string;
  analysisYear: number;
  counts: Record<string, number>;
}

export interface DatasetMeta {
  scale: number;
  generatedAt: string;
  seconds: number;
  organizations: GeneratedOrganization[];
}

/** A pseudo-random number in [0, 1) for row `g` and draw `k` (deterministic). */
const draw = (g: string, salt: number, k: number) => `((hashint4((${g}) * 64 + ${salt * 1000 + k}) & 2147483647)::float8 / 2147483648.0)`;
/** A UUID (version 4 layout) derived from a text: stable ids, random-looking like gen_random_uuid(). */
const uuidOf = (text: string) => `(overlay(overlay(md5(${text}) placing '4' from 13) placing '8' from 17))::uuid`;

const log = (message: string) => console.log(message); // eslint-disable-line no-console

async function timed<T>(label: string, step: () => Promise<T>): Promise<T> {
  const start = Date.now();
  const result = await step();
  log(`  ${label}: ${((Date.now() - start) / 1000).toFixed(1)} s`);
  return result;
}

/** Generates one organisation in the session of `client` (inside the caller's transaction). */
export async function generateOrganization(client: Client, spec: OrganizationSpec): Promise<GeneratedOrganization> {
  const q = async (sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows;
  const { salt, complaints: N } = spec;
  const [{ id: org, now: nowIso }] = await q(`INSERT INTO organization (slug, name, version) VALUES ($1, $2, 1) RETURNING id, now()::text AS now`, [spec.slug, spec.name]);
  log(`${spec.slug}: ${N} complaints`);
  const P = spec.codes * spec.promisesPerCode;

  await timed('members', () =>
    q(
      `INSERT INTO app_user (organization_id, version, name, email, roles)
       SELECT $1, 1, 'Medewerker ' || g, 'm' || g || '@' || $2 || '.example',
         CASE WHEN g = 1 THEN $3::text[]
              WHEN g <= 1 + $5 THEN ARRAY['COMPLAINT_OFFICER']
              ELSE ARRAY[(ARRAY['TOP_MANAGEMENT','QUALITY_MANAGER','COMPLAINT_OFFICER','STAFF','AUDITOR'])[1 + g % 5]] END
       FROM generate_series(1, $4::int) g`,
      [org, spec.slug, BENCH_ROLES, spec.users, spec.officers],
    ),
  );
  const users: string[] = (await q(`SELECT id FROM app_user WHERE organization_id = $1 ORDER BY substring(email FROM 2)::text COLLATE "C"`, [org])).map((r) => r.id);
  const [{ id: userId }] = await q(`SELECT id FROM app_user WHERE organization_id = $1 AND email = 'm1@' || $2 || '.example'`, [org, spec.slug]);
  const officers: string[] = (await q(`SELECT id FROM app_user WHERE organization_id = $1 AND 'COMPLAINT_OFFICER' = ANY(roles) ORDER BY email`, [org])).map((r) => r.id);
  const usersByRole: Record<string, string> = {};
  for (const role of Object.values(Role)) {
    const [row] = await q(`SELECT id FROM app_user WHERE organization_id = $1 AND roles = ARRAY[$2::text] ORDER BY email LIMIT 1`, [org, role]);
    usersByRole[role] = row?.id ?? userId;
  }

  // Codes: version 1 superseded 18 months ago by version 2, in force; the same promise keys in both.
  const switchAt = `now() - interval '18 months'`;
  await timed('codes, versions, promises', async () => {
    await q(
      `INSERT INTO code (organization_id, version, key, title, scope, owner_id)
       SELECT $1, 1, 'code-' || lpad(i::text, 2, '0'), 'Gedragscode ' || i, 'Alle klanten', $3 FROM generate_series(1, $2::int) i`,
      [org, spec.codes, userId],
    );
    await q(
      `INSERT INTO code_version (organization_id, code_id, version, revision, status, policy_statement, change_summary, approved_by_id, approved_at, published_at, superseded_at, next_review_due, created_at)
       SELECT c.organization_id, c.id, v, 1, CASE v WHEN 1 THEN 'SUPERSEDED' ELSE 'PUBLISHED' END, 'Wij behandelen klanten eerlijk.',
         CASE v WHEN 2 THEN 'Herziening' END, $2, t.published - interval '3 days', t.published,
         CASE v WHEN 1 THEN ${switchAt} END, CASE v WHEN 2 THEN (now() + interval '6 months')::date END, t.published - interval '30 days'
       FROM code c, generate_series(1, 2) v,
         LATERAL (SELECT CASE v WHEN 1 THEN now() - interval '${YEARS} years' - interval '60 days' ELSE ${switchAt} END AS published) t
       WHERE c.organization_id = $1`,
      [org, userId],
    );
    await q(
      `INSERT INTO code_promise (organization_id, version, code_version_id, code_id, key, title, text, rationale, owner_id, position, created_at)
       SELECT cv.organization_id, 1, cv.id, cv.code_id, 'P' || n, 'Belofte ' || n || ' van ' || c.key,
         'Wij houden ons aan belofte ' || n || ': binnen de afgesproken termijn, duidelijk en correct.', 'Uit de klantreis', $2, n - 1, cv.created_at
       FROM code_version cv JOIN code c ON c.id = cv.code_id, generate_series(1, $3::int) n
       WHERE cv.organization_id = $1`,
      [org, userId, spec.promisesPerCode],
    );
    // Promise number (0 … P-1, code-major) and version → id, for the complaint links below.
    await q('DROP TABLE IF EXISTS promise_map');
    await q(
      `CREATE TEMP TABLE promise_map ON COMMIT DROP AS
       SELECT cv.version AS v, (substring(c.key FROM 6)::int - 1) * $2 + p.position AS idx, p.id, p.code_id
       FROM code_promise p JOIN code_version cv ON cv.id = p.code_version_id JOIN code c ON c.id = p.code_id
       WHERE p.organization_id = $1`,
      [org, spec.promisesPerCode],
    );
    await q(`CREATE UNIQUE INDEX ON promise_map (v, idx)`);
    await q('ANALYZE promise_map');
  });

  await timed('KPIs and measurements', async () => {
    await q(`INSERT INTO kpi_chain (organization_id, version, name, owner_id) SELECT organization_id, 1, 'Keten ' || key, owner_id FROM code WHERE organization_id = $1`, [org]);
    await q(
      `INSERT INTO kpi (organization_id, version, chain_id, code_id, promise_key, kind, name, unit, direction, target, threshold, frequency, owner_id)
       SELECT c.organization_id, 1, ch.id, c.id, 'P' || n, (ARRAY['RESULT','CHAIN','PROCESS','PROCESS'])[1 + (k - 1) % 4],
         'KPI ' || n || '.' || k, CASE WHEN k % 4 = 0 THEN 'DAYS' ELSE 'PERCENT' END,
         CASE WHEN k % 4 = 0 THEN 'LOWER_IS_BETTER' ELSE 'HIGHER_IS_BETTER' END,
         CASE WHEN k % 4 = 0 THEN 5 ELSE 90 END, CASE WHEN k % 4 = 0 THEN 10 ELSE 80 END, 'MONTHLY', c.owner_id
       FROM code c JOIN kpi_chain ch ON ch.organization_id = c.organization_id AND ch.name = 'Keten ' || c.key,
         generate_series(1, $2::int) n, generate_series(1, $3::int) k
       WHERE c.organization_id = $1`,
      [org, spec.promisesPerCode, spec.kpisPerPromise],
    );
    await q(
      `INSERT INTO kpi_measurement (organization_id, version, kpi_id, period_start, period_end, value, recorded_by_id, created_at)
       SELECT k.organization_id, 1, k.id, m.start, (m.start + interval '1 month' - interval '1 day')::date,
         CASE WHEN k.direction = 'LOWER_IS_BETTER' THEN 2 + (hashtext(k.name || m.n) & 1023) % 11 ELSE 70 + (hashtext(k.name || m.n) & 1023) % 30 END,
         $2, m.start + interval '1 month' + interval '3 days'
       FROM kpi k, LATERAL (SELECT n, (date_trunc('month', current_date) - n * interval '1 month')::date AS start FROM generate_series(1, $3::int) n) m
       WHERE k.organization_id = $1`,
      [org, userId, MONTHS_OF_MEASUREMENTS],
    );
  });

  // Complaint g (1 … N) is received at an even pace over the last three years; r(k) are its draws.
  const r = (k: number, v = 'g') => draw(v, salt, k);
  const receivedAtOf = (v: string) =>
    `(now() - interval '${YEARS} years' + ((${v} - 0.5 + 0.8 * (${r(0, v)} - 0.5)) * extract(epoch FROM interval '${YEARS} years') / ${N}) * interval '1 second')`;
  const receivedAt = receivedAtOf('g');
  const complaintIdOf = (v: string) => uuidOf(`'c${salt}-' || ${v}`);
  const complaintId = complaintIdOf('g');
  /** Promise number of the complaint's first promise: skewed, the first codes and promises get the most. */
  const firstPromiseOf = (v: string) => `floor(${P} * power(${r(10, v)}, 1.6))::int`;
  const firstPromise = firstPromiseOf('g');
  const secondPromiseOf = (v: string) =>
    `(${firstPromiseOf(v)} / ${spec.promisesPerCode}) * ${spec.promisesPerCode} + (${firstPromiseOf(v)} % ${spec.promisesPerCode} + 1 + floor(${r(11, v)} * ${spec.promisesPerCode - 1})::int) % ${spec.promisesPerCode}`;
  const versionAt = (at: string) => `CASE WHEN ${at} < ${switchAt} THEN 1 ELSE 2 END`;

  await timed('complaints', () =>
    q(
      `INSERT INTO complaint (id, organization_id, created_at, updated_at, version, reference, received_at, channel, subject, description,
         complainant_name, complainant_email, complainant_phone, customer_reference, categories, status, handler_id, registered_by_id,
         acknowledgement_due_at, acknowledged_at, acknowledged_on_time, resolution_due_at, resolved_at, resolved_on_time, decision, outcome,
         closed_at, satisfaction, escalation_body, escalation_escalated_at, escalation_outcome, escalation_binding, escalation_decided_at)
       WITH base AS (
         SELECT g, ${receivedAt} AS received_at, ${r(1)} AS r1, ${r(2)} AS r2, ${r(3)} AS r3, ${r(4)} AS r4, ${r(5)} AS r5, ${r(6)} AS r6,
           ${r(7)} AS r7, ${r(8)} AS r8, ${r(9)} AS r9, ${r(12)} AS r12, ${r(13)} AS r13, ${r(14)} AS r14
         FROM generate_series(1, $2::int) g
       ), steps AS (
         SELECT b.*,
           b.received_at + (2 + power(b.r1, 3) * 170) * interval '1 hour' AS ack_at,
           b.received_at + (2 + power(b.r1, 3) * 170 + b.r2 * 48) * interval '1 hour' AS start_at,
           b.received_at + greatest(24 + power(b.r3, 3) * 480, 3 + power(b.r1, 3) * 170 + b.r2 * 48) * interval '1 hour' AS res_at,
           b.r5 < 0.02 AS is_esc,
           b.r7 < 0.012 AS stalled, 1 + floor(b.r8 * 3)::int AS stall_stage,
           (b.received_at AT TIME ZONE '${TIMEZONE}')::date AS local_day
         FROM base b
       ), times AS (
         SELECT s.*,
           s.res_at + (24 + s.r4 * 240) * interval '1 hour' AS close_at,
           s.res_at + (48 + s.r4 * 500) * interval '1 hour' AS esc_at,
           s.res_at + (48 + s.r4 * 500 + 720 + s.r6 * 1440) * interval '1 hour' AS dec_at,
           ((s.local_day + CASE extract(isodow FROM s.local_day)::int WHEN 1 THEN 4 WHEN 6 THEN 5 WHEN 7 THEN 4 ELSE 6 END + 1)::timestamp AT TIME ZONE '${TIMEZONE}') - interval '1 millisecond' AS ack_due,
           ((s.local_day + 15)::timestamp AT TIME ZONE '${TIMEZONE}') - interval '1 millisecond' AS res_due
         FROM steps s
       ), reached AS (
         SELECT t.*,
           t.ack_at <= now() AND NOT (t.stalled AND t.stall_stage <= 1) AS acked,
           t.start_at <= now() AND NOT (t.stalled AND t.stall_stage <= 2) AS started,
           t.res_at <= now() AND NOT t.stalled AS resolved
         FROM times t
       ), st AS (
         SELECT x.*, x.acked AND x.started AND x.resolved AS decided,
           x.acked AND x.started AND x.resolved AND x.is_esc AND x.esc_at <= now() AS escalated,
           x.acked AND x.started AND x.resolved AND ((NOT x.is_esc AND x.close_at <= now()) OR (x.is_esc AND x.dec_at <= now())) AS closed,
           x.acked AND x.started AS in_progress
         FROM reached x
       ), numbered AS (
         SELECT st.*, extract(year FROM st.received_at AT TIME ZONE '${TIMEZONE}')::int AS year,
           row_number() OVER (PARTITION BY extract(year FROM st.received_at AT TIME ZONE '${TIMEZONE}') ORDER BY st.g) AS n
         FROM st
       )
       SELECT ${complaintId}, $1, received_at,
         CASE WHEN closed THEN CASE WHEN is_esc THEN dec_at ELSE close_at END WHEN escalated THEN esc_at WHEN decided THEN res_at
              WHEN in_progress THEN start_at WHEN acked THEN ack_at ELSE received_at END,
         1 + acked::int + in_progress::int + decided::int + escalated::int + closed::int,
         'K-' || year || '-' || CASE WHEN n < 100000 THEN lpad(n::text, 5, '0') ELSE n::text END,
         received_at,
         CASE WHEN r9 < 0.40 THEN 'WEB' WHEN r9 < 0.65 THEN 'EMAIL' WHEN r9 < 0.85 THEN 'PHONE' WHEN r9 < 0.95 THEN 'LETTER' ELSE 'IN_PERSON' END,
         (ARRAY['Betalingsregeling niet nagekomen','Onjuiste incassokosten','Niet teruggebeld','Toon van de brief','Rente verkeerd berekend',
                'Beslag zonder aankondiging','Dossier niet overgedragen','Klacht niet bevestigd','Onbereikbaar via telefoon','Betaling niet verwerkt',
                'Onduidelijke specificatie','Privacy: gegevens gedeeld','Medewerker onvriendelijk','Termijn verlopen','Dubbele aanmaning',
                'Verkeerd adres gebruikt','Schuldhulp genegeerd','Geen reactie op e-mail','Kosten niet toegelicht','Herhaalde belpogingen'])[1 + floor(r12 * 20)::int]
           || ' (' || (ARRAY['dossier','rekening','contract','aanmaning'])[1 + floor(r13 * 4)::int] || ' ' || (1000 + g % 9000) || ')',
         'De klant schrijft dat de afspraak van ' || to_char(received_at, 'DD-MM-YYYY') || ' niet is nagekomen en vraagt om uitleg en herstel. '
           || 'Eerdere contacten: ' || (1 + g % 4) || '. Gewenste oplossing: kwijtschelding van de kosten of een nieuwe betalingsregeling.',
         'Klant ' || g, 'klant' || g || '@voorbeeld.nl', CASE WHEN r14 < 0.3 THEN '06' || lpad((g % 100000000)::text, 8, '0') END, 'D-' || (100000 + g),
         CASE WHEN r13 < 0.04 THEN '{}'::text[]
              WHEN r13 < 0.70 THEN ARRAY[(ARRAY['CONDUCT','LEGAL','FINANCIAL','EXECUTION'])[1 + floor(r14 * 4)::int]]
              ELSE ARRAY[(ARRAY['CONDUCT','LEGAL','FINANCIAL','EXECUTION'])[1 + floor(r14 * 4)::int], (ARRAY['CONDUCT','LEGAL','FINANCIAL','EXECUTION'])[1 + (floor(r14 * 4)::int + 1) % 4]] END,
         CASE WHEN closed THEN 'CLOSED' WHEN escalated THEN 'ESCALATED' WHEN decided THEN 'RESOLVED' WHEN in_progress THEN 'IN_PROGRESS' WHEN acked THEN 'ACKNOWLEDGED' ELSE 'RECEIVED' END,
         CASE WHEN in_progress OR (acked AND r2 < 0.5) THEN ($3::uuid[])[1 + g % cardinality($3::uuid[])] END,
         CASE WHEN r9 >= 0.40 THEN ($4::uuid[])[1 + (g * 7) % cardinality($4::uuid[])] END,
         ack_due, CASE WHEN acked THEN ack_at END, CASE WHEN acked THEN ack_at <= ack_due END,
         res_due, CASE WHEN decided THEN res_at END, CASE WHEN decided THEN res_at <= res_due END,
         CASE WHEN decided THEN 'Na onderzoek besloten: ' || (ARRAY['kosten gecrediteerd','regeling hersteld','uitleg gegeven','excuses aangeboden'])[1 + g % 4] END,
         CASE WHEN decided THEN CASE WHEN r6 < 0.25 THEN 'UPHELD' WHEN r6 < 0.45 THEN 'PARTIALLY_UPHELD' WHEN r6 < 0.90 THEN 'REJECTED' ELSE 'WITHDRAWN' END END,
         CASE WHEN closed THEN CASE WHEN is_esc THEN dec_at ELSE close_at END END,
         CASE WHEN decided AND r4 < 0.35 THEN 1 + floor(r12 * 5)::int END,
         CASE WHEN escalated THEN (ARRAY['Geschillencommissie','Kifid','Ombudsman'])[1 + g % 3] END,
         CASE WHEN escalated THEN esc_at END,
         CASE WHEN escalated AND closed THEN (ARRAY['UPHELD','PARTIALLY_UPHELD','REJECTED','REJECTED'])[1 + floor(r8 * 4)::int] END,
         CASE WHEN escalated AND closed THEN r2 < 0.7 END,
         CASE WHEN escalated AND closed THEN dec_at END
       FROM numbered`,
      [org, N, officers, users],
    ),
  );

  await timed('reference counters', () =>
    q(
      `INSERT INTO complaint_reference_counter (organization_id, year, last)
       SELECT organization_id, extract(year FROM received_at AT TIME ZONE '${TIMEZONE}')::int, count(*) FROM complaint WHERE organization_id = $1 GROUP BY 1, 2`,
      [org],
    ),
  );

  await timed('complaint promises', () =>
    q(
      // received_at: the complaint's (a trigger sets it, but triggers do not fire under the replica role).
      `INSERT INTO complaint_promise (organization_id, complaint_id, promise_id, created_at, updated_at, received_at)
       SELECT $1, ${complaintIdOf('x.g')}, pm.id, x.at, x.at, x.at
       FROM (SELECT g, ${receivedAt} AS at FROM generate_series(1, $2::int) g) x
         CROSS JOIN LATERAL (SELECT ${firstPromiseOf('x.g')} AS idx UNION ALL SELECT ${secondPromiseOf('x.g')} WHERE ${r(15, 'x.g')} < 0.35) p
         JOIN promise_map pm ON pm.v = ${versionAt('x.at')} AND pm.idx = p.idx`,
      [org, N],
    ),
  );

  await timed('timeline entries', () =>
    q(
      `INSERT INTO complaint_timeline_entry (organization_id, complaint_id, actor_id, at, from_status, to_status, note, created_at, updated_at)
       SELECT c.organization_id, c.id, CASE WHEN v.to_status = 'RECEIVED' THEN c.registered_by_id ELSE c.handler_id END, v.at, v.from_status, v.to_status,
         CASE WHEN v.to_status = 'RESOLVED' THEN 'Besluit gecommuniceerd' END, v.at, v.at
       FROM complaint c CROSS JOIN LATERAL (VALUES
         (c.received_at, NULL, 'RECEIVED'),
         (c.acknowledged_at, 'RECEIVED', 'ACKNOWLEDGED'),
         (CASE WHEN c.status IN ('IN_PROGRESS','RESOLVED','ESCALATED','CLOSED') THEN c.acknowledged_at + (coalesce(c.resolved_at, now()) - c.acknowledged_at) / 4 END, 'ACKNOWLEDGED', 'IN_PROGRESS'),
         (c.resolved_at, 'IN_PROGRESS', 'RESOLVED'),
         (c.escalation_escalated_at, 'RESOLVED', 'ESCALATED'),
         (c.closed_at, CASE WHEN c.escalation_escalated_at IS NOT NULL THEN 'ESCALATED' ELSE 'RESOLVED' END, 'CLOSED')
       ) v(at, from_status, to_status)
       WHERE c.organization_id = $1 AND v.at IS NOT NULL`,
      [org],
    ),
  );

  // The disputes bodies the escalated complaints went to, and their cases, as the migration that
  // introduced disputes-body cases made them from escalations (CorrespondenceAndDisputes).
  await timed('disputes bodies and cases', async () => {
    await q(
      `INSERT INTO disputes_body (organization_id, version, name, source)
       SELECT DISTINCT organization_id, 1, escalation_body, 'Generated for the scale benchmark.'
       FROM complaint WHERE organization_id = $1 AND escalation_escalated_at IS NOT NULL`,
      [org],
    );
    await q(
      `INSERT INTO disputes_case (organization_id, version, complaint_id, body_id, origin, status, filed_at, outcome, decided_at, binding, fee_refund_due, closed_at)
       SELECT c.organization_id, 1, c.id, b.id, 'AFTER_RESOLUTION', CASE WHEN c.escalation_outcome IS NULL THEN 'OPEN' ELSE 'CLOSED' END, c.escalation_escalated_at,
         c.escalation_outcome, c.escalation_decided_at, c.escalation_binding, CASE WHEN c.escalation_outcome IS NULL THEN NULL ELSE false END,
         CASE WHEN c.escalation_outcome IS NULL THEN NULL ELSE coalesce(c.escalation_decided_at, c.closed_at, c.escalation_escalated_at) END
       FROM complaint c JOIN disputes_body b ON b.organization_id = c.organization_id AND b.name = c.escalation_body
       WHERE c.organization_id = $1 AND c.escalation_escalated_at IS NOT NULL`,
      [org],
    );
  });

  // Action i answers complaint g = 5i - (0…4): about that complaint's first promise, opened after it was received.
  const M = Math.floor(N / 5);
  const a = (k: number) => draw('i', salt + 500, k);
  const actionId = uuidOf(`'a${salt}-' || i`);
  await timed('corrective actions', () =>
    q(
      `INSERT INTO corrective_action (id, organization_id, created_at, updated_at, version, kind, promise_id, title, root_cause, planned_action, owner_id, due_on, status,
         started_at, done_at, verified_by_id, verified_on, effective, effectiveness_note, cancellation_reason, cancelled_at, decided_by_id, decided_at, created_by_id)
       WITH base AS (
         SELECT i, g, ${receivedAt} AS received_at, ${a(1)} AS a1, ${a(2)} AS a2, ${a(3)} AS a3, ${a(4)} AS a4, ${a(5)} AS a5, ${a(6)} AS a6,
           ${firstPromise} AS idx
         FROM (SELECT i, 5 * i - (i % 5) AS g FROM generate_series(1, $2::int) i) ig
       ), t AS (
         SELECT b.*, least(b.received_at + (3 + b.a1 * 27) * interval '1 day', now() - interval '1 hour') AS created,
           CASE WHEN b.a2 < 0.70 THEN 'CORRECTIVE' WHEN b.a2 < 0.85 THEN 'PREVENTIVE' ELSE 'IMPROVEMENT' END AS kind
         FROM base b
       ), s AS (
         SELECT t.*, t.created + t.a3 * 10 * interval '1 day' AS start_at,
           t.created + (t.a3 * 10 + 5 + t.a4 * 55) * interval '1 day' AS done_at,
           t.created + (t.a3 * 10 + 5 + t.a4 * 55 + 14 + t.a5 * 46) * interval '1 day' AS verified_at,
           t.created + (2 + t.a4 * 18) * interval '1 day' AS cancel_at,
           t.a6 < 0.06 AS cancels, t.a6 BETWEEN 0.06 AND 0.11 AS stalls
         FROM t
       ), st AS (
         SELECT s.*, CASE
           WHEN s.cancels AND s.cancel_at <= now() THEN 'CANCELLED'
           WHEN NOT s.cancels AND NOT s.stalls AND s.verified_at <= now() THEN CASE WHEN s.a5 < 0.12 THEN 'NOT_EFFECTIVE' ELSE 'VERIFIED_EFFECTIVE' END
           WHEN NOT s.cancels AND NOT s.stalls AND s.done_at <= now() THEN 'DONE'
           WHEN s.start_at <= now() AND NOT s.cancels THEN 'IN_PROGRESS'
           ELSE 'OPEN' END AS status
         FROM s
       )
       SELECT ${actionId}, $1, created, CASE status WHEN 'CANCELLED' THEN cancel_at WHEN 'VERIFIED_EFFECTIVE' THEN verified_at WHEN 'NOT_EFFECTIVE' THEN verified_at
           WHEN 'DONE' THEN done_at WHEN 'IN_PROGRESS' THEN start_at ELSE created END,
         CASE status WHEN 'OPEN' THEN 1 WHEN 'IN_PROGRESS' THEN 2 WHEN 'DONE' THEN 3 WHEN 'CANCELLED' THEN 2 ELSE 4 END,
         kind, pm.id, (ARRAY['Brieven herzien','Scripts aanpassen','Werkinstructie bijwerken','Training teams','Controle toevoegen','Systeemkoppeling herstellen'])[1 + i % 6] || ' ' || i,
         CASE WHEN a3 < 0.2 THEN NULL ELSE (ARRAY['Sjabloon onduidelijk','Geen vier-ogencontrole','Onvoldoende bereikbaarheid','Werkvoorraad te hoog',
           'Onvoldoende opgeleid','Systeemfout in koppeling','Instructie verouderd','Geen terugbelafspraak vastgelegd','Termijnbewaking ontbreekt',
           'Communicatie onduidelijk','  sjabloon   onduidelijk ','GEEN VIER-OGENCONTROLE'])[1 + floor(a4 * 12)::int] END,
         'Oorzaak wegnemen en effect meten', ($3::uuid[])[1 + i % cardinality($3::uuid[])],
         (created + (30 + a1 * 90) * interval '1 day')::date, status,
         CASE WHEN status NOT IN ('OPEN') AND NOT (status = 'CANCELLED' AND start_at > cancel_at) THEN start_at END,
         CASE WHEN status IN ('DONE','VERIFIED_EFFECTIVE','NOT_EFFECTIVE') THEN done_at END,
         CASE WHEN status IN ('VERIFIED_EFFECTIVE','NOT_EFFECTIVE') THEN $4::uuid END,
         CASE WHEN status IN ('VERIFIED_EFFECTIVE','NOT_EFFECTIVE') THEN (verified_at AT TIME ZONE '${TIMEZONE}')::date END,
         CASE status WHEN 'VERIFIED_EFFECTIVE' THEN true WHEN 'NOT_EFFECTIVE' THEN false END,
         CASE WHEN status IN ('VERIFIED_EFFECTIVE','NOT_EFFECTIVE') THEN 'Steekproef van 20 dossiers' END,
         CASE WHEN status = 'CANCELLED' THEN 'Opgegaan in een andere actie' END,
         CASE WHEN status = 'CANCELLED' THEN cancel_at END,
         CASE WHEN kind = 'PREVENTIVE' THEN $4::uuid END, CASE WHEN kind = 'PREVENTIVE' THEN created END,
         $4::uuid
       FROM st JOIN promise_map pm ON pm.v = ${versionAt('st.received_at')} AND pm.idx = st.idx`,
      [org, M, users, userId],
    ),
  );
  await timed('action–complaint links', () =>
    q(
      `INSERT INTO corrective_action_complaint (organization_id, corrective_action_id, complaint_id, created_at, updated_at)
       SELECT $1, ${actionId}, ${uuidOf(`'c${salt}-' || (5 * i - (i % 5))`)}, a.created_at, a.created_at
       FROM generate_series(1, $2::int) i JOIN corrective_action a ON a.id = ${actionId}`,
      [org, M],
    ),
  );

  const [{ id: codeId }] = await q(`SELECT id FROM code WHERE organization_id = $1 AND key = 'code-01'`, [org]);
  const lineage = await q(
    `SELECT p.id, cv.status FROM code_promise p JOIN code_version cv ON cv.id = p.code_version_id WHERE p.code_id = $1 AND p.key = 'P3' ORDER BY cv.version`,
    [codeId],
  );
  const [{ id: complaintIdOfC }] = await q(
    `SELECT c.id FROM complaint c WHERE c.organization_id = $1 AND c.status = 'CLOSED' AND c.escalation_escalated_at IS NULL AND c.received_at > now() - interval '6 months'
     ORDER BY c.reference LIMIT 1`,
    [org],
  );
  const [counts] = await q(
    `SELECT (SELECT count(*) FROM complaint WHERE organization_id = $1)::int AS complaints,
       (SELECT count(*) FROM complaint_promise WHERE organization_id = $1)::int AS "complaintPromises",
       (SELECT count(*) FROM complaint_timeline_entry WHERE organization_id = $1)::int AS "timelineEntries",
       (SELECT count(*) FROM corrective_action WHERE organization_id = $1)::int AS "correctiveActions",
       (SELECT count(*) FROM kpi WHERE organization_id = $1)::int AS kpis,
       (SELECT count(*) FROM kpi_measurement WHERE organization_id = $1)::int AS "kpiMeasurements",
       (SELECT count(*) FROM code_promise WHERE organization_id = $1)::int AS promises,
       (SELECT count(*) FROM app_user WHERE organization_id = $1)::int AS users`,
    [org],
  );
  return {
    slug: spec.slug,
    organizationId: org,
    userId,
    usersByRole,
    codeId,
    promiseId: lineage.find((p) => p.status === 'PUBLISHED').id,
    lineagePromiseIds: lineage.map((p) => p.id),
    complaintId: complaintIdOfC,
    analysisYear: new Date(nowIso).getFullYear(),
    counts,
  };
}

// ---------------------------------------------------------------------------------------------
// The database: created when missing, migrated by the service's own code, generated once per scale.

const adminUrl = (url: string) => {
  const u = new URL(url);
  u.pathname = '/postgres';
  return u.toString();
};
export const databaseName = (url: string) => decodeURIComponent(new URL(url).pathname.slice(1));

async function admin<T>(url: string, work: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl(url) });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function createDatabase(url: string, dropFirst: boolean): Promise<void> {
  const name = databaseName(url);
  await admin(url, async (c) => {
    if (dropFirst) await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    const exists = (await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount;
    if (!exists) await c.query(`CREATE DATABASE "${name}"`);
  });
}

/** The dataset's description, kept as the database's comment; null when not generated (completely) yet. */
export async function readMeta(url: string): Promise<DatasetMeta | null> {
  const name = databaseName(url);
  return admin(url, async (c) => {
    const rows = (await c.query(`SELECT shobj_description(oid, 'pg_database') AS meta FROM pg_database WHERE datname = $1`, [name])).rows;
    if (!rows.length || !rows[0].meta) return null;
    try {
      return JSON.parse(rows[0].meta) as DatasetMeta;
    } catch {
      return null;
    }
  });
}

/** The tables of a million rows or more. */
const BULK_TABLES = ['complaint', 'complaint_promise', 'complaint_timeline_entry', 'corrective_action', 'corrective_action_complaint'];

/** Drops the indexes of `tables` that no constraint owns; returns their definitions, to create them again. */
async function dropSecondaryIndexes(client: Client, tables: string[]): Promise<string[]> {
  const { rows } = await client.query(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
     FROM pg_index i WHERE i.indrelid = ANY($1::regclass[]) AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
     ORDER BY 1`,
    [tables],
  );
  for (const { name } of rows as { name: string }[]) await client.query(`DROP INDEX ${name}`);
  return (rows as { definition: string }[]).map((row) => row.definition);
}

/** Migrates the database with the service's own start-up (production mode, MIGRATE_ON_START). */
async function migrate(url: string): Promise<void> {
  const service = await startBenchService('scale-migrate', { DATABASE_URL: url });
  await service.stop();
}

/**
 * Makes sure `url` holds the dataset of `scale` (`small`: only the small organisation): reuses it
 * when the database's comment says so, else drops and recreates the database, migrates it and
 * generates. Returns the description.
 */
export async function ensureDataset(url: string, scale: number, options: { small?: boolean; force?: boolean } = {}): Promise<DatasetMeta> {
  const wanted = options.small ? 0 : scale;
  const existing = options.force ? null : await readMeta(url).catch(() => null);
  if (existing && existing.scale === wanted) {
    log(`${databaseName(url)}: dataset at scale ${wanted} already there (generated ${existing.generatedAt} in ${existing.seconds} s), reused`);
    return existing;
  }
  const start = Date.now();
  log(`${databaseName(url)}: generating the dataset at scale ${wanted}${options.small ? ' (small organisation only)' : ''}`);
  await createDatabase(url, true);
  await timed('migrations (service start-up)', () => migrate(url));
  const client = new Client({ connectionString: url });
  await client.connect();
  const organizations: GeneratedOrganization[] = [];
  try {
    await client.query(`SET statement_timeout = 0; SET synchronous_commit = off; SET work_mem = '256MB'; SET maintenance_work_mem = '512MB'`);
    await client.query('BEGIN');
    // Foreign keys are checked once, in bulk, below (a row-by-row trigger check per inserted row
    // would double the time); CHECK constraints, NOT NULL and unique indexes apply as usual.
    await client.query('SET LOCAL session_replication_role = replica');
    // As pg_restore does: the secondary indexes of the large tables are built once after the rows are
    // in (a sorted build) instead of entry by entry; primary keys and constraints' indexes stay, and
    // a unique index checks every row when it is built again.
    const indexes = await dropSecondaryIndexes(client, BULK_TABLES);
    if (!options.small) organizations.push(await generateOrganization(client, largeSpec(scale)));
    organizations.push(await generateOrganization(client, SMALL_SPEC));
    await timed('secondary indexes built', async () => {
      for (const definition of indexes) await client.query(definition);
    });
    // Statistics of the rows just loaded, for the rebuild's plans (hash joins over whole tables).
    await timed('analyze', () => client.query('ANALYZE'));
    // The replica role also keeps the monitoring rollups' triggers from firing: rebuild them, as the
    // operations guide tells anyone who bulk-loads that way. The rebuild calls its counting functions
    // itself (the only triggers on the rollups, the month ones, stand down while it runs), so it too
    // runs under the replica role, and the foreign keys of the rollup rows are checked with the rest.
    await timed('monitoring rollups rebuilt', async () => {
      for (const organization of organizations) await client.query('SELECT monitoring_rebuild($1)', [organization.organizationId]);
    });
    await client.query('SET LOCAL session_replication_role = origin');
    await timed('foreign keys checked', () => verifyForeignKeys(client));
    await timed('commit', () => client.query('COMMIT'));
    await timed('vacuum analyze', () => client.query('VACUUM (ANALYZE)'));
    const meta: DatasetMeta = { scale: wanted, generatedAt: new Date().toISOString(), seconds: Math.round((Date.now() - start) / 100) / 10, organizations };
    await client.query(`DO $$ BEGIN EXECUTE format('COMMENT ON DATABASE %I IS %L', current_database(), ${quoteLiteral(JSON.stringify(meta))}); END $$`);
    log(`${databaseName(url)}: generated in ${meta.seconds} s`);
    return meta;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

/** Checks every foreign key of the schema over all rows (anti-joins); throws on the first violated one. */
async function verifyForeignKeys(client: Client): Promise<void> {
  const { rows } = await client.query(
    `SELECT con.conname, con.conrelid::regclass::text AS child, con.confrelid::regclass::text AS parent,
       (SELECT array_agg(a.attname ORDER BY k.i)::text[] FROM unnest(con.conkey) WITH ORDINALITY k(n, i) JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.n) AS columns,
       (SELECT array_agg(a.attname ORDER BY k.i)::text[] FROM unnest(con.confkey) WITH ORDINALITY k(n, i) JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.n) AS refs
     FROM pg_constraint con JOIN pg_namespace ns ON ns.oid = con.connamespace WHERE con.contype = 'f' AND ns.nspname = 'public'`,
  );
  for (const fk of rows) {
    const columns: string[] = fk.columns;
    const refs: string[] = fk.refs;
    const notNull = columns.map((c) => `c."${c}" IS NOT NULL`).join(' AND ');
    const match = columns.map((c, i) => `p."${refs[i]}" = c."${c}"`).join(' AND ');
    const [{ n }] = (await client.query(`SELECT count(*)::int AS n FROM ${fk.child} c WHERE ${notNull} AND NOT EXISTS (SELECT 1 FROM ${fk.parent} p WHERE ${match})`)).rows;
    if (n > 0) throw new Error(`foreign key ${fk.conname} of ${fk.child} violated by ${n} rows`);
  }
}

const quoteLiteral = (text: string) => `'${text.replace(/'/g, "''")}'`;
