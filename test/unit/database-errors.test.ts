import { QueryFailedError } from 'typeorm';
import { translateDatabaseError } from '../../src/common/database-errors';
import { BadUserInputError, ConflictError } from '../../src/common/errors';

const failure = (driverError: Record<string, unknown>) =>
  new QueryFailedError('INSERT INTO secret_table VALUES ($1)', ['private value'], Object.assign(new Error('db says no'), driverError));

describe('translateDatabaseError', () => {
  it('turns a unique violation into CONFLICT naming the fields, without values or SQL', () => {
    const e = translateDatabaseError(failure({ code: '23505', detail: 'Key (organization_id, email)=(1, x@y.nl) already exists.' }));
    expect(e).toBeInstanceOf(ConflictError);
    expect((e as ConflictError).extensions.fields).toEqual([{ field: 'email', message: 'already exists' }]);
    expect(JSON.stringify((e as ConflictError).extensions) + (e as Error).message).not.toMatch(/x@y\.nl|secret_table|private/);
  });

  it('names camel-cased fields of composite keys', () => {
    const e = translateDatabaseError(failure({ code: '23505', detail: 'Key (code_version_id, key)=(a, P1) already exists.' })) as ConflictError;
    expect(e.extensions.fields).toEqual([
      { field: 'codeVersionId', message: 'already exists' },
      { field: 'key', message: 'already exists' },
    ]);
  });

  it('turns a foreign-key or check violation into BAD_USER_INPUT', () => {
    expect(translateDatabaseError(failure({ code: '23503', detail: 'Key (owner_id)=(9) is not present in table "app_user".' }))).toBeInstanceOf(BadUserInputError);
    expect(translateDatabaseError(failure({ code: '23514' }))).toBeInstanceOf(BadUserInputError);
  });

  it('leaves other errors alone (they are masked as internal errors)', () => {
    const other = failure({ code: '42P01' });
    expect(translateDatabaseError(other)).toBe(other);
    const plain = new Error('boom');
    expect(translateDatabaseError(plain)).toBe(plain);
  });
});
