import { randomUUID } from 'node:crypto';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import { AuditEvent } from '../../src/common/audit-event.entity';
import type { ApiClient, TestApp, TestOrganization } from './app';

export interface RetriedCreate {
  /** A mutation with one `$input` variable whose answer selects at least `id`. */
  mutation: string;
  /** The table the mutation creates a row in. */
  entity: EntityTarget<ObjectLiteral>;
  /** A valid input (without a key). */
  input: Record<string, unknown>;
  /** Fields that make it a different request. */
  change: Record<string, unknown>;
}

/**
 * Sends `input` twice under one idempotency key and expects one record, one audit event and the
 * same answer; then the key with `change` applied, and expects CONFLICT naming
 * `input.idempotencyKey` with nothing written. Returns the record as first answered.
 */
export async function expectCreatedOncePerKey(app: TestApp, client: ApiClient, org: TestOrganization, create: RetriedCreate): Promise<any> {
  const rows = () => app.dataSource.getRepository(create.entity).countBy({ organizationId: org.id });
  const auditEvents = () => app.dataSource.getRepository(AuditEvent).countBy({ organizationId: org.id });
  const send = async (input: Record<string, unknown>) => Object.values(await client.data(create.mutation, { input }))[0] as any;
  const input = { ...create.input, idempotencyKey: randomUUID() };
  const [rowsBefore, eventsBefore] = [await rows(), await auditEvents()];

  const first = await send(input);
  const retry = await send(input);
  expect(retry).toEqual(first);
  expect(await rows()).toBe(rowsBefore + 1);
  expect(await auditEvents()).toBe(eventsBefore + 1);
  expect(await app.dataSource.getRepository(AuditEvent).countBy({ entityId: first.id })).toBe(1);

  const conflict = await client.error(create.mutation, { input: { ...input, ...create.change } });
  expect(conflict).toMatchObject({ code: 'CONFLICT', extensions: { fields: [{ field: 'input.idempotencyKey' }] } });
  expect(await rows()).toBe(rowsBefore + 1);
  expect(await auditEvents()).toBe(eventsBefore + 1);
  return first;
}

/**
 * Sends `input` `times` times at once under one idempotency key and expects every answer to be the
 * first one's, with one record and one audit event written. Returns the record.
 */
export async function expectConcurrentCreatesOnce(app: TestApp, client: ApiClient, org: TestOrganization, create: RetriedCreate, times = 20): Promise<any> {
  const rows = () => app.dataSource.getRepository(create.entity).countBy({ organizationId: org.id });
  const auditEvents = () => app.dataSource.getRepository(AuditEvent).countBy({ organizationId: org.id });
  const input = { ...create.input, idempotencyKey: randomUUID() };
  const [rowsBefore, eventsBefore] = [await rows(), await auditEvents()];

  const answers = await Promise.all(Array.from({ length: times }, () => client.request(create.mutation, { input })));
  expect(answers.map((a) => a.body.errors ?? [])).toEqual(Array.from({ length: times }, () => []));
  const results = answers.map((a) => Object.values(a.body.data!)[0] as any);
  for (const result of results) expect(result).toEqual(results[0]);
  expect(await rows()).toBe(rowsBefore + 1);
  expect(await auditEvents()).toBe(eventsBefore + 1);
  expect(await app.dataSource.getRepository(AuditEvent).countBy({ entityId: results[0].id })).toBe(1);
  return results[0];
}
