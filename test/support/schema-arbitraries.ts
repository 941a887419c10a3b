import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';

/**
 * Ids of real records, by GraphQL type name (`Complaint`, `CodePromise`, `User`, …), plus a few
 * that exist elsewhere (another organisation's), so generated arguments reach past the lookups.
 */
export interface IdPool {
  byType: Record<string, string[]>;
  foreign: string[];
}

/** What an argument or input field named like this refers to, when its name alone does not say. */
const ID_HINTS: Record<string, string> = {
  promise: 'CodePromise',
  handler: 'User',
  owner: 'User',
  person: 'User',
  user: 'User',
  actor: 'User',
  verifiedBy: 'User',
  decidedBy: 'User',
  cause: 'Kpi',
  effect: 'Kpi',
  requirement: 'NormRequirement',
  review: 'ManagementReview',
  chain: 'KpiChain',
  code: 'Code',
  codeVersion: 'CodeVersion',
};

/** Hostile values any string may be given: empty, blank, control characters, huge, odd unicode, SQL. */
const HOSTILE_STRINGS = [
  '',
  ' ',
  '\t\n ',
  '\u0000',
  'a\u0000b',
  '\u202egnp.exe',
  'Z̷͎̈a̸l̵g̴o',
  '🙂'.repeat(50),
  '\ud800',
  "'; DROP TABLE complaint; --",
  '%_\\',
  '<script>alert(1)</script>',
  'x'.repeat(10_001),
  'é'.repeat(300),
];

const HOSTILE_IDS = ['', ' ', 'not-an-id', '00000000-0000-0000-0000-000000000000', 'd0000000-0000-4000-8000-00000000010\u0000', '1', "' OR 1=1 --", 'x'.repeat(5000), '{}'];

const HOSTILE_INTS = [0, -1, -2147483648, 2147483647, 2147483648, -2147483649, 1e15, Number.MAX_SAFE_INTEGER, 1.5];
const HOSTILE_FLOATS = [0, -0, -1, 1e308, -1e308, 5e-324, 1e-7, 2 ** 53 + 1, 123456789.123456789];

const HOSTILE_DATETIMES = ['', 'yesterday', '2026-02-30T10:00:00Z', '2026-13-01T00:00:00Z', '0001-01-01T00:00:00Z', '9999-12-31T23:59:59.999Z', '275760-09-13T00:00:00Z', '2026-11-30', '2026-11-30T25:00:00Z'];
const HOSTILE_LOCAL_DATES = ['', '2026-02-30', '2025-02-29', '0000-01-01', '9999-12-31', '99999-01-01', '2026-1-1', '2026-11-30T00:00:00Z', 'today'];

/** Strings a user might plausibly type for a field of this name. */
function plausibleString(name: string, context: { organizationSlug: string }): fc.Arbitrary<string> {
  const n = name.toLowerCase();
  if (n.includes('email')) return fc.constantFrom('klant@example.nl', 'a.de.vries@example.com');
  if (n.includes('phone')) return fc.constantFrom('+31 20 123 4567', '0612345678');
  if (n.includes('slug')) return fc.constant(context.organizationSlug);
  if (n.includes('timezone')) return fc.constantFrom('Europe/Amsterdam', 'Europe/Oslo');
  if (n.includes('country')) return fc.constantFrom('NL', 'NO');
  if (n === 'idempotencykey') return fc.uuid();
  if (n === 'key' || n.endsWith('key')) return fc.oneof(fc.constantFrom('P1', 'P11'), fc.integer({ min: 1, max: 99_999 }).map((i) => `code-${i}`));
  if (n.includes('url') || n.includes('evidence')) return fc.constantFrom('https://example.com/doc.pdf', 'Certificaat 2026-114');
  return fc.constantFrom('Klant voelt zich niet gehoord', 'Betalingsregeling niet nagekomen', 'Ok', 'Te hoge incassokosten gerekend');
}

/** Hostile strings for a field of this name: plausible in form, wrong in content. */
function wrongString(name: string): string[] {
  const n = name.toLowerCase();
  if (n.includes('email')) return ['not-an-email', 'a@', '@b.nl'];
  if (n.includes('phone')) return ['bel me', '+'];
  if (n.includes('slug')) return ['unknown-org', 'DEMO'];
  if (n.includes('timezone')) return ['Mars/Olympus', 'UTC+25'];
  if (n.includes('country')) return ['XX', 'nl', 'NLD'];
  if (n.includes('url') || n.includes('evidence')) return ['file:///etc/passwd', 'javascript:alert(1)'];
  return [];
}

/** Integers a user might plausibly give for a field of this name. */
function plausibleInt(name: string): fc.Arbitrary<number> {
  const n = name.toLowerCase();
  if (n.includes('year')) return fc.integer({ min: 2024, max: 2027 });
  if (n.includes('month')) return fc.integer({ min: 1, max: 36 });
  if (n.includes('within') || n.includes('days')) return fc.integer({ min: 1, max: 60 });
  return fc.integer({ min: 1, max: 5 });
}

/** The GraphQL type an id argument named like this points at (`promiseIds` → CodePromise). */
function idTarget(name: string, fallback: string | undefined, pool: IdPool): string | undefined {
  const stem = name.replace(/Ids?$/, '');
  if (stem === 'id' || stem === '') return fallback;
  if (ID_HINTS[stem]) return ID_HINTS[stem];
  const type = Object.keys(pool.byType).find((t) => t.toLowerCase() === stem.toLowerCase());
  return type ?? ID_HINTS[Object.keys(ID_HINTS).find((h) => stem.toLowerCase().endsWith(h.toLowerCase())) ?? ''];
}

export interface ArbitraryContext {
  pool: IdPool;
  organizationSlug: string;
  /** Today in the organisation's zone, as YYYY-MM-DD (plausible dates lie around it). */
  today: string;
}

/** `fc.oneof` over the entries that may occur (weight above 0). */
const mix = <T>(...entries: { weight: number; arbitrary: fc.Arbitrary<T> }[]): fc.Arbitrary<T> => fc.oneof(...entries.filter((e) => e.weight > 0));

const around = (today: string, days: number): string => new Date(Date.parse(`${today}T12:00:00Z`) + days * 86_400_000).toISOString();

/** Mostly plausible values, sometimes hostile ones, for one named scalar. */
function scalarArbitrary(typeName: string, name: string, ctx: ArbitraryContext, parentType: string | undefined, hostile: boolean): fc.Arbitrary<unknown> {
  const h = hostile ? 1 : 0;
  switch (typeName) {
    case 'ID': {
      const target = idTarget(name, parentType, ctx.pool);
      const own = target ? ctx.pool.byType[target] ?? [] : [];
      const everyId = Object.values(ctx.pool.byType).flat();
      return mix(
        ...(own.length ? [{ weight: 8, arbitrary: fc.constantFrom(...own) }] : []),
        { weight: own.length ? h : 1, arbitrary: fc.constantFrom(...everyId) },
        { weight: h, arbitrary: fc.constantFrom(...ctx.pool.foreign) },
        { weight: h, arbitrary: fc.uuid() },
        { weight: 2 * h, arbitrary: fc.constantFrom(...HOSTILE_IDS) },
      );
    }
    case 'String':
      return mix(
        { weight: 6, arbitrary: plausibleString(name, ctx) },
        { weight: 3 * h, arbitrary: fc.constantFrom(...HOSTILE_STRINGS, ...wrongString(name)) },
        { weight: h, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
      );
    case 'Int':
      return mix(
        { weight: 6, arbitrary: plausibleInt(name) },
        { weight: 2 * h, arbitrary: fc.integer({ min: -1000, max: 1000 }) },
        { weight: 2 * h, arbitrary: fc.constantFrom(...HOSTILE_INTS) },
      );
    case 'Float':
      return mix(
        { weight: 6, arbitrary: fc.double({ min: 0, max: 1000, noNaN: true }) },
        { weight: h, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
        { weight: 3 * h, arbitrary: fc.constantFrom(...HOSTILE_FLOATS) },
      );
    case 'Boolean':
      return fc.boolean();
    case 'DateTime':
      return mix(
        { weight: 7, arbitrary: fc.integer({ min: -400, max: 0 }).map((d) => around(ctx.today, d)) },
        { weight: h, arbitrary: fc.integer({ min: 1, max: 400 }).map((d) => around(ctx.today, d)) },
        { weight: 3 * h, arbitrary: fc.constantFrom(...HOSTILE_DATETIMES) },
      );
    case 'LocalDate':
      return mix(
        { weight: 7, arbitrary: fc.integer({ min: -400, max: 400 }).map((d) => around(ctx.today, d).slice(0, 10)) },
        { weight: 3 * h, arbitrary: fc.constantFrom(...HOSTILE_LOCAL_DATES) },
      );
    case 'JSONObject':
      return hostile ? fc.oneof(fc.constant({}), fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 })) : fc.constant({});
    default:
      return fc.oneof(fc.string(), fc.integer(), fc.constant(null));
  }
}

/**
 * An arbitrary of variable values for one GraphQL input type: input objects field by field,
 * enums (now and then a value that is not one), lists (empty, short, now and then long),
 * nullable values left out or null, scalars from `scalarArbitrary`.
 */
export function inputArbitrary(type: GraphQLInputType, name: string, ctx: ArbitraryContext, parentType: string | undefined, hostile: boolean): fc.Arbitrary<unknown> {
  const nullable = !isNonNullType(type);
  if (isNonNullType(type)) type = type.ofType;
  const h = hostile ? 1 : 0;
  // Nullable: mostly a value, sometimes null (left out is handled by the enclosing object).
  const value = ((): fc.Arbitrary<unknown> => {
    if (isListType(type)) {
      const item = inputArbitrary(type.ofType, name, ctx, parentType, hostile);
      return mix(
        { weight: 8, arbitrary: fc.uniqueArray(item, { maxLength: 3, selector: (v) => JSON.stringify(v) }) },
        { weight: 2 * h, arbitrary: fc.array(item, { maxLength: 4 }) },
        // Long lists pass graphql-js's 50-error limit; not shrunk (each step would replay a long request).
        { weight: h, arbitrary: fc.noShrink(fc.array(item, { minLength: 50, maxLength: 80 })) },
      );
    }
    if (isEnumType(type)) {
      const values = type.getValues().map((v) => v.value as string);
      return mix({ weight: 9, arbitrary: fc.constantFrom(...values) }, { weight: h, arbitrary: fc.constantFrom('', 'NOT_A_VALUE', values[0].toLowerCase()) });
    }
    if (isInputObjectType(type)) {
      const fields = Object.values(type.getFields());
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      const required: string[] = [];
      for (const field of fields) {
        record[field.name] = inputArbitrary(field.type, field.name, ctx, parentType, hostile);
        if (isNonNullType(field.type) && field.defaultValue === undefined) required.push(field.name);
      }
      // Optional fields are left out about half of the time; now and then a required one is missing too.
      return mix(
        { weight: 9, arbitrary: fc.record(record, { requiredKeys: required }) },
        { weight: h, arbitrary: fc.record(record, { requiredKeys: [] }) },
      );
    }
    if (isScalarType(type)) return scalarArbitrary(type.name, name, ctx, parentType, hostile);
    return fc.constant(null);
  })();
  // A hostile call now and then sends null where the schema says non-null.
  return mix<unknown>({ weight: 19, arbitrary: value }, { weight: nullable ? 2 : h, arbitrary: fc.constant(null) });
}

/**
 * The variables of one call: a value for each argument (optional ones now and then left out).
 * Half of the calls are plausible throughout, so that they get past validation to the rules and
 * the database; the other half mix in hostile values.
 */
export function argumentsArbitrary(field: GraphQLField<unknown, unknown>, ctx: ArbitraryContext): fc.Arbitrary<Record<string, unknown>> {
  const parentType = getNamedType(field.type).name;
  const calls = [false, true].map((hostile) => {
    const record: Record<string, fc.Arbitrary<unknown>> = {};
    const required: string[] = [];
    for (const arg of field.args) {
      record[arg.name] = inputArbitrary(arg.type, arg.name, ctx, parentType, hostile);
      if (isNonNullType(arg.type) && arg.defaultValue === undefined) required.push(arg.name);
    }
    return fc.record(record, { requiredKeys: required });
  });
  return fc.oneof(...calls);
}

/** `mutation Fuzz($a: T!, …) { field(a: $a, …) { __typename } }` for one Mutation field. */
export function mutationDocument(field: GraphQLField<unknown, unknown>): string {
  const vars = field.args.map((a: GraphQLArgument) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const named = getNamedType(field.type);
  const selection = isScalarType(named) || isEnumType(named) ? '' : ' { __typename }';
  return `mutation Fuzz${vars ? `(${vars})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
}
