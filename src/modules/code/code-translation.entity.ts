import { createHash } from 'node:crypto';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from '../../common/tenancy';
import { CodeVersion } from './code-version.entity';
import { CodePromise } from './code-promise.entity';

/**
 * A code version's customer-facing texts in one more language: the code's title and the policy
 * statement (the version's own texts are in its `language`). Changed only while the version is a
 * DRAFT (`translateCodeVersion`), copied into the next draft.
 */
@Entity()
@Index(['codeVersionId', 'language'], { unique: true })
export class CodeVersionTranslation extends TenantEntity {
  @Column('uuid')
  codeVersionId: string;

  @ManyToOne(() => CodeVersion, { onDelete: 'CASCADE' })
  @JoinColumn()
  codeVersion?: CodeVersion;

  /** BCP 47 tag, one of the organisation's languages when written. */
  @Column('text')
  language: string;

  @Column('text')
  title: string;

  @Column('text', { nullable: true })
  policyStatement: string | null;

  /** {@link textSource} of the code title this title was translated from. */
  @Column('text', { nullable: true })
  titleSource: string | null;

  /** {@link textSource} of the policy statement this one was translated from (null without one). */
  @Column('text', { nullable: true })
  policyStatementSource: string | null;
}

/** A promise's title and text in one more language (see {@link CodeVersionTranslation}). */
@Entity()
@Index(['promiseId', 'language'], { unique: true })
export class CodePromiseTranslation extends TenantEntity {
  @Column('uuid')
  promiseId: string;

  @ManyToOne(() => CodePromise, { onDelete: 'CASCADE' })
  @JoinColumn()
  promise?: CodePromise;

  @Column('text')
  language: string;

  @Column('text')
  title: string;

  @Column('text')
  text: string;

  /** {@link promiseSource} of the promise this was translated from. */
  @Column('text', { nullable: true })
  source: string | null;
}

/** What a translated text was translated from: the SHA-256 of the source text (hex), to tell when the source changed. */
export const textSource = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** What a promise's translation was translated from: its title's and its text's {@link textSource}. */
export const promiseSource = (promise: { title: string; text: string }): string => textSource(promise.title) + textSource(promise.text);
