import type { Context } from '../../common/context';
import { BadUserInputError, ConflictError } from '../../common/errors';
import { organizationToday } from '../../common/local-date';
import { scoped } from '../../common/tenancy';
import { User } from '../user';
import { AuthorisationRegisterStatus, AuthorisationRegistration, REGISTER_LIFECYCLE } from './authorisation-registration.entity';
import type { RecordAuthorisationRegistrationInput } from './training.dto';

/** A person's FinAut file, kept by managers: documented practice and the register status (every change audited). */
export class AuthorisationRegistrationService {
  static async record(ctx: Context, input: RecordAuthorisationRegistrationInput): Promise<AuthorisationRegistration> {
    const person = await scoped(ctx, User).get(input.personId, 'input.personId');
    const files = scoped(ctx, AuthorisationRegistration);
    const current = await files.findOne({ personId: person.id });
    if ((current?.version ?? 0) !== input.expectedVersion) {
      throw new ConflictError(
        current
          ? `The authorisation file was changed by someone else (you sent version ${input.expectedVersion}, it is at ${current.version}); reload and retry`
          : 'The person has no authorisation file yet: send expectedVersion 0 to start one',
        { field: 'input.expectedVersion' },
      );
    }
    const from = current?.registerStatus ?? AuthorisationRegisterStatus.NOT_APPLIED;
    const to = input.registerStatus ?? from;
    if (to !== from) REGISTER_LIFECYCLE.assert(from, to);
    const registerNumber = input.registerNumber !== undefined ? input.registerNumber?.trim() || null : (current?.registerNumber ?? null);
    if ((to === AuthorisationRegisterStatus.AUTHORISED || to === AuthorisationRegisterStatus.SUSPENDED) && !registerNumber) {
      throw BadUserInputError.field('input.registerNumber', `FinAut's register number is required for ${to}`);
    }
    const today = await organizationToday(ctx);
    if (input.registerStatusSince && input.registerStatusSince > today) throw BadUserInputError.field('input.registerStatusSince', 'must not be in the future');
    const values: Partial<AuthorisationRegistration> = {
      practiceMonths: input.practiceMonths ?? current?.practiceMonths ?? 0,
      registerStatus: to,
      registerNumber,
      registerStatusSince: to !== from ? (input.registerStatusSince ?? today) : (input.registerStatusSince ?? current?.registerStatusSince ?? null),
      note: input.note !== undefined ? input.note?.trim() || null : (current?.note ?? null),
    };
    if (!current) return files.insert({ personId: person.id, ...values });
    return files.update(current, values, { expectedVersion: input.expectedVersion, versionField: 'input.expectedVersion' });
  }
}
