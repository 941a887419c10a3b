import fc from 'fast-check';
import pino from 'pino';
import { getMetadataStorage } from 'type-graphql';
import type { GraphQLField } from 'graphql';
import { seedAll } from '../../seeds';
import { DEMO_ORG } from '../../seeds/demo-ids';
import { createSchema } from '../../src/schema';
import { signToken } from '../../src/auth/tokens';
import { ALL_ROLES, Role } from '../../src/common/roles';
import { PUBLIC_OPERATIONS } from '../../src/auth/public-operations';
import { CodeVersionStatus } from '../../src/modules/code/code-version.entity';
import { User } from '../../src/modules/user/user.entity';
import { ApiClient, startTestApp, TEST_JWT_SECRET, type TestApp } from '../support/app';
import { createCode } from '../support/fixtures';
import { argumentsArbitrary, mutationDocument, type ArbitraryContext, type IdPool } from '../support/schema-arbitraries';

/**
 * Schema-driven fuzzing of every mutation: arguments generated from the argument types, mixing
 * ids of the demo organisation's real records with hostile values, sent over HTTP as a role that
 * may call the mutation. No call may answer a 5xx or INTERNAL_SERVER_ERROR, leak a stack or SQL,
 * or, when it answers an error, change any table.
 *
 *   FUZZ_RUNS=200 npm test -- test/e2e/fuzz-mutations.test.ts   more runs per mutation
 *   FUZZ_SEED=7 FUZZ_ONLY=registerComplaint,updateKpi npm test -- test/e2e/fuzz-mutations.test.ts
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 12);
const SEED = Number(process.env.FUZZ_SEED ?? 20261130);
const ONLY = process.env.FUZZ_ONLY?.split(',').filter(Boolean);

const LEAKS = /\bat [\w.<>]+ \(|\.[jt]s:\d+|node_modules|stacktrace|\bSELECT\b|\bINSERT INTO\b|\bFROM "|QueryFailedError|syntax error at or near|relation "/i;

let app: TestApp;
let tables: string[];
const clients = new Map<Role | 'anonymous', ApiClient>();
let ctx: ArbitraryContext;
let calls = 0;
/** The fingerprint after the last call. */
let last: Record<string, string> | undefined;
const outcomes: Record<string, Record<string, number>> = {};

/** Row count and the sum of row versions (xmin) of every table: any committed insert, update or delete changes it. */
async function fingerprint(): Promise<Record<string, string>> {
  const sql = tables.map((t) => `SELECT '${t}' AS t, count(*)::text || ':' || coalesce(sum(xmin::text::bigint), 0)::text AS f FROM "${t}"`).join(' UNION ALL ');
  const rows: { t: string; f: string }[] = await app.dataSource.query(sql);
  return Object.fromEntries(rows.map((r) => [r.t, r.f]));
}

/** The roles `@Authorized(...)` lets call each mutation (empty: any member). */
function rolesByMutation(): Map<string, Role[]> {
  const storage = getMetadataStorage();
  const roles = new Map<string, Role[]>();
  for (const mutation of storage.mutations) {
    const authorized = storage.authorizedFields.find((f) => f.target === mutation.target && f.fieldName === mutation.methodName);
    if (authorized) roles.set(mutation.schemaName, authorized.roles as Role[]);
  }
  return roles;
}

const schema = createSchema();
let mutations: [string, GraphQLField<unknown, unknown>][] = [];

beforeAll(async () => {
  app = await startTestApp();
  await seedAll(app.dataSource, pino({ level: 'silent' }));

  // Ids of the demo's records by GraphQL type, taken before the callers exist: no generated
  // call can deactivate or demote the users the fuzzer acts as.
  const byType: Record<string, string[]> = {};
  for (const meta of app.dataSource.entityMetadatas) {
    const hasId = meta.columns.some((c) => c.propertyName === 'id');
    if (!hasId) continue;
    const scoped = meta.columns.some((c) => c.propertyName === 'organizationId');
    const rows: { id: string }[] = await app.dataSource.query(
      `SELECT id::text AS id FROM "${meta.tableName}" ${scoped ? 'WHERE organization_id = $1' : ''} ORDER BY id LIMIT 40`,
      scoped ? [DEMO_ORG.id] : [],
    );
    if (rows.length) byType[meta.name] = rows.map((r) => r.id);
  }
  const other = await app.createOrganization('fuzz-other');
  const foreign = await createCode(app.dataSource, other, [CodeVersionStatus.PUBLISHED], ['P1']);
  const pool: IdPool = { byType, foreign: [foreign.code.id, foreign.versions[0].id, foreign.promises[0].P1.id, other.users.QUALITY_MANAGER] };
  ctx = { pool, organizationSlug: DEMO_ORG.slug, today: new Date().toISOString().slice(0, 10) };

  for (const role of ALL_ROLES) {
    const user = await app.dataSource.getRepository(User).save({ organizationId: DEMO_ORG.id, name: `Fuzz ${role}`, email: `fuzz.${role.toLowerCase()}@debrug.example`, roles: [role] });
    const token = await signToken(TEST_JWT_SECRET, { userId: user.id, organizationSlug: DEMO_ORG.slug, roles: [role] }, { expiresIn: '2h' });
    clients.set(role, new ApiClient(app.url, token));
  }
  clients.set('anonymous', app.anonymous);
  const tableRows: { t: string }[] = await app.dataSource.query(
    `SELECT table_name AS t FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1`,
  );
  tables = tableRows.map((r) => r.t);
});

afterAll(async () => {
  const summary = Object.entries(outcomes)
    .map(([m, o]) => `${m}: ${Object.entries(o).map(([k, n]) => `${k} ${n}`).join(', ')}`)
    .join('\n');
  // eslint-disable-next-line no-console
  console.log(`fuzz: ${calls} requests over ${Object.keys(outcomes).length} mutations, ${RUNS} runs each, seed ${SEED}\n${summary}`);
  await app?.close();
});

describe('fuzz: every mutation, arguments generated from the schema', () => {
  it('covers every mutation of the schema with a role that may call it', async () => {
    const fields = (await schema).getMutationType()!.getFields();
    const roles = rolesByMutation();
    mutations = Object.entries(fields).filter(([name]) => !ONLY || ONLY.includes(name));
    const uncallable = Object.keys(fields).filter((name) => !roles.has(name) && !PUBLIC_OPERATIONS.includes(`Mutation.${name}`));
    expect(uncallable).toEqual([]);
    expect(Object.keys(fields).length).toBeGreaterThan(50);
  });

  it('answers every generated call without a 5xx or INTERNAL_SERVER_ERROR, and a refused call changes nothing', async () => {
    const roles = rolesByMutation();
    const failures: string[] = [];
    for (const [name, field] of mutations) {
      const allowed = roles.get(name);
      const client = clients.get(allowed === undefined ? 'anonymous' : (allowed[0] ?? Role.QUALITY_MANAGER))!;
      const query = mutationDocument(field);
      const tally = (outcomes[name] = {} as Record<string, number>);
      const result = await fc.check(
        fc.asyncProperty(argumentsArbitrary(field, ctx), async (variables) => {
          // Calls run one at a time on this file's own database: the state after one call is the state before the next.
          const before = (last ??= await fingerprint());
          const res = await fetch(`${app.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...(client.token ? { authorization: `Bearer ${client.token}` } : {}) },
            body: JSON.stringify({ query, variables }),
          });
          calls++;
          const text = await res.text();
          const body = JSON.parse(text) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
          const code = body.errors?.[0]?.extensions?.code ?? 'OK';
          tally[code] = (tally[code] ?? 0) + 1;
          const problems: string[] = [];
          if (res.status >= 500) problems.push(`HTTP ${res.status}`);
          if (body.errors?.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR')) problems.push('INTERNAL_SERVER_ERROR');
          if (LEAKS.test(text)) problems.push('leaks a stack trace or SQL');
          const after = (last = await fingerprint());
          if (body.errors?.length) {
            const changed = tables.filter((t) => before[t] !== after[t]);
            if (changed.length) problems.push(`refused (${code}) but changed ${changed.join(', ')}`);
          }
          if (problems.length) throw new Error(`${problems.join('; ')}: HTTP ${res.status} ${text.slice(0, 300)}`);
        }),
        { seed: SEED, numRuns: RUNS, endOnFailure: process.env.FUZZ_SHRINK === '0' },
      );
      if (result.failed) {
        const counterexample = JSON.stringify(result.counterexample?.[0]).replace(/(.)\1{40,}/g, (run, c) => `${c.repeat(3)}…(${run.length}×)`);
        const error = String((result.errorInstance as Error | undefined)?.message ?? result.errorInstance).split('\n')[0];
        failures.push(`${name} as ${client.token ? (allowed?.[0] ?? Role.QUALITY_MANAGER) : 'anonymous'} after ${result.numRuns} runs, shrunk ${result.numShrinks} times\n  ${counterexample}\n  ${error}`);
      }
    }
    expect(failures).toEqual([]);
  }, 30 * 60_000);
});
