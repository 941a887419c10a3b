import { Field, InputType, Int } from 'type-graphql';

/**
 * The base of every update input of a versioned record: the optimistic lock. The service compares
 * `expectedVersion` with the stored `version` and answers CONFLICT when the record changed since
 * the client read it (DESIGN §3), so no update silently overwrites another. Its field is inherited by
 * the input types that extend it; no operation takes it, so the schema does not list it.
 */
@InputType()
export abstract class VersionedUpdateInput {
  @Field(() => Int, { description: 'The version you read; CONFLICT when it changed since.' })
  expectedVersion: number;
}
