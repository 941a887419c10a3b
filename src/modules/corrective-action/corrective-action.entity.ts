import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { VersionedEntity } from '../../common/tenancy';
import { User } from '../user';
import { CodePromise } from '../code';

export enum CorrectiveActionKind {
  CORRECTIVE = 'CORRECTIVE',
  PREVENTIVE = 'PREVENTIVE',
  IMPROVEMENT = 'IMPROVEMENT',
}
registerEnumType(CorrectiveActionKind, {
  name: 'CorrectiveActionKind',
  valuesConfig: {
    CORRECTIVE: { description: 'Removes the cause of complaints that occurred.' },
    PREVENTIVE: { description: 'Prevents complaints that have not occurred yet; decided by top management.' },
    IMPROVEMENT: { description: 'Improves the service beyond a specific cause.' },
  },
});

export enum CorrectiveActionStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  VERIFIED_EFFECTIVE = 'VERIFIED_EFFECTIVE',
  NOT_EFFECTIVE = 'NOT_EFFECTIVE',
  CANCELLED = 'CANCELLED',
}
registerEnumType(CorrectiveActionStatus, {
  name: 'CorrectiveActionStatus',
  description: 'OPEN → IN_PROGRESS → DONE → VERIFIED_EFFECTIVE or NOT_EFFECTIVE (→ IN_PROGRESS again); CANCELLED with a reason. Not closed until its effectiveness is checked.',
});

const values = (e: object) => Object.values(e).map((v) => `'${v}'`).join(',');

/**
 * A corrective, preventive or improvement action on a promise, from complaints or on its own.
 * A PREVENTIVE action always names the member of top management who decided it (database check).
 */
@ObjectType({ description: 'An action to remove the cause of complaints, prevent them or improve, always about one promise.' })
@Entity()
// Keyset pagination by due day (+ id); by status (and overdue: pending statuses, due before today).
@Index(['organizationId', 'dueOn', 'id'])
@Index(['organizationId', 'status', 'dueOn', 'id'])
// A promise lineage's actions by due day (Promise.correctiveActions, correctiveActions(promiseId)),
// read from the index alone: a lineage's actions are spread over the whole table.
@Index('idx_corrective_action_promise_due', ['promiseId', 'organizationId', 'dueOn', 'id'])
@Check('chk_corrective_action_kind', `"kind" IN (${values(CorrectiveActionKind)})`)
@Check('chk_corrective_action_status', `"status" IN (${values(CorrectiveActionStatus)})`)
@Check('chk_corrective_action_preventive_decided', `"kind" <> 'PREVENTIVE' OR "decided_by_id" IS NOT NULL`)
export class CorrectiveAction extends VersionedEntity {
  @Field(() => CorrectiveActionKind)
  @Column('text')
  kind: CorrectiveActionKind;

  @Column('uuid')
  promiseId: string;

  @ManyToOne(() => CodePromise, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn()
  promise?: CodePromise;

  @Field()
  @Column('text')
  title: string;

  @Field(() => String, { nullable: true, description: 'Why the problem occurred, once analysed.' })
  @Column('text', { nullable: true })
  rootCause: string | null;

  @Field({ description: 'What will be done.' })
  @Column('text')
  plannedAction: string;

  @Column('uuid')
  ownerId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn()
  owner?: User;

  @Field(() => LocalDateResolver)
  @Column('date')
  dueOn: string;

  @Field(() => CorrectiveActionStatus)
  @Column('text', { default: CorrectiveActionStatus.OPEN })
  status: CorrectiveActionStatus;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  startedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the work was reported done (awaiting the effectiveness check).' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  doneAt: Date | null;

  @Column('uuid', { nullable: true })
  verifiedById: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn()
  verifiedBy?: User | null;

  @Column('date', { nullable: true })
  verifiedOn: string | null;

  @Column('boolean', { nullable: true })
  effective: boolean | null;

  @Column('text', { nullable: true })
  effectivenessNote: string | null;

  @Field(() => String, { nullable: true, description: 'Why the action was taken up again after a check found it not effective.' })
  @Column('text', { nullable: true })
  reopenNote: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  cancellationReason: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  cancelledAt: Date | null;

  /** The member of top management who decided a PREVENTIVE action. */
  @Column('uuid', { nullable: true })
  decidedById: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn()
  decidedBy?: User | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  decidedAt: Date | null;

  @Column('uuid', { nullable: true })
  createdById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn()
  createdBy?: User | null;
}
