import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { signToken } from '../../src/auth/tokens';
import { NODE_MEMORY_FLAGS } from '../../src/observability/heap';
import type { GeneratedOrganization } from './generate';
import { BENCH_ROLES } from './generate';

/** The JWT secret bench/harness.ts gives the service. */
const SECRET = 'bench-secret-bench-secret-bench-secret-1';

export type CandidateName = 'service' | 'raw' | 'floor' | 'postgraphile';

/** A candidate running in a child process (bench/scale/server.ts). */
export class Candidate {
  private pending = new Map<string, (message: never) => void>();
  url = '';
  private constructor(
    readonly name: string,
    readonly child: ChildProcess,
  ) {
    child.on('message', (message: { cmd: string }) => {
      const resolve = this.pending.get(message.cmd);
      this.pending.delete(message.cmd);
      resolve?.(message as never);
    });
  }

  static async start(name: string, mode: CandidateName, databaseUrl: string): Promise<Candidate> {
    // BENCH_CPU_PROFILE=<dir>: the service's process writes a V8 CPU profile there when it stops (open it in Chrome's DevTools).
    const profile = mode === 'service' && process.env.BENCH_CPU_PROFILE ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_CPU_PROFILE] : [];
    // The service with the V8 flags `npm start` gives it.
    const flags = mode === 'service' ? [...NODE_MEMORY_FLAGS] : [];
    // NODE_ENV=production as deployed: graphql-js (every candidate's) then skips its development-only checks.
    const child = fork(path.join(__dirname, 'server.js'), [mode, databaseUrl], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      execArgv: [...process.execArgv, ...flags, ...profile],
      env: { ...process.env, NODE_ENV: 'production' },
    });
    const candidate = new Candidate(name, child);
    const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`${name} exited with ${code}`))));
    const ready = await Promise.race([candidate.ask<{ url: string }>('ready', false), exited]);
    candidate.url = ready.url;
    child.removeAllListeners('exit');
    return candidate;
  }

  /** Sends `cmd` (unless only waiting for it) and resolves with the child's answer of the same name. */
  ask<T>(cmd: string, sendIt = true, extra: Record<string, unknown> = {}): Promise<T> {
    return new Promise<T>((resolve) => {
      this.pending.set(cmd, resolve as (message: never) => void);
      if (sendIt) this.child.send({ cmd, ...extra });
    });
  }

  async statements(): Promise<number> {
    return (await this.stats()).statements;
  }

  /** SQL statements sent and CPU time used (user + system, µs) by the candidate's process so far. */
  stats(): Promise<{ statements: number; cpuMicros: number }> {
    return this.ask<{ statements: number; cpuMicros: number }>('stats');
  }

  /** Resident set size from /proc (the child's own, apart from autocannon's). */
  rss(): number {
    try {
      const status = fs.readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
      return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
    } catch {
      return 0;
    }
  }

  async stop(): Promise<void> {
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    if (this.child.exitCode === null) this.child.kill('SIGKILL');
  }
}

/** One HTTP request a candidate answers for a scenario. */
export interface Call {
  path?: string;
  body: string;
  headers: Record<string, string>;
}

export interface Scenario {
  id: string;
  title: string;
  /** The call each candidate gets; a candidate without one does not run the scenario. */
  calls: Partial<Record<CandidateName, Call>>;
}

const gql = (query: string, variables: Record<string, unknown>, token?: string): Call => ({
  body: JSON.stringify({ query, variables }),
  headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
});
/** The stack's floor (floor.ts): the service's document; the organisation in a header, as the token gives it to the service. */
const floor = (query: string, variables: Record<string, unknown>, org: GeneratedOrganization): Call => ({
  body: JSON.stringify({ query, variables }),
  headers: { 'content-type': 'application/json', 'x-organization-id': org.organizationId },
});
const raw = (p: string, body: Record<string, unknown>): Call => ({ path: p, body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });

export const CODE_STATUS_QUERY = `query ScaleCodeStatus($codeId: ID!) { codeStatus(codeId: $codeId) { status statusCounts { status count }
  promises { promise { key title } status reasons kpis { name status } kpiStatusCounts { status count }
    complaints { received open overdue upheld acknowledgement { rate } resolution { rate } }
    correctiveActions { open overdue notEffective verifiedEffective } } } }`;

export const ANALYSIS_QUERY = `query ScaleAnalysis($year: Int!) { complaintAnalysis(year: $year) {
  totals { received resolved unresolved overdue upheld } byCategory { category complaints } byPromise { promiseKey complaints upheld }
  byChannel { channel complaints } byMonth { month complaints } acknowledgement { rate } resolution { rate }
  acknowledgementTime { medianHours p90Hours } resolutionTime { medianHours p90Hours } outcomes { outcome complaints }
  escalations { escalated decided overturned } recurringRootCauses { rootCause actions } actions { kind opened effectivenessRate }
  changes { figure change } } }`;

export const COMPLAINTS_QUERY = `query ScaleComplaints($status: [ComplaintStatus!], $promiseId: ID) {
  complaints(first: 50, status: $status, promiseId: $promiseId) {
    edges { node { id reference subject status receivedAt resolutionDueAt isOverdue handler { id name } promises { id key title }
      correctiveActions(first: 5) { edges { node { id title status dueOn } } } } }
    pageInfo { hasNextPage endCursor } } }`;

export const COMPLAINT_QUERY = `query ScaleComplaint($id: ID!) { complaint(id: $id) { id reference subject status channel receivedAt acknowledgementDueAt
  resolutionDueAt acknowledgedAt resolvedAt outcome timeline { at from to note actor { name } } } }`;

const SUBMIT_MUTATION = `mutation ScaleSubmit($slug: String!, $input: SubmitComplaintInput!) { submitComplaint(organizationSlug: $slug, input: $input) { reference } }`;

/** PostGraphile 4's spelling of (b): relation filters of postgraphile-plugin-connection-filter; the lineage passed as its promise ids. */
const PG_COMPLAINTS = `query PgComplaints($org: UUID!, $status: [String!], $promiseIds: [UUID!]) {
  allComplaints(first: 50, orderBy: [RECEIVED_AT_DESC, ID_DESC],
    filter: { organizationId: { equalTo: $org }, status: { in: $status }, complaintPromisesByComplaintId: { some: { promiseId: { in: $promiseIds } } } }) {
    nodes { id reference subject status receivedAt resolutionDueAt appUserByHandlerId { id name }
      complaintPromisesByComplaintId { nodes { codePromiseByPromiseId { id key title } } }
      correctiveActionComplaintsByComplaintId(first: 5) { nodes { correctiveActionByCorrectiveActionId { id title status dueOn } } } }
    pageInfo { hasNextPage endCursor } } }`;

const PG_COMPLAINT = `query PgComplaint($id: UUID!) { complaintById(id: $id) { id reference subject status channel receivedAt acknowledgementDueAt
  resolutionDueAt acknowledgedAt resolvedAt outcome
  complaintTimelineEntriesByComplaintId(orderBy: [AT_ASC]) { nodes { at fromStatus toStatus note appUserByActorId { name } } } } }`;

export const STATUS_FILTER = ['RESOLVED', 'CLOSED'];

export async function tokenFor(org: GeneratedOrganization): Promise<string> {
  return signToken(SECRET, { userId: org.userId, organizationSlug: org.slug, roles: BENCH_ROLES });
}

/** Scenarios (a)–(e) for an organisation, as the dashboard and the public form send them. */
export async function scenariosFor(org: GeneratedOrganization): Promise<Scenario[]> {
  const token = await tokenFor(org);
  const promiseKey = 'P3';
  return [
    {
      id: 'a',
      title: 'codeStatus, 50 promises',
      calls: {
        service: gql(CODE_STATUS_QUERY, { codeId: org.codeId }, token),
        raw: raw('/a', { organizationId: org.organizationId, codeId: org.codeId }),
      },
    },
    {
      id: 'b',
      title: 'complaints(first: 50) by status and promise, with promises, handler, actions',
      calls: {
        service: gql(COMPLAINTS_QUERY, { status: STATUS_FILTER, promiseId: org.promiseId }, token),
        raw: raw('/b', { organizationId: org.organizationId, status: STATUS_FILTER, codeId: org.codeId, promiseKey }),
        floor: floor(COMPLAINTS_QUERY, { status: STATUS_FILTER, promiseId: org.promiseId }, org),
        postgraphile: gql(PG_COMPLAINTS, { org: org.organizationId, status: STATUS_FILTER, promiseIds: org.lineagePromiseIds }),
      },
    },
    {
      id: 'c',
      title: 'one complaint with its timeline',
      calls: {
        service: gql(COMPLAINT_QUERY, { id: org.complaintId }, token),
        raw: raw('/c', { id: org.complaintId, organizationId: org.organizationId }),
        floor: floor(COMPLAINT_QUERY, { id: org.complaintId }, org),
        postgraphile: gql(PG_COMPLAINT, { id: org.complaintId }),
      },
    },
    {
      id: 'd',
      title: 'complaintAnalysis(year)',
      calls: {
        service: gql(ANALYSIS_QUERY, { year: org.analysisYear }, token),
        raw: raw('/d', {}),
      },
    },
    {
      id: 'e',
      title: 'submitComplaint',
      calls: {
        service: gql(SUBMIT_MUTATION, {
          slug: org.slug,
          input: { subject: 'Niet teruggebeld', description: 'Ik ben niet teruggebeld zoals beloofd.', complainant: { name: 'Bench Klant', email: 'bench@voorbeeld.nl' } },
        }),
        raw: raw('/e', {
          organizationSlug: org.slug,
          subject: 'Niet teruggebeld',
          description: 'Ik ben niet teruggebeld zoals beloofd.',
          name: 'Bench Klant',
          email: 'bench@voorbeeld.nl',
        }),
      },
    },
  ];
}
