import { InvalidTransitionError } from './errors';

/**
 * The allowed status changes of a record, and the guard that refuses the others with
 * INVALID_TRANSITION naming both states and what is allowed instead.
 */
export class Lifecycle<S extends string> {
  constructor(
    /** Entity name used in the error, e.g. `Complaint`. */
    readonly entity: string,
    private readonly transitions: Readonly<Record<S, readonly S[]>>,
  ) {}

  /** The statuses reachable from `from` in one step. */
  next(from: S): readonly S[] {
    return this.transitions[from] ?? [];
  }

  can(from: S, to: S): boolean {
    return this.next(from).includes(to);
  }

  /** Throws INVALID_TRANSITION unless `from → to` is allowed. */
  assert(from: S, to: S): void {
    if (!this.can(from, to)) throw new InvalidTransitionError(this.entity, from, to, this.next(from));
  }

  /** Statuses with no way out. */
  get final(): S[] {
    return (Object.keys(this.transitions) as S[]).filter((s) => this.next(s).length === 0);
  }
}
