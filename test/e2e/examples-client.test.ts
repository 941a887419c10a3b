import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import pino from 'pino';
import { generate } from '@graphql-codegen/cli';
import type { Types } from '@graphql-codegen/plugin-helpers';
import { seedAll } from '../../seeds';
import { DEMO_ORG, demoUserFor } from '../../seeds/demo-ids';
import { signToken } from '../../src/auth/tokens';
import { Role } from '../../src/common/roles';
import codegenConfig from '../../examples/client/codegen';
import { createClient } from '../../examples/client/src/client';
import { allComplaintReferences, landing, renameCode, submitOnce } from '../../examples/client/src/usage';
import { ApiClient, json, startTestApp, TEST_JWT_SECRET, type TestApp } from '../support/app';
import { graphql } from '../graphql';

const COMPLAINT_COUNT = graphql(`query ExamplesClientComplaintCount { complaints(first: 1) { totalCount } }`);
const FIRST_CODE = graphql(`query ExamplesClientFirstCode { codes(first: 1) { edges { node { id version } } } }`);

const root = path.join(__dirname, '..', '..');

const example = path.join(root, 'examples', 'client');

/** Runs GraphQL Code Generator with the example's codegen.ts as `npm run codegen:example` does, without writing files. */
async function generateExample(overrides: Partial<Types.Config> = {}): Promise<Types.FileOutput[]> {
  return generate({ ...codegenConfig, ...overrides, cwd: example, silent: true }, false);
}

describe('examples/client against the committed schema', () => {
  it('has src/gql/ exactly as GraphQL Code Generator makes it from schema/schema.graphql (npm run codegen:example)', async () => {
    const outputs = await generateExample();
    const generated = Object.fromEntries(outputs.map((o) => [path.relative(example, path.resolve(example, o.filename)), o.content]));
    const committed = Object.fromEntries(
      fs.readdirSync(path.join(example, 'src', 'gql')).map((name) => [path.join('src', 'gql', name), fs.readFileSync(path.join(example, 'src', 'gql', name), 'utf8')]),
    );
    expect(Object.keys(generated).sort()).toEqual(['src/gql/gql.ts', 'src/gql/graphql.ts', 'src/gql/index.ts']);
    expect(committed).toEqual(generated);
    // Every operation of the example is typed from the schema (none falls back to `unknown`).
    expect(generated['src/gql/graphql.ts']!.match(/^export const \w+Document = /gm)).toHaveLength(5);
  });

  it('refuses a schema the example does not fit: a renamed field, an unmapped scalar', async () => {
    const sdl = fs.readFileSync(path.join(root, 'schema', 'schema.graphql'), 'utf8');
    const renamed = sdl.replace(/^(\s+)organizationName: String!$/m, '$1organisationName: String!');
    expect(renamed).not.toBe(sdl);
    await expect(generateExample({ schema: renamed })).rejects.toThrow(/Cannot query field "organizationName" on type "PublicCode"/);
    // strictScalars: a new custom scalar must be mapped in codegen.ts, never typed `any`.
    await expect(generateExample({ schema: `${sdl}\nscalar Money\n` })).rejects.toThrow(/Unknown scalar type Money/);
  });

  it('is the codegen.ts docs/FRONTENDS.md shows', () => {
    const guide = fs.readFileSync(path.join(root, 'docs', 'FRONTENDS.md'), 'utf8');
    expect(guide).toContain('```ts\n' + fs.readFileSync(path.join(example, 'codegen.ts'), 'utf8') + '```');
  });

  it('type-checks with its own strict tsconfig (tsc --noEmit)', () => {
    const tsc = require.resolve('typescript/bin/tsc');
    let output = '';
    try {
      execFileSync(process.execPath, [tsc, '--noEmit', '-p', path.join(example, 'tsconfig.json')], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout) || String(error);
    }
    expect(output).toBe('');
  });
});

describe('examples/client against the running service', () => {
  let app: TestApp;
  let token: string;

  beforeAll(async () => {
    app = await startTestApp();
    await seedAll(app.dataSource, pino({ level: 'silent' }));
    token = await signToken(TEST_JWT_SECRET, { userId: demoUserFor([Role.QUALITY_MANAGER]), organizationSlug: DEMO_ORG.slug, roles: [Role.QUALITY_MANAGER] });
  });
  afterAll(() => app?.close());

  it('reads the public codes, and who the caller is', async () => {
    const { codes, me } = await landing(app.url, DEMO_ORG.slug, token);
    expect(codes.length).toBeGreaterThan(0);
    expect(codes[0]!.currentVersion.promises.length).toBeGreaterThan(0);
    expect(me).toMatchObject({ organizationSlug: DEMO_ORG.slug, roles: ['QUALITY_MANAGER'] });
  });

  it('pages through complaints with cursors and gets every one exactly once', async () => {
    const request = createClient({ url: app.url, token: () => token });
    const statuses = ['RECEIVED', 'ACKNOWLEDGED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED', 'ESCALATED'] as const;
    const references = await allComplaintReferences(request, [...statuses], 25);
    const total = (await new ApiClient(app.url, token).data(COMPLAINT_COUNT)).complaints!.totalCount;
    expect(total).toBeGreaterThan(25);
    expect(references).toHaveLength(total);
    expect(new Set(references).size).toBe(total);
  });

  it('submits a complaint once per idempotency key', async () => {
    const request = createClient({ url: app.url });
    const key = randomUUID();
    const form = { subject: 'Late answer', description: 'Nobody answered my letter.', complainant: { name: 'A. Customer', email: 'a.customer@example.test' } };
    const first = await submitOnce(request, DEMO_ORG.slug, form, key);
    const retry = await submitOnce(request, DEMO_ORG.slug, form, key);
    expect(first).toMatch(/^K-\d{4}-\d+$/);
    expect(retry).toBe(first);
  });

  it('renames a code with the version it read, and reports CONFLICT for a stale one', async () => {
    const request = createClient({ url: app.url, token: () => token });
    const code = (await new ApiClient(app.url, token).data(FIRST_CODE)).codes!.edges[0].node;
    expect(await renameCode(request, code.id, code.version, 'Our promises to you')).toEqual({ version: code.version + 1 });
    expect(await renameCode(request, code.id, code.version, 'Someone else was first')).toBe('CONFLICT');
  });

  it('supports automatic persisted queries as docs/FRONTENDS.md describes: hash first, full text once on a miss', async () => {
    // Sent with fetch as a client of persisted queries does: the text is hashed as written.
    const query = `query PublicKeys { publishedCodes(organizationSlug: "demo") { key } }`;
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const post = (body: object) => fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const send = async (body: object) => json(await post(body));
    const persistedQuery = { version: 1, sha256Hash };
    expect(await send({ extensions: { persistedQuery } })).toMatchObject({ errors: [{ extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] });
    expect(await send({ query, extensions: { persistedQuery } })).toEqual({ data: { publishedCodes: [{ key: 'klantbeloften' }] } });
    expect(await send({ extensions: { persistedQuery } })).toEqual({ data: { publishedCodes: [{ key: 'klantbeloften' }] } });
    // A hash that does not match its text is refused, so nobody can plant another query under a known hash.
    const planted = await post({ query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: createHash('sha256').update('{ me { id } }').digest('hex') } } });
    expect(planted.status).toBe(400);
    expect((await json(planted)).data).toBeUndefined();
  });
});
