import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { GraphQLObjectType, GraphQLSchema, getNullableType, type GraphQLFieldConfigMap, type GraphQLOutputType } from 'graphql';
import { resolvers } from './modules';
import { AuthChecker } from './auth/auth-checker';
import { MutationTransaction } from './common/unit-of-work';
import { InputSafety, validateNestedInputs } from './common/input-safety';
import { ConnectionScope } from './common/field-selection';

let built: Promise<GraphQLSchema> | undefined;

/** Builds the GraphQL schema from the resolvers once per process. */
export function createSchema(): Promise<GraphQLSchema> {
  if (built) return built;
  validateNestedInputs();
  built = buildSchema({
    resolvers,
    authChecker: AuthChecker,
    authMode: 'error',
    // InputSafety first: bad input is refused before a transaction opens. Connection fields then
    // resolve in their scope (what the client selected of them: src/common/field-selection.ts).
    globalMiddlewares: [InputSafety, MutationTransaction, ConnectionScope],
    validate: { forbidUnknownValues: false, validationError: { target: true, value: false } },
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    emitSchemaFile: false,
  }).then(withNullableQueryFields);
  return built;
}

/**
 * Every root Query field nullable, so one refused or failed field answers `null` with its error
 * beside the other fields' data, instead of wiping the whole answer (`data: null`). Item and
 * nested types keep their non-null guarantees.
 */
export function withNullableQueryFields(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  if (!query) return schema;
  const config = query.toConfig();
  const fields: GraphQLFieldConfigMap<unknown, unknown> = {};
  for (const [name, field] of Object.entries(config.fields)) {
    fields[name] = { ...field, type: getNullableType(field.type) as GraphQLOutputType };
  }
  const nullable = new GraphQLObjectType({ ...config, fields });
  const schemaConfig = schema.toConfig();
  return new GraphQLSchema({
    ...schemaConfig,
    query: nullable,
    types: schemaConfig.types.map((type) => (type === query ? nullable : type)),
  });
}
