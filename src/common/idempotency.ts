import { createHash } from 'node:crypto';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Field } from 'type-graphql';
import { IsOptional, Length } from 'class-validator';
import { currentUser, type Context } from './context';
import { ConflictError } from './errors';
import { Organization } from './organization.entity';

/**
 * A client-chosen key of a create mutation, with the result it produced: a retry with the same
 * key returns that result instead of creating the record again. Unique per organisation and
 * operation; written in the same transaction as the record it stands for, so a failed mutation
 * leaves no key behind.
 */
@Entity({ name: 'idempotency_key' })
export class IdempotencyKey {
  @PrimaryColumn('uuid')
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn()
  organization?: Organization;

  /** The mutation, e.g. `submitComplaint`. */
  @PrimaryColumn('text')
  operation: string;

  @PrimaryColumn('text')
  key: string;

  /** Hash of the request: the same key sent with a different request is refused. */
  @Column('text')
  fingerprint: string;

  /** What the first request returned (enough to return it again). */
  @Column('jsonb', { nullable: true })
  result: Record<string, unknown> | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}

/**
 * The optional `idempotencyKey` field of a retry-safe create mutation's input (1–200 characters),
 * handed to {@link idempotent} by the service.
 */
export function IdempotencyKeyField(
  description = 'Any unique string (e.g. a UUID): a retry with the same key returns the first result and creates nothing.',
): PropertyDecorator {
  return (target, property) => {
    Field(() => String, { nullable: true, description })(target, property);
    IsOptional()(target, property);
    Length(1, 200)(target, property);
  };
}

/** One retry-safe create: the key, the request it belongs to, and how to run, store and replay it. */
export interface IdempotentOperation<T, Stored extends Record<string, unknown>> {
  organizationId: string;
  /** Name of the mutation; keys are unique per organisation and operation. */
  operation: string;
  /** The client's key; without one the operation simply runs. */
  key: string | null | undefined;
  /** The request's input, compared on replay. */
  input: unknown;
  /** Input field that holds the key, named in the error when a key is reused for another request. */
  field: string;
  run(): Promise<T>;
  /** What to store of the result (JSON). */
  store(result: T): Stored;
  /** The result of a replay, from what was stored. */
  replay(stored: Stored): Promise<T>;
}

function canonical(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
}

const fingerprintOf = (input: unknown) => createHash('sha256').update(JSON.stringify(canonical(input))).digest('hex');

/**
 * The advisory-lock name that serialises requests of one mutation under one idempotency key (sent
 * as `input.idempotencyKey`), or null when the request has none. The unit of work holds
 * the lock from before its transaction starts until after it ends, so a concurrent duplicate starts
 * (and, at REPEATABLE READ, takes its snapshot) only once the first request has committed or rolled
 * back: it then finds the key and replays the first result. Public mutations name the organisation
 * by its slug.
 */
export function idempotencyLockName(ctx: Context, mutation: string, args: Record<string, unknown>): string | null {
  const input = args.input as { idempotencyKey?: unknown } | undefined;
  if (!input || typeof input.idempotencyKey !== 'string') return null;
  const organization = ctx.user?.organizationId ?? `slug:${String(args.organizationSlug ?? '')}`;
  return JSON.stringify(['idempotency', organization, mutation, input.idempotencyKey]);
}

/**
 * Runs a create mutation at most once per idempotency key. The key is claimed with
 * `INSERT … ON CONFLICT DO NOTHING`: the first request claims it, runs and stores its result in the
 * same transaction; a concurrent duplicate waits for that transaction to end (on the advisory lock
 * of {@link idempotencyLockName}, or else on the key's unique index), then reads the stored result. A replay writes nothing (no audit event: `ctx.unchanged`).
 * The same key with a different request answers CONFLICT naming `field`.
 */
export async function idempotent<T, Stored extends Record<string, unknown>>(ctx: Context, op: IdempotentOperation<T, Stored>): Promise<T> {
  if (!op.key) return op.run();
  const id = [op.organizationId, op.operation, op.key];
  const fingerprint = fingerprintOf(op.input);
  const claimed: unknown[] = await ctx.db.query(
    `INSERT INTO idempotency_key (organization_id, operation, key, fingerprint) VALUES ($1, $2, $3, $4)
     ON CONFLICT DO NOTHING RETURNING key`,
    [...id, fingerprint],
  );
  if (claimed.length > 0) {
    const result = await op.run();
    await ctx.db.query(`UPDATE idempotency_key SET result = $4 WHERE organization_id = $1 AND operation = $2 AND key = $3`, [
      ...id,
      JSON.stringify(op.store(result)),
    ]);
    return result;
  }
  const [stored]: { fingerprint: string; result: Stored }[] = await ctx.db.query(
    `SELECT fingerprint, result FROM idempotency_key WHERE organization_id = $1 AND operation = $2 AND key = $3`,
    id,
  );
  if (stored.fingerprint !== fingerprint) {
    throw new ConflictError(`${op.field} was already used for a different request`, { fields: [{ field: op.field, message: 'already used for a different request' }] });
  }
  ctx.unchanged = true;
  return op.replay(stored.result);
}

/** A create mutation made retry-safe by `input.idempotencyKey` (see {@link createOnce}). */
export interface CreateOnce<T extends { id: string }> {
  /** The mutation's name; keys are unique per organisation and operation. */
  operation: string;
  /** The mutation's input, compared on replay; its `idempotencyKey` is the client's key. */
  input: { idempotencyKey?: string | null };
  /** The name under which the created record's id is stored, e.g. `complaintId` (anonymisation finds keys by it). */
  storedAs: string;
  /** Creates the record. */
  run(): Promise<T>;
  /** The record again, by id, for a retry. */
  reload(id: string): Promise<T>;
  /** The organisation the key belongs to; default: the caller's. */
  organizationId?: string;
}

/**
 * The idempotent create of every retry-safe create mutation: runs `run` once per key sent as
 * `input.idempotencyKey`, stores the created record's id, and answers a retry with `reload(id)`.
 */
export function createOnce<T extends { id: string }>(ctx: Context, op: CreateOnce<T>): Promise<T> {
  return idempotent(ctx, {
    organizationId: op.organizationId ?? currentUser(ctx).organizationId,
    operation: op.operation,
    key: op.input.idempotencyKey,
    input: op.input,
    field: 'input.idempotencyKey',
    run: op.run,
    store: (created) => ({ [op.storedAs]: created.id }),
    replay: (stored) => op.reload(String(stored[op.storedAs])),
  });
}

/**
 * Forgets the keys of `operations` whose stored result contains one of `results` (JSON
 * containment, e.g. `{ complaintId }`), fingerprint and result together. Anonymisation calls it:
 * a fingerprint is a hash of the request, so a kept one would let anyone who guesses the erased
 * data confirm it by replaying the request under the same key. A forgotten key is free again: a
 * retry with it simply runs the operation.
 */
export async function forgetIdempotencyKeys(
  ctx: Context,
  organizationId: string,
  operations: string[],
  results: Record<string, unknown>[],
): Promise<void> {
  await ctx.db.query(
    `DELETE FROM idempotency_key WHERE organization_id = $1 AND operation = ANY($2::text[])
       AND EXISTS (SELECT 1 FROM jsonb_array_elements($3::jsonb) AS m(value) WHERE result @> m.value)`,
    [organizationId, operations, JSON.stringify(results)],
  );
}
