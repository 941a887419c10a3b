import { DateTime } from 'luxon';
import type { Context } from '../../common/context';
import { currentUser } from '../../common/context';
import { BadUserInputError } from '../../common/errors';
import { paginate, type ConnectionResult } from '../../common/pagination';
import { scoped, scopedTo, expectedIn } from '../../common/tenancy';
import { OrganizationService } from '../organization';
import { UserService } from '../user';
import { Complaint } from './complaint.entity';
import { ComplaintLetter } from './complaint-letter.entity';
import { LetterTemplate } from './letter-template.entity';
import { ComplaintHooks, type DisputesRoute } from './complaint-hooks';
import {
  LETTER_PLACEHOLDERS,
  LetterKind,
  REQUIRED_PLACEHOLDERS,
  checkTemplateText,
  languageFallbacks,
  languageTag,
  renderLetter,
  type LetterPlaceholder,
  type LetterValues,
} from './letter-rendering';
import type {
  ComplaintLetterInput,
  CreateLetterTemplateInput,
  DecisionLetterInput,
  LetterPlaceholderInfo,
  LetterPreview,
  LetterTemplatesArgs,
  PreviewLetterArgs,
  UpdateLetterTemplateInput,
} from './correspondence.dto';

/** What a letter says, before it is recorded. */
interface ComposedLetter {
  kind: LetterKind;
  language: string;
  template: LetterTemplate | null;
  subject: string | null;
  body: string | null;
  missing: LetterPlaceholder[];
  route: DisputesRoute | null;
}

/** The values a letter about `complaint` fills its placeholders with. */
export interface LetterFacts {
  sentAt: Date;
  decision?: string | null;
  route: DisputesRoute | null;
  /** An extension: the new working deadline and the reason. */
  newDeadline?: Date | null;
  reason?: string | null;
}

/**
 * Written correspondence with the complainant (Wki/Bki: written acknowledgement; complaints
 * procedure: the decision is communicated): the organisation's letter templates per kind and
 * language, previews, and the letters recorded with the lifecycle steps they belong to.
 */
export class CorrespondenceService {
  static placeholders(): LetterPlaceholderInfo[] {
    return (Object.keys(LETTER_PLACEHOLDERS) as LetterPlaceholder[]).map((name) => ({
      name,
      description: LETTER_PLACEHOLDERS[name],
      requiredIn: Object.values(LetterKind).filter((kind) => REQUIRED_PLACEHOLDERS[kind].includes(name)),
    }));
  }

  static templates(ctx: Context, args: LetterTemplatesArgs): Promise<ConnectionResult<LetterTemplate>> {
    const qb = scoped(ctx, LetterTemplate).query('t');
    if (args.kind) qb.andWhere('t.kind = :kind', { kind: args.kind });
    if (args.language) qb.andWhere('t.language = :language', { language: languageTag(args.language, 'language') });
    return paginate(qb, args, { column: 't.createdAt', property: 'createdAt', direction: 'ASC' });
  }

  /** A template for a kind and language (CONFLICT when the organisation has one already); its texts are checked first. */
  static createTemplate(ctx: Context, input: CreateLetterTemplateInput): Promise<LetterTemplate> {
    const language = languageTag(input.language, 'input.language');
    checkTemplateText(input.subject, input.kind, 'input.subject', false);
    checkTemplateText(input.body, input.kind, 'input.body', true);
    return scoped(ctx, LetterTemplate).insert({ kind: input.kind, language, subject: input.subject, body: input.body });
  }

  static async updateTemplate(ctx: Context, id: string, input: UpdateLetterTemplateInput): Promise<LetterTemplate> {
    const templates = scoped(ctx, LetterTemplate);
    const current = await templates.get(id, 'id');
    if (input.subject != null) checkTemplateText(input.subject, current.kind, 'input.subject', false);
    if (input.body != null) checkTemplateText(input.body, current.kind, 'input.body', true);
    const patch: Partial<LetterTemplate> = {};
    if (input.subject != null) patch.subject = input.subject;
    if (input.body != null) patch.body = input.body;
    return templates.update(current, patch, expectedIn(input));
  }

  /** Deletes a template; letters sent from it keep their text. */
  static async deleteTemplate(ctx: Context, id: string, expectedVersion: number): Promise<LetterTemplate> {
    const templates = scoped(ctx, LetterTemplate);
    const current = await templates.get(id, 'id');
    await templates.delete(current, { expectedVersion });
    return current;
  }

  /** The letter as it would be generated now (`previewLetter`); placeholders without a value are listed, not refused. */
  static async preview(ctx: Context, args: PreviewLetterArgs): Promise<LetterPreview> {
    const complaint = await scoped(ctx, Complaint).get(args.complaintId, 'complaintId');
    const language = await CorrespondenceService.language(ctx, complaint, args.language, 'language');
    const route = args.kind === LetterKind.DECISION ? await CorrespondenceService.route(ctx, args.disputesBodyId ?? null, 'disputesBodyId') : null;
    const composed = await CorrespondenceService.compose(ctx, complaint, args.kind, language, {
      sentAt: new Date(),
      decision: args.decision?.trim() ?? complaint.decision,
      route,
    });
    if (!composed.template) throw CorrespondenceService.noTemplate(args.kind, language, 'language');
    return {
      kind: args.kind,
      language,
      templateId: composed.template.id,
      subject: composed.subject ?? '',
      body: composed.body ?? '',
      missing: composed.missing,
    };
  }

  /**
   * Records the letter of a step on `complaint` (the caller then names it in the step's timeline
   * entry): the text given, or the template rendered. Refused (BAD_USER_INPUT naming the field of
   * `input.letter`) without a language, without a template and text, when the template lacks a
   * value, and for a decision letter that names no disputes body. Without a template of the kind in
   * the language the field at fault is the language when the organisation has one in another
   * language, else the text (e.g. extension letters before the organisation wrote a template).
   */
  static async record(
    ctx: Context,
    complaint: Complaint,
    kind: LetterKind,
    input: ComplaintLetterInput | DecisionLetterInput,
    facts: Omit<LetterFacts, 'route'>,
  ): Promise<ComplaintLetter> {
    const field = 'input.letter';
    const language = await CorrespondenceService.language(ctx, complaint, input.language, `${field}.language`);
    const route =
      kind === LetterKind.DECISION ? await CorrespondenceService.route(ctx, ('disputesBodyId' in input && input.disputesBodyId) || null, `${field}.disputesBodyId`) : null;
    const composed = await CorrespondenceService.compose(ctx, complaint, kind, language, { ...facts, route });
    let body: string;
    if (input.text != null) {
      body = input.text.trim();
      if (route && !body.toLocaleLowerCase(language).includes(route.name.toLocaleLowerCase(language))) {
        throw BadUserInputError.field(`${field}.text`, `a decision letter must name the disputes body "${route.name}" and how to go there`);
      }
    } else {
      if (!composed.template) {
        const elsewhere = await scoped(ctx, LetterTemplate).count({ kind });
        throw CorrespondenceService.noTemplate(kind, language, elsewhere ? `${field}.language` : `${field}.text`);
      }
      if (composed.missing.length) {
        throw BadUserInputError.field(
          `${field}.text`,
          `the ${kind} template has no value for ${composed.missing.map((n) => `{{${n}}}`).join(', ')}: fill it in (e.g. assign a handler) or send an edited text`,
        );
      }
      body = composed.body!;
    }
    const subject = input.subject?.trim() ?? (composed.missing.length ? null : composed.subject);
    return scoped(ctx, ComplaintLetter).insert(
      {
        complaintId: complaint.id,
        kind,
        language,
        channel: input.channel,
        sentAt: facts.sentAt,
        subject,
        body,
        edited: body !== composed.body || (input.subject != null && subject !== composed.subject),
        templateId: composed.template?.id ?? null,
        disputesBodyId: route?.bodyId ?? null,
        sentById: currentUser(ctx).id,
      },
      { action: 'ComplaintLetter.sent' },
    );
  }

  /** Erases the texts of a complaint's letters (anonymisation): they name the complainant. */
  static async erase(ctx: Context, complaint: Complaint): Promise<void> {
    const letters = scopedTo(ctx, ComplaintLetter, complaint.organizationId);
    const complaintId = complaint.id;
    for (const letter of await letters.find({ where: { complaintId } })) {
      if (letter.subject !== null || letter.body !== null) await letters.update(letter, { subject: null, body: null }, { action: 'ComplaintLetter.anonymized' });
    }
  }

  /**
   * The letter language: the one asked for (BAD_USER_INPUT naming `field` when it is no BCP 47 tag),
   * else the last letter's (the correspondence goes on in its language), else the complaint's (the complainant's).
   */
  private static async language(ctx: Context, complaint: Complaint, asked: string | undefined, field: string): Promise<string> {
    if (asked) return languageTag(asked, field);
    const [last] = await scoped(ctx, ComplaintLetter).find({ where: { complaintId: complaint.id }, order: { sentAt: 'DESC', createdAt: 'DESC' }, take: 1 });
    return last?.language ?? complaint.language;
  }

  private static async route(ctx: Context, bodyId: string | null, field: string): Promise<DisputesRoute> {
    const route = await ComplaintHooks.disputesRoute(ctx, bodyId, field);
    if (!route) throw BadUserInputError.field(field, 'the decision letter must name a disputes body: configure one for the organisation (createDisputesBody) or name it');
    return route;
  }

  private static noTemplate(kind: LetterKind, language: string, field: string): BadUserInputError {
    if (field.endsWith('.text')) {
      return BadUserInputError.field(field, `the organisation has no ${kind} template in any language: write the letter as sent (letter.text) or add a template (createLetterTemplate)`);
    }
    return BadUserInputError.field(field, `the organisation has no ${kind} template in "${language}": add one (createLetterTemplate) or write the text (letter.text)`);
  }

  /** The template for `kind` in `language` (or its primary language), rendered with the complaint's facts. */
  private static async compose(ctx: Context, complaint: Complaint, kind: LetterKind, language: string, facts: LetterFacts): Promise<ComposedLetter> {
    const templates = await scoped(ctx, LetterTemplate).find({ where: languageFallbacks(language).map((l) => ({ kind, language: l })) });
    const template = languageFallbacks(language)
      .map((l) => templates.find((t) => t.language === l))
      .find((t): t is LetterTemplate => !!t);
    if (!template) return { kind, language, template: null, subject: null, body: null, missing: [], route: facts.route };
    const values = await CorrespondenceService.values(ctx, complaint, language, facts);
    const subject = renderLetter(template.subject, values);
    const body = renderLetter(template.body, values);
    return {
      kind,
      language,
      template,
      subject: subject.text,
      body: body.text,
      missing: [...new Set([...subject.missing, ...body.missing])],
      route: facts.route,
    };
  }

  private static async values(ctx: Context, complaint: Complaint, language: string, facts: LetterFacts): Promise<LetterValues> {
    const organization = await OrganizationService.current(ctx);
    const handler = complaint.handlerId ? await UserService.loader(ctx).load(complaint.handlerId) : null;
    return letterValues(complaint, { name: organization.name, timezone: organization.timezone }, handler?.name ?? null, language, facts);
  }
}

/**
 * The placeholder values of a letter about `complaint` in `language`: days written out in the
 * language, in the organisation's time zone. (Also what the demo's letters are written with.)
 */
export function letterValues(
  complaint: Pick<Complaint, 'reference' | 'subject' | 'complainantName' | 'anonymizedAt' | 'receivedAt' | 'acknowledgementDueAt' | 'resolutionDueAt'>,
  organization: { name: string; timezone: string },
  handlerName: string | null,
  language: string,
  facts: LetterFacts,
): LetterValues {
  const day = (at: Date) => DateTime.fromJSDate(at, { zone: organization.timezone }).setLocale(language).toLocaleString(DateTime.DATE_FULL);
  return {
    reference: complaint.reference,
    organizationName: organization.name,
    complainantName: complaint.anonymizedAt ? null : complaint.complainantName,
    subject: complaint.subject,
    receivedDate: day(complaint.receivedAt),
    letterDate: day(facts.sentAt),
    acknowledgementDueDate: day(complaint.acknowledgementDueAt),
    resolutionDueDate: day(complaint.resolutionDueAt),
    handlerName,
    decision: facts.decision ?? null,
    disputesBodyName: facts.route?.name ?? null,
    disputesBodyAddress: facts.route?.postalAddress ?? null,
    disputesBodyWebsite: facts.route?.website ?? null,
    disputesBodyTermMonths: facts.route?.appealWithinMonths != null ? String(facts.route.appealWithinMonths) : null,
    newDeadline: facts.newDeadline ? day(facts.newDeadline) : null,
    reason: facts.reason ?? null,
  };
}
