import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { DateTimeResolver } from 'graphql-scalars';
import type { Pool } from 'pg';
import { Arg, Args, ArgsType, buildSchema, Ctx, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
// The service's enums (registered with type-graphql where they are declared): the floor's answers spell the same values.
import { ComplaintChannel, ComplaintOutcome, ComplaintStatus } from '../../src/modules/complaint';
import { CorrectiveActionStatus } from '../../src/modules/corrective-action';
import { executeGraphqlPost, readJsonBody } from '../../src/http/graphql-post';
import { COMPLAINT, COMPLAINTS } from './raw';

/**
 * The fixed stack's floor: Apollo Server 5, type-graphql 2 and graphql 16 on Node's own HTTP
 * server, answering (b) and (c) with the raw handler's one hand-written statement (raw.ts) and
 * nothing else: no authentication, no tenancy, no log line, no metrics, no limits, no CORS. The
 * same GraphQL documents as the service's, answered in the same shape, so its cost is what the
 * stack itself adds to the raw handler's: what no service built on it can go below.
 *
 * The organisation comes from an `x-organization-id` header (the service reads it from the token);
 * (b)'s promise lineage is found from `promiseId` inside the one statement.
 */

@ObjectType('User')
class FloorUser {
  @Field(() => ID, { nullable: true }) id?: string;
  @Field() name!: string;
}

@ObjectType('CodePromise')
class FloorPromise {
  @Field(() => ID) id!: string;
  @Field() key!: string;
  @Field() title!: string;
}

@ObjectType('CorrectiveAction')
class FloorAction {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => CorrectiveActionStatus) status!: CorrectiveActionStatus;
  @Field(() => String, { nullable: true }) dueOn!: string | null;
}

@ObjectType('CorrectiveActionEdge')
class FloorActionEdge {
  @Field(() => FloorAction) node!: FloorAction;
}

@ObjectType('CorrectiveActionConnection')
class FloorActionConnection {
  @Field(() => [FloorActionEdge]) edges!: FloorActionEdge[];
}

@ObjectType('ComplaintTimelineEntry')
class FloorTimelineEntry {
  @Field(() => Date) at!: string;
  @Field(() => ComplaintStatus, { nullable: true }) from!: ComplaintStatus | null;
  @Field(() => ComplaintStatus) to!: ComplaintStatus;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => FloorUser, { nullable: true }) actor!: FloorUser | null;
}

@ObjectType('Complaint')
class FloorComplaint {
  @Field(() => ID) id!: string;
  @Field() reference!: string;
  @Field() subject!: string;
  @Field(() => ComplaintStatus) status!: ComplaintStatus;
  @Field(() => ComplaintChannel) channel!: ComplaintChannel;
  @Field(() => Date) receivedAt!: Date;
  @Field(() => Date) acknowledgementDueAt!: Date;
  @Field(() => Date) resolutionDueAt!: Date;
  @Field(() => Date, { nullable: true }) acknowledgedAt!: Date | null;
  @Field(() => Date, { nullable: true }) resolvedAt!: Date | null;
  @Field(() => ComplaintOutcome, { nullable: true }) outcome!: ComplaintOutcome | null;
  @Field() isOverdue!: boolean;
  @Field(() => FloorUser, { nullable: true }) handler!: FloorUser | null;
  @Field(() => [FloorPromise]) promises!: FloorPromise[];
  @Field(() => [FloorTimelineEntry]) timeline!: FloorTimelineEntry[];
  correctiveActions!: FloorAction[];
}

@ObjectType('ComplaintEdge')
class FloorComplaintEdge {
  @Field(() => FloorComplaint) node!: FloorComplaint;
}

@ObjectType('PageInfo')
class FloorPageInfo {
  @Field() hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

@ObjectType('ComplaintConnection')
class FloorComplaintConnection {
  @Field(() => [FloorComplaintEdge]) edges!: FloorComplaintEdge[];
  @Field(() => FloorPageInfo) pageInfo!: FloorPageInfo;
}

@ArgsType()
class ComplaintsArgs {
  @Field(() => Int, { nullable: true }) first?: number;
  @Field(() => [ComplaintStatus], { nullable: true }) status?: ComplaintStatus[];
  @Field(() => ID, { nullable: true }) promiseId?: string;
}

interface FloorContext {
  pool: Pool;
  organizationId: string;
}

/** raw.ts's (b) statement, its lineage named by one of its promises instead of code and key. */
const COMPLAINTS_BY_PROMISE = COMPLAINTS.replace('l.code_id = $3 AND l.key = $4', '(l.code_id, l.key) = (SELECT p.code_id, p.key FROM code_promise p WHERE p.id = $3)');
if (COMPLAINTS_BY_PROMISE === COMPLAINTS) throw new Error('floor: the (b) statement no longer names its lineage as expected');

@Resolver(() => FloorComplaint)
class FloorResolver {
  @Query(() => FloorComplaint, { nullable: true })
  async complaint(@Arg('id', () => ID) id: string, @Ctx() { pool, organizationId }: FloorContext): Promise<FloorComplaint | null> {
    const { rows } = await pool.query(COMPLAINT, [id, organizationId]);
    return rows[0] ?? null;
  }

  @Query(() => FloorComplaintConnection)
  async complaints(@Args() { first = 50, status, promiseId }: ComplaintsArgs, @Ctx() { pool, organizationId }: FloorContext): Promise<FloorComplaintConnection> {
    // The statement reads a page of 50 and one more.
    if (first !== 50) throw new Error('floor: pages of 50 only');
    const { rows } = await pool.query(COMPLAINTS_BY_PROMISE, [organizationId, status, promiseId]);
    const page = rows.slice(0, 50);
    return { edges: page.map((node) => ({ node })), pageInfo: { hasNextPage: rows.length > 50, endCursor: page.at(-1)?.id ?? null } };
  }

  @FieldResolver(() => FloorActionConnection)
  correctiveActions(@Root() complaint: FloorComplaint, @Arg('first', () => Int, { nullable: true }) first: number | null): FloorActionConnection {
    return { edges: complaint.correctiveActions.slice(0, first ?? undefined).map((node) => ({ node })) };
  }
}

/** Starts the floor on `pool`; answers its URL. */
export async function startFloor(pool: Pool): Promise<string> {
  const schema = await buildSchema({
    resolvers: [FloorResolver],
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    validate: false,
    // None of the floor's fields is authorised; raw.ts's imports register the service's, which type-graphql then asks a checker for.
    authChecker: () => true,
  });
  const apollo = new ApolloServer<FloorContext>({ schema, plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled()] });
  await apollo.start();
  const server = http.createServer((req, res) => {
    readJsonBody(req, '1mb')
      .then((body) => executeGraphqlPost(apollo, req, res, body, async () => ({ pool, organizationId: String(req.headers['x-organization-id']) })))
      .catch((error: Error) => res.writeHead(500, { 'content-type': 'text/plain' }).end(error.message));
  });
  server.keepAliveTimeout = 60_000;
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as { port: number }).port}/graphql`)));
}
