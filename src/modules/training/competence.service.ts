import type { ObjectLiteral } from 'typeorm';
import type { Context } from '../../common/context';
import { currentUser } from '../../common/context';
import { currentOrganization, scoped } from '../../common/tenancy';
import { paginate, type ConnectionResult } from '../../common/pagination';
import { organizationToday } from '../../common/local-date';
import { User } from '../user';
import {
  ANNUAL_UPDATE_VALIDITY_MONTHS,
  AUTHORISATION_ELEMENTS,
  CompetenceStatus,
  TrainingAssessment,
  competenceStatus,
  eligibility,
  competenceStatusSql,
  competenceWindow,
  countsSql,
  isCurrent,
  validUntilSql,
  type AuthorisationEligibility,
  type CompetenceWindow,
  type SchemeElement,
  type SchemeElementStatus,
} from './competence';
import { TrainingRequirement } from './training-requirement.entity';
import { AuthorisationRegistration } from './authorisation-registration.entity';
import { requireAccessTo, trainingAccess } from './training-access';
import type { CompetenceOverviewArgs } from './training.dto';

/** One person's standing on one requirement that applies to them. */
export interface RequirementCompetence {
  requirementId: string;
  status: CompetenceStatus;
  validUntil: string | null;
  recordId: string | null;
}

export interface PersonCompetence {
  person: User;
  competent: boolean;
  requirements: RequirementCompetence[];
}

/** How many of the people in view stand where on one requirement. */
export interface RequirementCompetenceSummary {
  requirementId: string;
  valid: number;
  expiring: number;
  expired: number;
  missing: number;
}

export interface CompetenceOverview {
  asOf: string;
  expiringWithinDays: number;
  requirements: RequirementCompetenceSummary[];
  people: ConnectionResult<PersonCompetence>;
}

export interface AuthorisationStatus {
  person: User;
  asOf: string;
  /** The training elements are all current (practice and FinAut's decision aside). */
  authorised: boolean;
  authorisedUntil: string | null;
  eligibility: AuthorisationEligibility;
  missingItems: string[];
  practice: { requiredMonths: number; documentedMonths: number };
  registration: AuthorisationRegistration | null;
  elements: (SchemeElementStatus & { recordId: string | null })[];
  missing: (SchemeElementStatus & { recordId: string | null })[];
}

interface BestRow {
  personId: string;
  requirementId: string;
  recordId: string | null;
  validUntil: string | null;
}

/**
 * Who holds the trainings their roles require (ISO 10001: record which trainings were given) and
 * who meets the Norwegian authorisation scheme. Each person is matched with every requirement for
 * one of their roles; their best record (valid longest) decides the status.
 */
export class CompetenceService {
  /**
   * Per requirement, how many people are VALID, EXPIRING, EXPIRED or MISSING (counted in SQL),
   * and a page of people with their status per requirement. Staff see only themselves.
   */
  static async overview(ctx: Context, args: CompetenceOverviewArgs, expiringWithinDays: number): Promise<CompetenceOverview> {
    const access = trainingAccess(ctx);
    if (args.personId) requireAccessTo(access, args.personId, 'read', 'personId');
    const people = scoped(ctx, User).query('u');
    if (args.personId) people.andWhere('u.id = :personId', { personId: (await scoped(ctx, User).get(args.personId, 'personId')).id });
    else people.andWhere('u.active = true');
    if (!access.readAll) people.andWhere('u.id = :self', { self: access.self });
    if (args.role) people.andWhere(':role = ANY(u.roles)', { role: args.role });

    const window = competenceWindow(await organizationToday(ctx), expiringWithinDays);
    const peopleSql = people.clone().select('u.id', 'id');
    const [requirements, counts, page] = await Promise.all([
      scoped(ctx, TrainingRequirement).find({ order: { title: 'ASC', id: 'ASC' } }),
      CompetenceService.query<{ requirementId: string; status: CompetenceStatus; n: number }>(
        ctx,
        `SELECT best."requirementId", ${competenceStatusSql('best."recordId"', 'best."validUntil"')} AS status, count(*)::int AS n
           FROM (${CompetenceService.bestRecordsSql(peopleSql.getQuery())}) best
          GROUP BY 1, 2`,
        { ...peopleSql.getParameters(), ...window },
      ),
      paginate(people, args, { column: 'u.name', property: 'name', direction: 'ASC' }),
    ]);

    const pageIds = page.edges.map((e) => e.node.id);
    const rows = pageIds.length
      ? await CompetenceService.query<BestRow>(
          ctx,
          `SELECT best."personId", best."requirementId", best."recordId", CAST(best."validUntil" AS text) AS "validUntil"
             FROM (${CompetenceService.bestRecordsSql('SELECT unnest(CAST(:pageIds AS uuid[])) AS id')}) best`,
          { pageIds },
        )
      : [];
    const order = new Map(requirements.map((r, i) => [r.id, i]));
    return {
      asOf: window.today,
      expiringWithinDays,
      requirements: requirements.map((r) => {
        const n = (status: CompetenceStatus) => counts.find((c) => c.requirementId === r.id && c.status === status)?.n ?? 0;
        return { requirementId: r.id, valid: n(CompetenceStatus.VALID), expiring: n(CompetenceStatus.EXPIRING), expired: n(CompetenceStatus.EXPIRED), missing: n(CompetenceStatus.MISSING) };
      }),
      people: {
        ...page,
        edges: page.edges.map(({ node, cursor }) => {
          const own = rows
            .filter((r) => r.personId === node.id)
            .sort((a, b) => order.get(a.requirementId)! - order.get(b.requirementId)!)
            .map((r) => CompetenceService.standing(r, window));
          return { cursor, node: { person: node, competent: own.every((r) => isCurrent(r.status)), requirements: own } };
        }),
      },
    };
  }

  /**
   * Where the person stands on the authorisation scheme today. The scheme is the organisation's
   * training requirements marked `authorisation` (each test on its topic, the yearly update on the
   * year's curriculum: valid to the end of the year it was completed, unless the certificate
   * states a last valid day), or, when none is marked, the knowledge, ethics and practical tests
   * and an annual update within 12 months on any topic. ELIGIBLE when every element is current and
   * the relevant practice documented on the person's file reaches the organisation's minimum;
   * the register status (FinAut's decision) comes from the same file.
   */
  static async authorisationStatus(ctx: Context, personId: string, expiringWithinDays: number): Promise<AuthorisationStatus> {
    requireAccessTo(trainingAccess(ctx), personId, 'read', 'personId');
    const person = await scoped(ctx, User).get(personId, 'personId');
    const [scheme, registration, organization] = await Promise.all([
      scoped(ctx, TrainingRequirement).find({ where: { authorisation: true }, order: { title: 'ASC', id: 'ASC' } }),
      scoped(ctx, AuthorisationRegistration).findOne({ personId: person.id }),
      currentOrganization(ctx),
    ]);
    const byElement = (a: TrainingAssessment) => AUTHORISATION_ELEMENTS.indexOf(a);
    const elements: SchemeElement[] = scheme.length
      ? [...scheme]
          .sort((a, b) => byElement(a.assessment) - byElement(b.assessment))
          .map((r) => ({ requirementId: r.id, assessment: r.assessment, topic: r.topic, subject: r.subject }))
      : AUTHORISATION_ELEMENTS.map((assessment) => ({ requirementId: null, assessment, topic: null, subject: null }));
    const rows = await CompetenceService.query<{ i: string; recordId: string | null; validUntil: string | null }>(
      ctx,
      `SELECT e.i, best.id AS "recordId", CAST(best.valid_until AS text) AS "validUntil"
         FROM unnest(CAST(:assessments AS text[]), CAST(:topics AS text[])) WITH ORDINALITY e(assessment, topic, i)
         LEFT JOIN LATERAL (
           SELECT r.id, CASE WHEN r.assessment = '${TrainingAssessment.ANNUAL_UPDATE}' THEN COALESCE(r.valid_until,
                    CASE WHEN CAST(:yearly AS boolean) THEN make_date(CAST(extract(year FROM r.completed_on) AS int), 12, 31)
                         ELSE CAST(r.completed_on + make_interval(months => ${ANNUAL_UPDATE_VALIDITY_MONTHS}) AS date) END)
                  ELSE r.valid_until END AS valid_until
             FROM training_record r
            WHERE r.organization_id = :org AND r.person_id = :personId AND r.assessment = e.assessment
              AND (e.topic IS NULL OR r.topic = e.topic) AND ${countsSql('r')}
            ORDER BY valid_until DESC NULLS FIRST, r.completed_on DESC, r.id
            LIMIT 1) best ON true
        ORDER BY e.i`,
      { personId: person.id, assessments: elements.map((e) => e.assessment), topics: elements.map((e) => e.topic), yearly: scheme.length > 0 },
    );
    const best = rows.map((r) => (r.recordId ? { validUntil: r.validUntil } : null));
    const window = competenceWindow(await organizationToday(ctx), expiringWithinDays);
    const result = eligibility(elements, best, { requiredMonths: organization.authorisationPracticeMonths, documentedMonths: registration?.practiceMonths ?? 0 }, window);
    const withRecord = result.elements.map((e, i) => ({ ...e, recordId: rows[i]?.recordId ?? null }));
    const current = withRecord.filter((e) => isCurrent(e.status));
    const lapses = withRecord.map((e) => e.validUntil).filter((d): d is string => d !== null).sort();
    const trained = current.length === withRecord.length;
    return {
      person,
      asOf: window.today,
      authorised: trained,
      authorisedUntil: trained ? (lapses[0] ?? null) : null,
      eligibility: result.eligibility,
      missingItems: result.missing,
      practice: result.practice,
      registration,
      elements: withRecord,
      missing: withRecord.filter((e) => !isCurrent(e.status)),
    };
  }

  private static standing(row: BestRow, window: CompetenceWindow): RequirementCompetence {
    const best = row.recordId ? { validUntil: row.validUntil } : null;
    return { requirementId: row.requirementId, recordId: row.recordId, validUntil: row.validUntil, status: competenceStatus(best, window) };
  }

  /**
   * Every (person, applicable requirement) pair of the people selected by `peopleSql` (a query
   * returning `id`s), with the person's best record for it: the one that counts and stays valid
   * longest (not expiring beats any date). The caller adds `:org` … through {@link query}.
   */
  private static bestRecordsSql(peopleSql: string): string {
    return `
      SELECT pair.person_id AS "personId", pair.requirement_id AS "requirementId", best.id AS "recordId", best.valid_until AS "validUntil"
        FROM (SELECT u.id AS person_id, q.id AS requirement_id, q.topic, q.assessment, q.validity_months
                FROM (${peopleSql}) people
                JOIN app_user u ON u.id = people.id
                JOIN training_requirement q ON q.organization_id = :org AND (cardinality(q.roles) = 0 OR q.roles && u.roles)) pair
        LEFT JOIN LATERAL (
          SELECT r.id, ${validUntilSql('r', 'pair.validity_months')} AS valid_until
            FROM training_record r
           WHERE r.organization_id = :org AND r.person_id = pair.person_id AND r.topic = pair.topic
             AND r.assessment = pair.assessment AND ${countsSql('r')}
           ORDER BY valid_until DESC NULLS FIRST, r.completed_on DESC, r.id
           LIMIT 1) best ON true`;
  }

  /** Runs SQL with named parameters (`:name`, `:...list`) on the request's manager; `:org` is the caller's organisation. */
  private static query<T>(ctx: Context, sql: string, parameters: ObjectLiteral): Promise<T[]> {
    const [text, values] = ctx.db.connection.driver.escapeQueryWithParameters(sql, { ...parameters, org: currentUser(ctx).organizationId });
    return ctx.db.query(text, values);
  }
}
