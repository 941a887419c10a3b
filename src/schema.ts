import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import type { GraphQLSchema } from 'graphql';
import { resolvers } from './modules';
import { AuthChecker } from './auth/auth-checker';
import { MutationTransaction } from './common/transaction.middleware';
import { InputSafety, validateNestedInputs } from './common/input-safety';

let built: Promise<GraphQLSchema> | undefined;

/** Builds the GraphQL schema from the resolvers once per process. */
export function createSchema(): Promise<GraphQLSchema> {
  if (built) return built;
  validateNestedInputs();
  built = buildSchema({
    resolvers,
    authChecker: AuthChecker,
    authMode: 'error',
    // InputSafety first: bad input is refused before a transaction opens.
    globalMiddlewares: [InputSafety, MutationTransaction],
    validate: { forbidUnknownValues: false, validationError: { target: true, value: false } },
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    emitSchemaFile: false,
  });
  return built;
}
