import {
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLInputType,
} from 'graphql';
import { ValidateNested, getMetadataStorage as getValidationStorage } from 'class-validator';
import { getMetadataStorage, type MiddlewareFn } from 'type-graphql';
import { BadUserInputError, type FieldProblem } from './errors';

/**
 * The input-safety layer: one pass over every argument of every field, driven by the schema's
 * input types, before a resolver (and its class-validator rules) sees the values. It applies to
 * every resolver automatically, so a new DTO is covered without anything to remember.
 *
 * - Text (`String`, `ID`): leading and trailing white space is trimmed, once, here. Text that is
 *   empty after trimming is refused ("must not be blank"), required or optional alike: an
 *   optional text is left out, or sent as null where the field says null clears it. Text that
 *   PostgreSQL cannot store (U+0000) or that is not Unicode (a lone surrogate) is refused, as is
 *   text longer than {@link MAX_TEXT_LENGTH}.
 * - `ID`: every id is a UUID (all tables key on `gen_random_uuid()` or name-based UUIDs), so
 *   anything else is refused instead of being ignored or reaching the database.
 * - `Float`: finite (a literal `1e400` parses as Infinity), at most {@link MAX_FLOAT} in magnitude and either 0 or at least
 *   {@link MIN_FLOAT_MAGNITUDE}: a tiny non-zero figure (5e-324) rounds to 0 in a `numeric`
 *   column and is no figure a person records. Field-specific ranges stay in the DTO's
 *   class-validator decorators, which {@link validateNestedInputs} makes apply at every depth.
 * - Other scalars (`JSONObject`): text anywhere inside is checked for U+0000, not trimmed.
 *
 * Every problem is reported at once as BAD_USER_INPUT with `fields` (`input.title`,
 * `input.promiseIds[0]`), the shape of every other validation error.
 */
export const InputSafety: MiddlewareFn = ({ args, info }, next) => {
  const definitions = info.parentType.getFields()[info.fieldName]?.args;
  if (!definitions?.length || !args) return next();
  const problems: FieldProblem[] = [];
  for (const definition of definitions) {
    if (args[definition.name] === undefined) continue;
    args[definition.name] = sanitize(args[definition.name], definition.type, definition.name, problems);
  }
  if (problems.length) {
    throw new BadUserInputError(`Invalid input: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}`, problems);
  }
  return next();
};

/** Longest text any input accepts; fields have their own, usually much smaller, limits. */
export const MAX_TEXT_LENGTH = 100_000;
/** Largest magnitude of a `Float` input: every figure of the domain, and exact in a double up to cents. */
export const MAX_FLOAT = 1e15;
/** Smallest non-zero magnitude of a `Float` input. */
export const MIN_FLOAT_MAGNITUDE = 1e-6;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What is wrong with a piece of text PostgreSQL would store, or null. */
export function unstorableText(text: string): string | null {
  if (text.includes('\u0000')) return 'must not contain NUL characters (U+0000)';
  if (LONE_SURROGATE.test(text)) return 'must be valid Unicode text';
  if (text.length > MAX_TEXT_LENGTH) return `must be at most ${MAX_TEXT_LENGTH} characters`;
  return null;
}

/** The value as the resolver should see it (text trimmed), recording what is wrong with it. */
export function sanitize(value: unknown, type: GraphQLInputType, path: string, problems: FieldProblem[]): unknown {
  if (value === null || value === undefined) return value;
  const nullable = isNonNullType(type) ? getNullableType(type) : type;
  if (isListType(nullable)) {
    if (!Array.isArray(value)) return sanitize(value, nullable.ofType, path, problems);
    return value.map((item, i) => sanitize(item, nullable.ofType, `${path}[${i}]`, problems));
  }
  if (isInputObjectType(nullable)) {
    const fields = nullable.getFields();
    const object = value as Record<string, unknown>;
    for (const [name, field] of Object.entries(fields)) {
      if (object[name] !== undefined) object[name] = sanitize(object[name], field.type, `${path}.${name}`, problems);
    }
    return object;
  }
  if (isEnumType(nullable) || !isScalarType(nullable)) return value;
  const problem = (message: string) => {
    problems.push({ field: path, message });
    return value;
  };
  switch (nullable.name) {
    case 'String':
    case 'ID': {
      if (typeof value !== 'string') return value;
      const unstorable = unstorableText(value);
      if (unstorable) return problem(unstorable);
      const text = value.trim();
      if (nullable.name === 'ID') return UUID.test(text) ? text.toLowerCase() : problem('must be a UUID');
      return text === '' ? problem('must not be blank') : text;
    }
    case 'Float': {
      if (typeof value !== 'number') return value;
      if (!Number.isFinite(value)) return problem('must be a finite number');
      if (Math.abs(value) > MAX_FLOAT) return problem(`must be between -${MAX_FLOAT} and ${MAX_FLOAT}`);
      if (value !== 0 && Math.abs(value) < MIN_FLOAT_MAGNITUDE) return problem(`must be 0 or at least ${MIN_FLOAT_MAGNITUDE} in magnitude`);
      return value;
    }
    case 'Int':
    case 'Boolean':
      return value;
    default: {
      const unstorable = deepText(value).map(unstorableText).find((p) => p !== null);
      return unstorable ? problem(unstorable) : value;
    }
  }
}

/** Every string inside a parsed custom scalar (JSON objects, arrays). */
function deepText(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(deepText);
  if (value && typeof value === 'object' && !(value instanceof Date)) return [...Object.keys(value), ...Object.values(value)].flatMap(deepText);
  return [];
}

/**
 * Makes the class-validator rules of nested input objects apply: class-validator skips a nested
 * object unless its property says `@ValidateNested()`, so a forgotten decorator silently turned a
 * nested input's `@Min(1)` into nothing. Registers it for every input or argument field whose
 * type is an input class (lists included), unless the DTO declares it already. Call once, after
 * the resolvers are imported and before the schema is built.
 */
export function validateNestedInputs(): void {
  const storage = getMetadataStorage();
  const inputClasses = new Set<Function>(storage.inputTypes.map((t) => t.target));
  const owners = new Set<Function>([...inputClasses, ...storage.argumentTypes.map((t) => t.target)]);
  const validation = getValidationStorage();
  for (const field of storage.fields) {
    if (!owners.has(field.target)) continue;
    const type = field.getType();
    if (typeof type !== 'function' || !inputClasses.has(type)) continue;
    const declared = validation
      .getTargetValidationMetadatas(field.target, '', true, false)
      .some((m) => m.propertyName === field.name && m.type === 'nestedValidation');
    if (!declared) ValidateNested()(field.target.prototype, field.name);
  }
}
