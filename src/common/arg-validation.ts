import type { FieldNode } from 'graphql';
import { validateOrReject, type ValidationError, type ValidatorOptions } from 'class-validator';
import { ArgumentValidationError, type ValidatorFn } from 'type-graphql';

/** The options of type-graphql's own check (`buildSchema({ validate })` before this function replaced it). */
const OPTIONS: ValidatorOptions = { skipMissingProperties: true, forbidUnknownValues: false, validationError: { target: true, value: false } };

const isObject = (value: unknown): value is object => value !== null && typeof value === 'object';

/** class-validator's check of one argument value, as type-graphql runs it (each item of a list). */
async function check(value: object): Promise<void> {
  try {
    if (Array.isArray(value)) await Promise.all(value.filter(isObject).map((item) => validateOrReject(item, OPTIONS)));
    else await validateOrReject(value, OPTIONS);
  } catch (error) {
    throw new ArgumentValidationError(error as ValidationError[]);
  }
}

/** Values equal as arguments: the same scalars, dates, lists and input objects of the same class. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!isObject(a) || !isObject(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (a instanceof Date) return a.getTime() === (b as Date).getTime();
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((item, i) => sameValue(item, (b as unknown[])[i]));
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.prototype.hasOwnProperty.call(b, key) && sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/** Per field node of a document, per operation's variables: the checks run, with the values they ran on. */
const checked = new WeakMap<FieldNode, WeakMap<object, { value: object; result: Promise<void> }[]>>();

/**
 * type-graphql's argument validation (`validateFn` of buildSchema), checked once per field of an
 * operation rather than once per parent: a nested connection's arguments (`correctiveActions(first: 5)`
 * under each of 50 complaints) are the same values for every parent, and class-validator's check of
 * them took a twentieth of a page's CPU. A value equal to one already checked for the same field
 * node and variables gets that check's outcome (the same error, if it failed); any other value is
 * checked as before.
 */
export const validateArguments: ValidatorFn = (value, _type, { info }) => {
  if (!isObject(value)) return;
  const node = info.fieldNodes[0];
  const variables = info.variableValues as object;
  let byVariables = checked.get(node);
  if (!byVariables) checked.set(node, (byVariables = new WeakMap()));
  let seen = byVariables.get(variables);
  if (!seen) byVariables.set(variables, (seen = []));
  const known = seen.find((s) => sameValue(s.value, value));
  if (known) return known.result;
  const result = check(value);
  seen.push({ value, result });
  return result;
};
