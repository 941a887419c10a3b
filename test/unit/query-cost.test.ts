import 'reflect-metadata';
import { getIntrospectionQuery, parse, type GraphQLSchema } from 'graphql';
import { createSchema } from '../../src/schema';
import { DEFAULT_LIST_SIZE, queryCost } from '../../src/common/query-cost';
import { MAX_KPIS_PER_CHAIN } from '../../src/modules/kpi/kpi-chain.entity';
import { MAX_TIMELINE_ENTRIES } from '../../src/modules/complaint/complaint-lifecycle';

describe('query cost', () => {
  let schema: GraphQLSchema;
  const cost = (query: string, variables: Record<string, unknown> = {}) => queryCost(schema, { document: parse(query), variables });

  beforeAll(async () => {
    schema = await createSchema();
  });

  it('multiplies a connection by its page size, the default one included', () => {
    // complaints: 1 + first × (edges 1 + node 1 + id 1)
    expect(cost('{ complaints(first: 10) { edges { node { id } } } }')).toBe(1 + 10 * 3);
    expect(cost('{ complaints { edges { node { id } } } }')).toBe(1 + 20 * 3);
    expect(cost('query($n: Int!) { complaints(first: $n) { edges { node { id } } } }', { n: 50 })).toBe(1 + 50 * 3);
  });

  it('multiplies nested connections, so the fan-out grows with the product of the page sizes', () => {
    const nested = (outer: number, inner: number) =>
      cost(`{ complaints(first: ${outer}) { edges { node { correctiveActions(first: ${inner}) { edges { node { id } } } } } } }`);
    expect(nested(10, 10)).toBe(1 + 10 * (1 + 1 + (1 + 10 * 3)));
    expect(nested(20, 10) - 1).toBe(2 * (nested(10, 10) - 1));
  });

  it('multiplies a list by the hard cap it declares, other lists by the default size', () => {
    expect(cost('{ kpiChains(first: 1) { edges { node { kpis { id } } } } }')).toBe(1 + 1 * (1 + 1 + (1 + MAX_KPIS_PER_CHAIN * 1)));
    expect(cost('{ complaint(id: "x") { timeline { at } } }')).toBe(1 + (1 + MAX_TIMELINE_ENTRIES * 1));
    expect(cost('{ normFrameworks { key } }')).toBe(1 + DEFAULT_LIST_SIZE * 1);
  });

  it('counts introspection as free (the schema bounds it)', () => {
    expect(cost(getIntrospectionQuery())).toBe(0);
  });
});
