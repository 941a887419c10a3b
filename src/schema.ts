import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import {
  GraphQLObjectType,
  GraphQLSchema,
  defaultFieldResolver,
  getNullableType,
  isObjectType,
  type GraphQLField,
  type GraphQLFieldConfigMap,
  type GraphQLOutputType,
} from 'graphql';
import type { MiddlewareFn } from 'type-graphql';
import { resolvers } from './modules';
import { AuthChecker } from './auth/auth-checker';
import { MutationTransaction } from './common/unit-of-work';
import { InputSafety, validateNestedInputs } from './common/input-safety';
import { rememberConnectionField } from './common/field-selection';
import { validateArguments } from './common/arg-validation';

let built: Promise<GraphQLSchema> | undefined;

/** Builds the GraphQL schema from the resolvers once per process. */
export function createSchema(): Promise<GraphQLSchema> {
  if (built) return built;
  validateNestedInputs();
  built = buildSchema({
    resolvers,
    authChecker: AuthChecker,
    authMode: 'error',
    // class-validator's check of the arguments, once per field of an operation (not once per parent);
    // a connection field's page arguments remember the field, for what its client selected.
    validateFn: (value, type, data) => {
      rememberConnectionField(value, data.info);
      return validateArguments(value, type, data);
    },
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    emitSchemaFile: false,
  })
    .then(withNullableQueryFields)
    .then(withFieldMiddlewares);
  return built;
}

/**
 * The kernel's middlewares, each on the fields it concerns, in this order: InputSafety on every
 * field with arguments (bad input is refused before a transaction opens), MutationTransaction on
 * every root mutation field. Applied to those fields only, rather than as type-graphql's
 * global middlewares, which wrap every field of every object in a promise chain: an answer of a
 * few thousand plain fields (a code's status) then spent most of its time in middleware calls.
 */
const FIELD_MIDDLEWARES: { applies: (field: GraphQLField<unknown, unknown>, parent: GraphQLObjectType, schema: GraphQLSchema) => boolean; run: MiddlewareFn }[] = [
  { applies: (field) => field.args.length > 0, run: InputSafety },
  { applies: (_field, parent, schema) => parent === schema.getMutationType(), run: MutationTransaction as MiddlewareFn },
];

export function withFieldMiddlewares(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const chain = FIELD_MIDDLEWARES.filter((m) => m.applies(field, type, schema)).map((m) => m.run);
      if (chain.length === 0) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (root, args, context, info) => {
        const step = (i: number): Promise<unknown> | unknown =>
          i === chain.length ? resolve(root, args, context, info) : chain[i]({ root, args, context, info }, async () => step(i + 1));
        return step(0);
      };
    }
  }
  return schema;
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
