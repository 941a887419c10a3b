import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import type { GraphQLSchema } from 'graphql';
import { resolvers } from './modules';
import { AuthChecker } from './auth/auth-checker';
import { MutationTransaction } from './common/transaction.middleware';

let built: Promise<GraphQLSchema> | undefined;

/** Builds the GraphQL schema from the resolvers once per process. */
export function createSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers,
    authChecker: AuthChecker,
    authMode: 'error',
    globalMiddlewares: [MutationTransaction],
    validate: { forbidUnknownValues: false, validationError: { target: true, value: false } },
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    emitSchemaFile: false,
  });
  return built;
}
