import 'reflect-metadata';
import { getMetadataStorage } from 'type-graphql';
import { createSchema } from '../../src/schema';
import { PUBLIC_OPERATIONS } from '../../src/auth/public-operations';

describe('authorisation coverage', () => {
  it('every query and mutation declares who may call it, except the public allow-list', async () => {
    const schema = await createSchema();
    const authorized = new Set(
      getMetadataStorage().authorizedFields.map((f) => {
        const resolver = getMetadataStorage().queries.concat(getMetadataStorage().mutations).find((q) => q.target === f.target && q.methodName === f.fieldName);
        return resolver ? `${getMetadataStorage().mutations.includes(resolver) ? 'Mutation' : 'Query'}.${resolver.schemaName}` : '';
      }),
    );
    const operations = [
      ...Object.keys(schema.getQueryType()!.getFields()).map((f) => `Query.${f}`),
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}).map((f) => `Mutation.${f}`),
    ];
    expect(operations.length).toBeGreaterThan(3);
    const undeclared = operations.filter((op) => !authorized.has(op) && !PUBLIC_OPERATIONS.includes(op));
    expect(undeclared).toEqual([]);
    const publicButGuarded = PUBLIC_OPERATIONS.filter((op) => authorized.has(op));
    expect(publicButGuarded).toEqual([]);
  });
});
