import { randomUUID } from 'node:crypto';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import { AuditEvent } from '../../src/common/audit-event.entity';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import type { ApiClient, TestApp, TestOrganization } from './app';

/** The one root field a create mutation answers. */
type Created<R> = R[Exclude<keyof R, '__typename'>] & { id: string };

export interface RetriedCreate<R, I> {
  /** A mutation with one `$input` variable whose answer selects at least `id`. */
  mutation: DocumentTypeDecoration<R, { input: I }>;
  /** The table the mutation creates a row in. */
  entity: EntityTarget<ObjectLiteral>;
  /** A valid input (without a key). */
  input: I;
  /** Fields that make it a different request. */
  change: Partial<I>;
}

/**
 * Sends `input` twice under one idempotency key and expects one record, one audit event and the
 * same answer; then the key with `change` applied, and expects CONFLICT naming
 * `input.idempotencyKey` with nothing written. Returns the record as first answered.
 */
export async function expectCreatedOncePerKey<R, I>(app: TestApp, client: ApiClient, org: TestOrganization, create: RetriedCreate<R, I>): Promise<Created<R>> {
  const rows = () => app.dataSource.getRepository(create.entity).countBy({ organizationId: org.id });
  const auditEvents = () => app.dataSource.getRepository(AuditEvent).countBy({ organizationId: org.id });
  const send = async (input: I): Promise<Created<R>> => createdOf<R>(await client.data(create.mutation, { input }));
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
export async function expectConcurrentCreatesOnce<R, I>(app: TestApp, client: ApiClient, org: TestOrganization, create: RetriedCreate<R, I>, times = 20): Promise<Created<R>> {
  const rows = () => app.dataSource.getRepository(create.entity).countBy({ organizationId: org.id });
  const auditEvents = () => app.dataSource.getRepository(AuditEvent).countBy({ organizationId: org.id });
  const input = { ...create.input, idempotencyKey: randomUUID() };
  const [rowsBefore, eventsBefore] = [await rows(), await auditEvents()];

  const answers = await Promise.all(Array.from({ length: times }, () => client.request(create.mutation, { input })));
  expect(answers.map((a) => a.body.errors ?? [])).toEqual(Array.from({ length: times }, () => []));
  const results = answers.map((a) => createdOf<R>(a.body.data as R));
  for (const result of results) expect(result).toEqual(results[0]);
  expect(await rows()).toBe(rowsBefore + 1);
  expect(await auditEvents()).toBe(eventsBefore + 1);
  expect(await app.dataSource.getRepository(AuditEvent).countBy({ entityId: results[0].id })).toBe(1);
  return results[0];
}

/** The record a create mutation answers: its one root field. */
function createdOf<R>(data: R): Created<R> {
  return Object.values(data as object)[0] as Created<R>;
}
