import { In, IsNull, type EntityManager } from 'typeorm';
import { DateTime } from 'luxon';
import { DeadlineUnit, Organization } from '../src/common/organization.entity';
import { deadline, type WorkingCalendar } from '../src/common/deadlines';
import { Complaint, ComplaintChannel, ComplaintOutcome, ComplaintStatus } from '../src/modules/complaint/complaint.entity';
import { ComplaintTimelineEntry, ComplaintTimelineEventKind } from '../src/modules/complaint/complaint-timeline-entry.entity';
import { ComplaintLetter, LetterChannel } from '../src/modules/complaint/complaint-letter.entity';
import { LetterTemplate } from '../src/modules/complaint/letter-template.entity';
import { LetterKind, renderLetter } from '../src/modules/complaint/letter-rendering';
import { letterValues } from '../src/modules/complaint/correspondence.service';
import { ClosureDay } from '../src/modules/complaint/closure-day.entity';
import { formatReference } from '../src/modules/complaint/complaint-reference';
import { ComplaintPromise } from '../src/modules/complaint/complaint-promise.entity';
import { User } from '../src/modules/user/user.entity';
import { DisputesBody } from '../src/modules/disputes/disputes-body.entity';
import { DisputesCase } from '../src/modules/disputes/disputes-case.entity';
import { DisputesCaseOrigin, DisputesCaseStatus, DisputesOutcomeKind, FeeRefundRule, closingRequirements, feeRefundDue } from '../src/modules/disputes/disputes-rules';
import { DEMO_COMPLAINT_OFFICER, DEMO_ORG, DEMO_QUALITY_MANAGER, demoId } from './demo-ids';
import { demoPromiseId } from './demo-code';
import { insertRows, rowExists } from './demo-rows';
import type { DemoTime } from './demo-time';

const organizationId = DEMO_ORG.id;
const DEMO_TERM = 'The response term and appeal term are demo values, not taken from the body’s rules: check them before use.';

/** The disputes bodies of statutory-and-disputes.md, as the demo organisation configured them. */
const BODIES: Partial<DisputesBody>[] = [
  {
    id: demoId('disputes-body:kigid'),
    name: 'KIGID',
    outcomeKind: DisputesOutcomeKind.BINDING,
    feeCents: null,
    currency: 'EUR',
    feeRefundRule: FeeRefundRule.WHEN_UPHELD,
    responseWithin: 10,
    responseUnit: DeadlineUnit.WORKING_DAYS,
    appealWithinMonths: 12,
    website: 'https://www.kigid.nl',
    source: `kigid.nl: Klachteninstituut Gecertificeerde Incassodiensten, for members of the NVI; binding decision; a deposit paid by the complainant, refunded when upheld (amount not recorded). ${DEMO_TERM}`,
    isDefault: false,
  },
  {
    id: demoId('disputes-body:incassoklacht'),
    name: 'IncassoKlacht',
    outcomeKind: DisputesOutcomeKind.BINDING,
    feeCents: 4900,
    currency: 'EUR',
    feeRefundRule: FeeRefundRule.WHEN_UPHELD,
    responseWithin: 10,
    responseUnit: DeadlineUnit.WORKING_DAYS,
    appealWithinMonths: 12,
    website: 'https://www.incassoklacht.nl',
    source: `incassoklacht.nl: Stichting NowID; mediation, settlement or binding advice; the complainant pays EUR 49, refunded by the agency when the complaint is upheld. ${DEMO_TERM}`,
    isDefault: false,
  },
  {
    id: demoId('disputes-body:geschillencommissie'),
    name: 'De Geschillencommissie',
    outcomeKind: DisputesOutcomeKind.BINDING,
    feeCents: null,
    currency: null,
    feeRefundRule: FeeRefundRule.NONE,
    responseWithin: 15,
    responseUnit: DeadlineUnit.WORKING_DAYS,
    appealWithinMonths: 12,
    website: 'https://www.degeschillencommissie.nl',
    source: `De Geschillencommissie: sector committees giving binding advice; named in the organisation's complaints procedure. ${DEMO_TERM}`,
    isDefault: true,
  },
  {
    id: demoId('disputes-body:finansklagenemnda'),
    name: 'Finansklagenemnda',
    outcomeKind: DisputesOutcomeKind.ADVISORY,
    feeCents: 0,
    currency: 'NOK',
    feeRefundRule: FeeRefundRule.NONE,
    responseWithin: 14,
    responseUnit: DeadlineUnit.CALENDAR_DAYS,
    appealWithinMonths: 12,
    website: 'https://www.finkn.no',
    source: `finkn.no: Finansklagenemnda (Norway), finance and collection complaints; an advisory statement the company may decline to follow within a deadline (for the demo's Norwegian debtors). ${DEMO_TERM}`,
    isDefault: false,
  },
];

/** The demo's letter templates: Dutch (the demo's language), English, and Norwegian Bokmål for Norwegian debtors. */
const TEMPLATES: { language: string; kind: LetterKind; subject: string; body: string }[] = [
  {
    language: 'nl',
    kind: LetterKind.ACKNOWLEDGEMENT,
    subject: 'Ontvangstbevestiging van uw klacht {{reference}}',
    body:
      'Geachte {{complainantName}},\n\nOp {{receivedDate}} ontvingen wij uw klacht "{{subject}}". Wij hebben die geregistreerd onder nummer {{reference}}.\n' +
      'U ontvangt uiterlijk {{resolutionDueDate}} onze schriftelijke beslissing.\n\nMet vriendelijke groet,\n{{organizationName}}',
  },
  {
    language: 'nl',
    kind: LetterKind.DECISION,
    subject: 'Beslissing op uw klacht {{reference}}',
    body:
      'Geachte {{complainantName}},\n\nWij hebben uw klacht {{reference}} onderzocht. Onze beslissing:\n\n{{decision}}\n\n' +
      'Bent u het niet eens met deze beslissing, dan kunt u uw klacht binnen {{disputesBodyTermMonths}} maanden voorleggen aan {{disputesBodyName}} ({{disputesBodyWebsite}}).\n\n' +
      'Met vriendelijke groet,\n{{handlerName}}\n{{organizationName}}',
  },
  {
    language: 'en',
    kind: LetterKind.ACKNOWLEDGEMENT,
    subject: 'We received your complaint {{reference}}',
    body:
      'Dear {{complainantName}},\n\nOn {{receivedDate}} we received your complaint "{{subject}}", registered as {{reference}}.\n' +
      'You will have our written decision by {{resolutionDueDate}}.\n\nKind regards,\n{{organizationName}}',
  },
  {
    language: 'en',
    kind: LetterKind.DECISION,
    subject: 'Our decision on your complaint {{reference}}',
    body:
      'Dear {{complainantName}},\n\nWe looked into your complaint {{reference}}. Our decision:\n\n{{decision}}\n\n' +
      'If you disagree, you may take your complaint to {{disputesBodyName}} ({{disputesBodyWebsite}}) within {{disputesBodyTermMonths}} months.\n\n' +
      'Kind regards,\n{{handlerName}}\n{{organizationName}}',
  },
  {
    language: 'nb',
    kind: LetterKind.ACKNOWLEDGEMENT,
    subject: 'Vi har mottatt klagen din {{reference}}',
    body:
      'Hei {{complainantName}},\n\nVi mottok klagen din «{{subject}}» {{receivedDate}}, registrert som {{reference}}.\n' +
      'Du får vårt skriftlige svar innen {{resolutionDueDate}}.\n\nVennlig hilsen\n{{organizationName}}',
  },
  {
    language: 'nb',
    kind: LetterKind.DECISION,
    subject: 'Vår avgjørelse i klagesak {{reference}}',
    body:
      'Hei {{complainantName}},\n\nVi har behandlet klagen din {{reference}}. Vår avgjørelse:\n\n{{decision}}\n\n' +
      'Er du uenig, kan du innen {{disputesBodyTermMonths}} måneder klage til {{disputesBodyName}} ({{disputesBodyWebsite}}).\n\n' +
      'Vennlig hilsen\n{{handlerName}}\n{{organizationName}}',
  },
];

/** The extension letters' templates (a part of the demo of its own: an existing demo gets them and its extension letters). */
const EXTENSION_TEMPLATES: typeof TEMPLATES = [
  {
    language: 'nl',
    kind: LetterKind.EXTENSION,
    subject: 'Meer tijd nodig voor uw klacht {{reference}}',
    body:
      'Geachte {{complainantName}},\n\nWij hadden u beloofd uiterlijk {{resolutionDueDate}} te beslissen op uw klacht {{reference}}. Dat lukt niet: {{reason}}\n' +
      'U ontvangt onze schriftelijke beslissing uiterlijk {{newDeadline}}.\n\nMet vriendelijke groet,\n{{organizationName}}',
  },
  {
    language: 'en',
    kind: LetterKind.EXTENSION,
    subject: 'We need more time for your complaint {{reference}}',
    body:
      'Dear {{complainantName}},\n\nWe promised our decision on your complaint {{reference}} by {{resolutionDueDate}}. We cannot keep that date: {{reason}}\n' +
      'You will have our written decision by {{newDeadline}}.\n\nKind regards,\n{{organizationName}}',
  },
  {
    language: 'nb',
    kind: LetterKind.EXTENSION,
    subject: 'Vi trenger mer tid til klagen din {{reference}}',
    body:
      'Hei {{complainantName}},\n\nVi lovet å svare på klagen din {{reference}} innen {{resolutionDueDate}}. Det rekker vi ikke: {{reason}}\n' +
      'Du får vårt skriftlige svar innen {{newDeadline}}.\n\nVennlig hilsen\n{{organizationName}}',
  },
];

const templateId = (language: string, kind: LetterKind) => demoId(`letter-template:${language}:${kind}`);

/** The channel a letter went by, from the channel the complaint came in by. */
const LETTER_CHANNEL: Record<ComplaintChannel, LetterChannel> = {
  [ComplaintChannel.EMAIL]: LetterChannel.EMAIL,
  [ComplaintChannel.PHONE]: LetterChannel.EMAIL,
  [ComplaintChannel.WEB]: LetterChannel.PORTAL,
  [ComplaintChannel.LETTER]: LetterChannel.POST,
  [ComplaintChannel.IN_PERSON]: LetterChannel.HAND_DELIVERED,
};

const DAY = 86_400_000;
const plus = (at: Date, days: number, hours = 0) => new Date(at.getTime() + days * DAY + hours * 3_600_000);

/** A case the demo shows, made from a complaint the organisation had closed (or resolved). */
interface Scenario {
  key: string;
  body: string;
  outcome: ComplaintOutcome | null;
  /** Where the case stands: its status, and for a DECIDED one nothing closed yet. */
  status: DisputesCaseStatus;
  adviceFollowed?: boolean;
}

/** Closed complaints, 60 to 300 days after closing, go to a body: each new state of a case at least once. */
const AFTER_CLOSURE: Scenario[] = [
  { key: 'pending-refund', body: 'IncassoKlacht', outcome: ComplaintOutcome.UPHELD, status: DisputesCaseStatus.DECIDED },
  { key: 'refunded', body: 'IncassoKlacht', outcome: ComplaintOutcome.UPHELD, status: DisputesCaseStatus.CLOSED },
  { key: 'advice-declined', body: 'Finansklagenemnda', outcome: ComplaintOutcome.PARTIALLY_UPHELD, status: DisputesCaseStatus.CLOSED, adviceFollowed: false },
  { key: 'inadmissible', body: 'KIGID', outcome: ComplaintOutcome.INADMISSIBLE, status: DisputesCaseStatus.CLOSED },
  { key: 'settled', body: 'KIGID', outcome: ComplaintOutcome.SETTLED, status: DisputesCaseStatus.CLOSED },
];

/**
 * The demo's correspondence and disputes-body cases, loaded once (its Dutch acknowledgement
 * template marks it): the disputes bodies and letter templates; a case for every complaint of the
 * history that went to De Geschillencommissie; a few complaints that go to a body after closure or
 * after the decision, and one a body forwarded, so every stage, outcome and origin shows; and the
 * acknowledgement and decision letters of every complaint, as the templates give them, named by the
 * timeline. Written as rows with what the services would have computed.
 */
export async function seedDemoCorrespondence(manager: EntityManager, time: DemoTime): Promise<boolean> {
  if (await rowExists(manager, LetterTemplate, templateId('nl', LetterKind.ACKNOWLEDGEMENT))) return false;
  if (!(await manager.existsBy(Complaint, { organizationId }))) return false;
  const organization = await manager.findOneByOrFail(Organization, { id: organizationId });
  await insertRows(manager, DisputesBody, BODIES.map((b) => ({ ...b, organizationId })));
  await insertRows(
    manager,
    LetterTemplate,
    TEMPLATES.map((t) => ({ ...t, id: templateId(t.language, t.kind), organizationId })),
  );
  // By name: an escalation recorded before bodies were configured may have made one already (migration).
  const bodies = new Map((await manager.findBy(DisputesBody, { organizationId })).map((b) => [b.name, b]));
  const dgc = bodies.get('De Geschillencommissie')!;
  const closures = await manager.findBy(ClosureDay, { organizationId });
  const calendar: WorkingCalendar = { timeZone: organization.timezone, holidayCountry: organization.holidayCountry, closureDays: new Set(closures.map((d) => d.date)) };
  const responseDue = (body: DisputesBody, filedAt: Date) =>
    body.responseWithin && body.responseUnit ? deadline(filedAt, { within: body.responseWithin, unit: body.responseUnit }, calendar) : null;

  const complaints = await manager.find(Complaint, { where: { organizationId }, order: { receivedAt: 'ASC' } });
  const cases: Partial<DisputesCase>[] = [];
  const steps: Partial<ComplaintTimelineEntry>[] = [];
  const dayOf = (at: Date) => time.dayOf(at);

  /** The case of `complaint` before `body`, decided (or not) as `scenario` says, compliance done a week after the decision. */
  const caseOf = (
    complaint: Complaint,
    body: DisputesBody,
    origin: DisputesCaseOrigin,
    filedAt: Date,
    wanted: Omit<Scenario, 'key' | 'body'>,
    decidedAt: Date | null,
    closeAfterDays = 8,
  ) => {
    // A step still to come (a week after the decision, say) is not taken yet.
    const scenario =
      wanted.status === DisputesCaseStatus.CLOSED && decidedAt && plus(decidedAt, closeAfterDays) > time.now
        ? { ...wanted, status: DisputesCaseStatus.DECIDED }
        : wanted.status !== DisputesCaseStatus.OPEN && !decidedAt && plus(filedAt, 4, 2) > time.now
          ? { ...wanted, status: DisputesCaseStatus.OPEN }
          : wanted;
    const binding = body.outcomeKind ? body.outcomeKind === DisputesOutcomeKind.BINDING : complaint.escalation.binding;
    const outcome = scenario.outcome;
    const refundDue = outcome ? feeRefundDue(body.feeRefundRule, body.feeCents, outcome) : null;
    const closed = scenario.status === DisputesCaseStatus.CLOSED && decidedAt && outcome;
    const needs = closed ? closingRequirements({ outcome, binding, feeRefundDue: refundDue === true }, scenario.adviceFollowed ?? null) : null;
    const doneOn = decidedAt ? dayOf(plus(decidedAt, closeAfterDays - 1)) : null;
    const respondedAt = scenario.status === DisputesCaseStatus.OPEN ? null : plus(filedAt, 4, 2);
    const due = responseDue(body, filedAt);
    const closedAt = closed ? plus(decidedAt, closeAfterDays) : null;
    return {
      id: demoId(`disputes-case:${complaint.id}`),
      organizationId,
      complaintId: complaint.id,
      bodyId: body.id,
      origin,
      status: scenario.status,
      bodyReference: `${body.name.slice(0, 3).toUpperCase()}-${complaint.reference.slice(2)}`,
      filedAt,
      responseDueAt: due,
      respondedAt,
      respondedOnTime: respondedAt && due ? respondedAt <= due : null,
      outcome,
      decidedAt,
      binding,
      adviceFollowed: needs?.adviceResponse ? (scenario.adviceFollowed ?? true) : null,
      feeCents: body.feeCents,
      feeCurrency: body.currency,
      feeRefundDue: refundDue,
      feeRefundedOn: needs?.feeRefund ? doneOn : null,
      compliance:
        needs?.compliance
          ? { on: doneOn, description: complianceText(outcome!), documentReference: `DOC-${complaint.reference}` }
          : { on: null, description: null, documentReference: null },
      closedAt,
      version: 1 + (respondedAt ? 1 : 0) + (decidedAt ? 1 : 0) + (closedAt ? 1 : 0),
      createdAt: filedAt,
      updatedAt: closedAt ?? decidedAt ?? respondedAt ?? filedAt,
    } satisfies Partial<DisputesCase>;
  };

  // The history's escalations to De Geschillencommissie (a case per complaint; one made by the migration is kept).
  for (const c of complaints) {
    if (!c.escalation.escalatedAt) continue;
    const decided = c.escalation.outcome !== null;
    cases.push(
      caseOf(
        c,
        dgc,
        DisputesCaseOrigin.AFTER_RESOLUTION,
        c.escalation.escalatedAt,
        { outcome: c.escalation.outcome, status: decided ? DisputesCaseStatus.CLOSED : DisputesCaseStatus.RESPONDED, adviceFollowed: true },
        c.escalation.decidedAt,
      ),
    );
  }

  // Complaints closed 60 to 300 days ago go to a body after closure: CLOSED → ESCALATED (→ CLOSED).
  const changed: Complaint[] = [];
  const candidates = complaints.filter(
    (c) => c.status === ComplaintStatus.CLOSED && !c.escalation.escalatedAt && !c.anonymizedAt && c.closedAt! < plus(time.now, -60) && c.closedAt! > plus(time.now, -300),
  );
  const escalate = (c: Complaint, body: DisputesBody, filedAt: Date, decidedAt: Date | null, outcome: ComplaintOutcome | null, binding: boolean | null) => {
    const last = c.status;
    steps.push({ id: demoId(`complaint:${c.id}:disputes:escalated`), organizationId, complaintId: c.id, actorId: DEMO_COMPLAINT_OFFICER.id, at: filedAt, from: last, to: ComplaintStatus.ESCALATED, note: `De klager heeft de klacht voorgelegd aan ${body.name}.` });
    c.status = ComplaintStatus.ESCALATED;
    c.version += 1;
    c.escalation = { body: body.name, escalatedAt: filedAt, outcome: null, binding: null, decidedAt: null };
    c.updatedAt = filedAt;
    if (decidedAt && outcome) {
      const closedAt = plus(decidedAt, 1);
      steps.push({ id: demoId(`complaint:${c.id}:disputes:closed`), organizationId, complaintId: c.id, actorId: DEMO_QUALITY_MANAGER.id, at: closedAt, from: ComplaintStatus.ESCALATED, to: ComplaintStatus.CLOSED, note: `Uitspraak van ${body.name} verwerkt.` });
      c.status = ComplaintStatus.CLOSED;
      c.version += 1;
      c.escalation = { ...c.escalation, outcome, binding, decidedAt };
      c.closedAt = closedAt;
      c.updatedAt = closedAt;
    }
    changed.push(c);
  };
  AFTER_CLOSURE.forEach((scenario, i) => {
    const c = candidates[candidates.length - 1 - i * 3];
    if (!c) return;
    const body = bodies.get(scenario.body)!;
    const filedAt = plus(c.closedAt!, 10, 1);
    const decidedAt = plus(filedAt, 40);
    const made = caseOf(c, body, DisputesCaseOrigin.AFTER_CLOSURE, filedAt, scenario, decidedAt);
    cases.push(made);
    escalate(c, body, filedAt, decidedAt, scenario.outcome, made.binding);
  });
  // One closed a few weeks ago went to De Geschillencommissie two days ago: OPEN, the response due.
  const recent = complaints.find((c) => c.status === ComplaintStatus.CLOSED && !c.escalation.escalatedAt && !changed.includes(c) && c.closedAt! < plus(time.now, -20) && c.closedAt! > plus(time.now, -60));
  if (recent) {
    const filedAt = plus(time.now, -2);
    cases.push(caseOf(recent, dgc, DisputesCaseOrigin.AFTER_CLOSURE, filedAt, { outcome: null, status: DisputesCaseStatus.OPEN }, null));
    escalate(recent, dgc, filedAt, null, null, null);
  }
  // One resolved a week or more ago went to IncassoKlacht, and the complainant withdrew it.
  const resolved = complaints.find((c) => c.status === ComplaintStatus.RESOLVED && !c.escalation.escalatedAt && c.resolvedAt! < plus(time.now, -6));
  if (resolved) {
    const body = bodies.get('IncassoKlacht')!;
    const filedAt = plus(resolved.resolvedAt!, 1, 1);
    const decidedAt = plus(filedAt, 2);
    const made = caseOf(resolved, body, DisputesCaseOrigin.AFTER_RESOLUTION, filedAt, { outcome: ComplaintOutcome.WITHDRAWN, status: DisputesCaseStatus.CLOSED }, decidedAt, 1);
    cases.push(made);
    escalate(resolved, body, filedAt, decidedAt, ComplaintOutcome.WITHDRAWN, made.binding);
  }
  for (const c of changed) {
    await manager.update(Complaint, { id: c.id }, { status: c.status, version: c.version, escalation: c.escalation, closedAt: c.closedAt, updatedAt: c.updatedAt });
  }

  // A complaint KIGID forwarded three days ago, never registered before: RECEIVED → ESCALATED, its case OPEN.
  const forwardedAt = time.at(DateTime.fromJSDate(plus(time.now, -3), { zone: time.timeZone }).toISODate()!, 10, 15);
  const year = DateTime.fromJSDate(forwardedAt, { zone: time.timeZone }).year;
  const [{ last }]: { last: number }[] = await manager.query(
    `INSERT INTO complaint_reference_counter (organization_id, year, last) VALUES ($1, $2, 1)
     ON CONFLICT (organization_id, year) DO UPDATE SET last = complaint_reference_counter.last + 1 RETURNING last`,
    [organizationId, year],
  );
  const policy = organization.complaintPolicy;
  const kigid = bodies.get('KIGID')!;
  const forwarded: Partial<Complaint> = {
    id: demoId('complaint:forwarded:kigid'),
    organizationId,
    reference: formatReference(year, last),
    receivedAt: forwardedAt,
    channel: ComplaintChannel.LETTER,
    subject: 'Klacht via KIGID: geen reactie op twee brieven',
    description: 'Ik heb twee keer geschreven over de hoogte van de kosten en nooit antwoord gekregen. Daarom ben ik naar KIGID gegaan.',
    complainantName: 'Ursula van Verzinsel',
    complainantEmail: null,
    complainantPhone: null,
    customerReference: 'DB-4410027',
    categories: [],
    status: ComplaintStatus.ESCALATED,
    handlerId: null,
    registeredById: DEMO_COMPLAINT_OFFICER.id,
    acknowledgementDueAt: deadline(forwardedAt, { within: policy.acknowledgeWithin, unit: policy.acknowledgeUnit }, calendar),
    resolutionDueAt: deadline(forwardedAt, { within: policy.resolveWithin, unit: policy.resolveUnit }, calendar),
    escalation: { body: kigid.name, escalatedAt: plus(forwardedAt, 0, 1), outcome: null, binding: null, decidedAt: null },
    version: 2,
    createdAt: forwardedAt,
    updatedAt: plus(forwardedAt, 0, 1),
  };
  await insertRows(manager, Complaint, [forwarded]);
  await insertRows(manager, ComplaintPromise, [
    { id: demoId('complaint:forwarded:kigid:promise:P6'), organizationId, complaintId: forwarded.id, promiseId: demoPromiseId('P6'), createdAt: forwardedAt, updatedAt: forwardedAt },
  ]);
  steps.push(
    { id: demoId('complaint:forwarded:kigid:step:0'), organizationId, complaintId: forwarded.id, actorId: DEMO_COMPLAINT_OFFICER.id, at: forwardedAt, from: null, to: ComplaintStatus.RECEIVED, note: 'Doorgestuurd door KIGID.' },
    { id: demoId('complaint:forwarded:kigid:step:1'), organizationId, complaintId: forwarded.id, actorId: DEMO_COMPLAINT_OFFICER.id, at: plus(forwardedAt, 0, 1), from: ComplaintStatus.RECEIVED, to: ComplaintStatus.ESCALATED, note: null },
  );
  cases.push(caseOf(forwarded as Complaint, kigid, DisputesCaseOrigin.FORWARDED, plus(forwardedAt, 0, 1), { outcome: null, status: DisputesCaseStatus.OPEN }, null));
  await insertRows(manager, ComplaintTimelineEntry, steps.map((s) => ({ ...s, createdAt: s.at, updatedAt: s.at })));
  await insertRows(manager, DisputesCase, cases);

  // The acknowledgement and decision letter of every complaint, in its language, as the templates give them.
  const names = new Map((await manager.findBy(User, { organizationId })).map((u) => [u.id, u.name]));
  const template = (kind: LetterKind, language: string) => TEMPLATES.find((t) => t.language === language && t.kind === kind)!;
  const route = { bodyId: dgc.id, name: dgc.name, postalAddress: dgc.postalAddress, website: dgc.website, appealWithinMonths: dgc.appealWithinMonths };
  const letters: Partial<ComplaintLetter>[] = [];
  for (const c of await manager.find(Complaint, { where: { organizationId } })) {
    const write = (kind: LetterKind, sentAt: Date) => {
      const values = letterValues(c, organization, c.handlerId ? (names.get(c.handlerId) ?? null) : null, c.language, {
        sentAt,
        decision: c.decision,
        route: kind === LetterKind.DECISION ? route : null,
      });
      const { subject, body } = template(kind, c.language);
      letters.push({
        id: demoId(`letter:${c.id}:${kind}`),
        organizationId,
        complaintId: c.id,
        kind,
        language: c.language,
        channel: LETTER_CHANNEL[c.channel],
        sentAt,
        subject: c.anonymizedAt ? null : renderLetter(subject, values).text,
        body: c.anonymizedAt ? null : renderLetter(body, values).text,
        edited: false,
        templateId: templateId(c.language, kind),
        disputesBodyId: kind === LetterKind.DECISION ? dgc.id : null,
        sentById: c.handlerId ?? DEMO_COMPLAINT_OFFICER.id,
        createdAt: sentAt,
        updatedAt: c.anonymizedAt ?? sentAt,
      });
    };
    if (c.acknowledgedAt) write(LetterKind.ACKNOWLEDGEMENT, c.acknowledgedAt);
    if (c.resolvedAt) write(LetterKind.DECISION, c.resolvedAt);
  }
  await insertRows(manager, ComplaintLetter, letters);
  await manager.query(
    `UPDATE complaint_timeline_entry t SET letter_id = l.id FROM complaint_letter l
     WHERE t.organization_id = $1 AND l.organization_id = $1 AND l.complaint_id = t.complaint_id AND t.letter_id IS NULL
       AND ((t.to_status = 'ACKNOWLEDGED' AND l.kind = 'ACKNOWLEDGEMENT') OR (t.to_status = 'RESOLVED' AND l.kind = 'DECISION'))`,
    [organizationId],
  );
  return true;
}

function complianceText(outcome: ComplaintOutcome): string {
  if (outcome === ComplaintOutcome.SETTLED) return 'De schikking is uitgevoerd: de kosten zijn gehalveerd en een nieuwe regeling is afgesproken.';
  return 'De uitspraak is uitgevoerd: de kosten zijn gecrediteerd en de klager is schriftelijk geïnformeerd.';
}

/**
 * The demo's extension letters, loaded once (its Dutch EXTENSION template marks it) after the
 * correspondence: the EXTENSION templates in nl, en and nb, and for every extension of a complaint's
 * term (a DEADLINE_EXTENDED entry without a letter) the Dutch letter telling the complainant the
 * new deadline and the reason, sent when the term was extended and named by the entry.
 */
export async function seedDemoExtensionLetters(manager: EntityManager): Promise<boolean> {
  if (await rowExists(manager, LetterTemplate, templateId('nl', LetterKind.EXTENSION))) return false;
  if (!(await rowExists(manager, LetterTemplate, templateId('nl', LetterKind.ACKNOWLEDGEMENT)))) return false;
  const organization = await manager.findOneByOrFail(Organization, { id: organizationId });
  await insertRows(
    manager,
    LetterTemplate,
    EXTENSION_TEMPLATES.map((t) => ({ ...t, id: templateId(t.language, t.kind), organizationId })),
  );
  const { subject, body } = EXTENSION_TEMPLATES.find((t) => t.language === 'nl')!;
  const extensions = await manager.findBy(ComplaintTimelineEntry, { organizationId, kind: ComplaintTimelineEventKind.DEADLINE_EXTENDED, letterId: IsNull() });
  if (!extensions.length) return true;
  const complaints = new Map((await manager.findBy(Complaint, { id: In([...new Set(extensions.map((e) => e.complaintId))]) })).map((c) => [c.id, c]));
  const letters = extensions.map((entry): Partial<ComplaintLetter> => {
    const c = complaints.get(entry.complaintId)!;
    const values = letterValues(c, organization, null, 'nl', { sentAt: entry.at, route: null, newDeadline: entry.dueAt, reason: entry.note });
    return {
      id: demoId(`letter:${entry.id}:${LetterKind.EXTENSION}`),
      organizationId,
      complaintId: c.id,
      kind: LetterKind.EXTENSION,
      language: 'nl',
      channel: LETTER_CHANNEL[c.channel],
      sentAt: entry.at,
      subject: c.anonymizedAt ? null : renderLetter(subject, values).text,
      body: c.anonymizedAt ? null : renderLetter(body, values).text,
      edited: false,
      templateId: templateId('nl', LetterKind.EXTENSION),
      disputesBodyId: null,
      sentById: entry.actorId ?? DEMO_COMPLAINT_OFFICER.id,
      createdAt: entry.at,
      updatedAt: c.anonymizedAt ?? entry.at,
    };
  });
  await insertRows(manager, ComplaintLetter, letters);
  await manager.query(
    `UPDATE complaint_timeline_entry t SET letter_id = l.id FROM complaint_letter l
     WHERE t.organization_id = $1 AND l.organization_id = $1 AND l.complaint_id = t.complaint_id AND t.letter_id IS NULL
       AND t.kind = 'DEADLINE_EXTENDED' AND l.kind = 'EXTENSION' AND l.sent_at = t.at`,
    [organizationId],
  );
  return true;
}
