import { DateTime } from 'luxon';
import { Role } from '../../src/common/roles';
import { ComplaintLetter } from '../../src/modules/complaint/complaint-letter.entity';
import { LetterTemplate } from '../../src/modules/complaint/letter-template.entity';
import { LetterKind } from '../../src/modules/complaint/letter-rendering';
import { startTestApp, type ApiClient, type TestApp, type TestOrganization } from '../support/app';
import { createCode, createCorrespondence, type CodeFixture } from '../support/fixtures';
import { graphql } from '../graphql';

graphql(`fragment CorrespondenceTemplateFields on LetterTemplate { id kind language subject body version }`);
const CREATE_TEMPLATE = graphql(`mutation CorrespondenceCreateTemplate($input: CreateLetterTemplateInput!) { createLetterTemplate(input: $input) { ...CorrespondenceTemplateFields } }`);
const UPDATE_TEMPLATE = graphql(`mutation CorrespondenceUpdateTemplate($id: ID!, $input: UpdateLetterTemplateInput!) { updateLetterTemplate(id: $id, input: $input) { ...CorrespondenceTemplateFields } }`);
const DELETE_TEMPLATE = graphql(`mutation CorrespondenceDeleteTemplate($id: ID!, $v: Int!) { deleteLetterTemplate(id: $id, expectedVersion: $v) { id } }`);
const TEMPLATES = graphql(`query CorrespondenceTemplates($kind: LetterKind, $language: String) { letterTemplates(kind: $kind, language: $language) { totalCount edges { node { kind language } } } }`);
const PLACEHOLDERS = graphql(`query CorrespondencePlaceholders { letterPlaceholders { name description requiredIn } }`);
const PREVIEW = graphql(`query CorrespondencePreview($complaintId: ID!, $kind: LetterKind!, $language: String, $decision: String) {
  previewLetter(complaintId: $complaintId, kind: $kind, language: $language, decision: $decision) { kind language templateId subject body missing } }`);
const REGISTER = graphql(`mutation CorrespondenceRegister($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id version reference receivedAt resolutionDueAt } }`);
const ACKNOWLEDGE = graphql(`mutation CorrespondenceAcknowledge($id: ID!, $input: AcknowledgeComplaintInput!) {
  acknowledgeComplaint(id: $id, input: $input) { id version status acknowledgedAt acknowledgedOnTime
    letters { id kind language channel sentAt subject body edited sentBy { id } }
    timeline { to letter { id kind } } } }`);
const START = graphql(`mutation CorrespondenceStart($id: ID!, $input: StartComplaintHandlingInput!) { startComplaintHandling(id: $id, input: $input) { id version } }`);
const RESOLVE = graphql(`mutation CorrespondenceResolve($id: ID!, $input: ResolveComplaintInput!) {
  resolveComplaint(id: $id, input: $input) { id version status resolvedAt letters { kind language channel body edited } timeline { to letter { kind } } } }`);
const COMPLAINT = graphql(`query CorrespondenceComplaint($id: ID!) { complaint(id: $id) { status version letters { kind body subject } } }`);
const HANDLER = graphql(`query CorrespondenceMember($id: ID!) { user(id: $id) { name } }`);
const EXTEND = graphql(`mutation CorrespondenceExtend($id: ID!, $input: ExtendComplaintDeadlineInput!) {
  extendComplaintDeadline(id: $id, input: $input) { id version workingResolutionDueAt
    letters { id kind language channel sentAt subject body edited }
    timeline { kind dueAt note letter { id kind } } } }`);
const EXTENDED = graphql(`query CorrespondenceExtended($id: ID!) { complaint(id: $id) { version workingResolutionDueAt extendedResolutionDueAt letters { kind } timeline { kind } } }`);

const NL_ACK = {
  subject: 'Ontvangstbevestiging {{reference}}',
  body: 'Geachte {{complainantName}},\n\nWij ontvingen uw klacht {{reference}} op {{receivedDate}}. U hoort uiterlijk {{resolutionDueDate}} van ons. Behandelaar: {{handlerName}}.\n\n{{organizationName}}',
};
const NL_EXTENSION = {
  subject: 'Meer tijd voor uw klacht {{reference}}',
  body: 'Geachte {{complainantName}},\n\nWij hebben meer tijd nodig voor uw klacht {{reference}}: {{reason}}\nU ontvangt onze beslissing uiterlijk {{newDeadline}}.',
};
const NL_DECISION = {
  subject: 'Beslissing op uw klacht {{reference}}',
  body: 'Onze beslissing op uw klacht {{reference}}: {{decision}}\n\nBent u het er niet mee eens, dan kunt u binnen {{disputesBodyTermMonths}} maanden terecht bij {{disputesBodyName}}, {{disputesBodyAddress}} ({{disputesBodyWebsite}}).',
};

let app: TestApp;
let org: TestOrganization;
let bare: TestOrganization;
let qm: ApiClient;
let co: ApiClient;
let code: CodeFixture;

const register = async (client: ApiClient = co, receivedAt?: string) =>
  (await client.data(REGISTER, {
    input: { channel: 'PHONE', subject: 'Costs charged twice', description: 'The collection costs appear twice.', complainant: { name: 'Fenna de Wit' }, promiseIds: [code.promises[0].P1.id], receivedAt },
  })).registerComplaint;
const letterRows = () => app.dataSource.getRepository(ComplaintLetter).count();
/** A day as the letter writes it in `language` (Amsterdam). */
const day = (iso: string, language: string) => DateTime.fromISO(iso, { zone: 'Europe/Amsterdam' }).setLocale(language).toLocaleString(DateTime.DATE_FULL);

beforeAll(async () => {
  app = await startTestApp();
  org = await app.createOrganization();
  bare = await app.createOrganization();
  [qm, co] = await Promise.all([Role.QUALITY_MANAGER, Role.COMPLAINT_OFFICER].map((r) => app.as(org, r)));
  code = await createCode(app.dataSource, org);
  await createCode(app.dataSource, bare);
  // The default disputes body and English templates; the Dutch ones are made through the API below.
  await createCorrespondence(app.dataSource, org);
});
afterAll(() => app.close());

describe('letter templates', () => {
  it('are kept per kind and language by quality managers and top management, the language as a canonical BCP 47 tag', async () => {
    const ack = (await qm.data(CREATE_TEMPLATE, { input: { kind: 'ACKNOWLEDGEMENT', language: 'NL', ...NL_ACK } })).createLetterTemplate;
    expect(ack).toMatchObject({ kind: 'ACKNOWLEDGEMENT', language: 'nl', version: 1 });
    const top = await app.as(org, Role.TOP_MANAGEMENT);
    expect((await top.data(CREATE_TEMPLATE, { input: { kind: 'DECISION', language: 'nl', ...NL_DECISION } })).createLetterTemplate.language).toBe('nl');
    expect((await qm.data(TEMPLATES, { kind: 'ACKNOWLEDGEMENT' })).letterTemplates!.edges.map((e) => e.node.language).sort()).toEqual(['en', 'nl']);
    expect((await co.data(TEMPLATES, { language: 'nl' })).letterTemplates!.totalCount).toBe(2);
  });

  it('refuse a second template of the same kind and language (CONFLICT), and members without the permission (FORBIDDEN)', async () => {
    const before = await app.dataSource.getRepository(LetterTemplate).count();
    expect((await qm.error(CREATE_TEMPLATE, { input: { kind: 'ACKNOWLEDGEMENT', language: 'nl', ...NL_ACK } })).code).toBe('CONFLICT');
    for (const role of [Role.COMPLAINT_OFFICER, Role.STAFF, Role.AUDITOR]) {
      const client = await app.as(org, role);
      expect((await client.error(CREATE_TEMPLATE, { input: { kind: 'ACKNOWLEDGEMENT', language: 'de', ...NL_ACK } })).code).toBe('FORBIDDEN');
    }
    expect(await app.dataSource.getRepository(LetterTemplate).count()).toBe(before);
  });

  it('refuse an unknown placeholder when saved, naming the field and the placeholder, and change nothing', async () => {
    const before = await app.dataSource.getRepository(LetterTemplate).count();
    const created = await qm.error(CREATE_TEMPLATE, { input: { kind: 'ACKNOWLEDGEMENT', language: 'de', subject: 'Ihre Beschwerde {{reference}}', body: `${NL_ACK.body} {{debtAmount}}` } });
    expect(created).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { fields: [{ field: 'input.body' }] } });
    expect(created.message).toContain('{{debtAmount}}');
    const subject = await qm.error(CREATE_TEMPLATE, { input: { kind: 'ACKNOWLEDGEMENT', language: 'de', subject: 'Zu {{referenz}}', body: NL_ACK.body } });
    expect(subject).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { fields: [{ field: 'input.subject' }] } });
    expect(await app.dataSource.getRepository(LetterTemplate).count()).toBe(before);

    const [nl] = await app.dataSource.getRepository(LetterTemplate).findBy({ organizationId: org.id, kind: LetterKind.DECISION, language: 'nl' });
    const withoutBody = await qm.error(UPDATE_TEMPLATE, { id: nl.id, input: { expectedVersion: nl.version, body: 'Onze beslissing: {{decision}} ({{reference}})' } });
    expect(withoutBody).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { fields: [{ field: 'input.body' }] } });
    expect(withoutBody.message).toContain('{{disputesBodyName}}');
    const language = await qm.error(CREATE_TEMPLATE, { input: { kind: 'DECISION', language: 'not a language', ...NL_DECISION } });
    expect(language).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { fields: [{ field: 'input.language' }] } });
  });

  it('lists the placeholders and which kinds of letter require them', async () => {
    const list = (await co.data(PLACEHOLDERS)).letterPlaceholders!;
    expect(list.find((p) => p.name === 'disputesBodyName')).toMatchObject({ requiredIn: ['DECISION'] });
    expect(list.find((p) => p.name === 'reference')!.requiredIn).toEqual(['ACKNOWLEDGEMENT', 'DECISION', 'EXTENSION']);
    expect(list.filter((p) => p.requiredIn.includes('EXTENSION')).map((p) => p.name)).toEqual(['reference', 'newDeadline', 'reason']);
  });
});

describe('the acknowledgement letter', () => {
  it('is previewed with the complaint’s facts in the letter’s language, a missing value listed and left visible', async () => {
    const c = await register();
    const preview = (await co.data(PREVIEW, { complaintId: c.id, kind: 'ACKNOWLEDGEMENT', language: 'nl' })).previewLetter!;
    expect(preview).toMatchObject({ kind: 'ACKNOWLEDGEMENT', language: 'nl', subject: `Ontvangstbevestiging ${c.reference}`, missing: ['handlerName'] });
    expect(preview.body).toContain('Geachte Fenna de Wit,');
    expect(preview.body).toContain(`uiterlijk ${day(c.resolutionDueAt, 'nl')} van ons`);
    expect(preview.body).toContain('Behandelaar: {{handlerName}}.');
    // A regional tag falls back to the primary language's template.
    expect((await co.data(PREVIEW, { complaintId: c.id, kind: 'ACKNOWLEDGEMENT', language: 'nl-BE' })).previewLetter!.templateId).toBe(preview.templateId);
  });

  it('is required to acknowledge: the complaint is ACKNOWLEDGED with the generated letter recorded as sent, named by the timeline', async () => {
    const c = await register(co, DateTime.now().minus({ hours: 1 }).toUTC().toISO()!);
    // Without the letter the request's variables do not validate.
    const withoutLetter = await co.error(String(ACKNOWLEDGE), { id: c.id, input: { expectedVersion: c.version } });
    expect(withoutLetter.code).toBe('BAD_USER_INPUT');
    expect(withoutLetter.message).toContain('letter');
    // The Dutch template needs a handler it does not have yet: refused, nothing recorded.
    const rows = await letterRows();
    const missing = await co.error(ACKNOWLEDGE, { id: c.id, input: { expectedVersion: c.version, letter: { channel: 'POST', language: 'nl' } } });
    expect(missing).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { fields: [{ field: 'input.letter.text' }] } });
    expect(missing.message).toContain('{{handlerName}}');
    // Without a language the first letter is in the complaint's (Dutch, the organisation's default): the same gap.
    const noLanguage = await co.error(ACKNOWLEDGE, { id: c.id, input: { expectedVersion: c.version, letter: { channel: 'POST' } } });
    expect(noLanguage).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { fields: [{ field: 'input.letter.text' }] } });
    expect(noLanguage.message).toContain('{{handlerName}}');
    const noTemplate = await co.error(ACKNOWLEDGE, { id: c.id, input: { expectedVersion: c.version, letter: { channel: 'POST', language: 'fr' } } });
    expect(noTemplate).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { fields: [{ field: 'input.letter.language' }] } });
    expect(await letterRows()).toBe(rows);
    expect((await co.data(COMPLAINT, { id: c.id })).complaint).toMatchObject({ status: 'RECEIVED', version: c.version, letters: [] });

    const preview = (await co.data(PREVIEW, { complaintId: c.id, kind: 'ACKNOWLEDGEMENT', language: 'en' })).previewLetter!;
    expect(preview.missing).toEqual([]);
    const sentAt = DateTime.now().minus({ minutes: 5 }).toUTC().toISO()!;
    const acknowledged = (await co.data(ACKNOWLEDGE, { id: c.id, input: { expectedVersion: c.version, letter: { channel: 'EMAIL', language: 'en', sentAt } } })).acknowledgeComplaint;
    expect(acknowledged).toMatchObject({ status: 'ACKNOWLEDGED', acknowledgedAt: sentAt, acknowledgedOnTime: true });
    expect(acknowledged.letters).toEqual([
      { id: expect.any(String), kind: 'ACKNOWLEDGEMENT', language: 'en', channel: 'EMAIL', sentAt, subject: preview.subject, body: preview.body, edited: false, sentBy: { id: org.users.COMPLAINT_OFFICER } },
    ]);
    expect(acknowledged.timeline.map((t) => [t.to, t.letter?.kind ?? null])).toEqual([['RECEIVED', null], ['ACKNOWLEDGED', 'ACKNOWLEDGEMENT']]);
    expect(acknowledged.timeline[1].letter!.id).toBe(acknowledged.letters[0].id);
  });

  it('counts from the day the letter was sent: a letter sent after the deadline is late, one sent before receipt refused', async () => {
    const receivedAt = DateTime.now().minus({ days: 20 }).toUTC().toISO()!;
    const c = await register(co, receivedAt);
    const before = await co.error(ACKNOWLEDGE, {
      id: c.id,
      input: { expectedVersion: c.version, letter: { channel: 'POST', language: 'en', sentAt: DateTime.fromISO(receivedAt).minus({ hours: 1 }).toUTC().toISO()! } },
    });
    expect(before).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { fields: [{ field: 'input.letter.sentAt' }] } });
    const late = (await co.data(ACKNOWLEDGE, { id: c.id, input: { expectedVersion: c.version, letter: { channel: 'POST', language: 'en' } } })).acknowledgeComplaint;
    expect(late.acknowledgedOnTime).toBe(false);
  });

  it('keeps the text as sent, edited or not, whatever happens to the template later', async () => {
    const c = await register();
    const edited = 'Dear Ms de Wit, thank you for your call today. We will answer within fourteen days.';
    const acknowledged = (await co.data(ACKNOWLEDGE, { id: c.id, input: { expectedVersion: c.version, letter: { channel: 'PORTAL', language: 'en', text: edited } } }))
      .acknowledgeComplaint;
    expect(acknowledged.letters[0]).toMatchObject({ body: edited, edited: true, subject: `Your complaint ${c.reference}` });
    const [en] = await app.dataSource.getRepository(LetterTemplate).findBy({ organizationId: org.id, kind: LetterKind.ACKNOWLEDGEMENT, language: 'en' });
    const changed = (await qm.data(UPDATE_TEMPLATE, { id: en.id, input: { expectedVersion: en.version, subject: 'About {{reference}}' } })).updateLetterTemplate;
    await qm.data(DELETE_TEMPLATE, { id: changed.id, v: changed.version });
    expect((await co.data(COMPLAINT, { id: c.id })).complaint!.letters).toEqual([{ kind: 'ACKNOWLEDGEMENT', body: edited, subject: `Your complaint ${c.reference}` }]);
    await qm.data(CREATE_TEMPLATE, { input: { kind: 'ACKNOWLEDGEMENT', language: 'en', subject: 'Your complaint {{reference}}', body: 'We received {{reference}}; our decision follows by {{resolutionDueDate}}.' } });
  });
});

describe('the decision letter', () => {
  it('is recorded on resolve in the acknowledgement’s language and names the route to the disputes body', async () => {
    const c = await register();
    let v = (await co.data(ACKNOWLEDGE, { id: c.id, input: { expectedVersion: c.version, letter: { channel: 'POST', language: 'nl', text: 'Wij ontvingen uw klacht.' } } })).acknowledgeComplaint.version;
    v = (await co.data(START, { id: c.id, input: { expectedVersion: v, handlerId: org.users.COMPLAINT_OFFICER } })).startComplaintHandling.version;
    const decision = 'De dubbele kosten worden gecrediteerd.';
    const preview = (await co.data(PREVIEW, { complaintId: c.id, kind: 'DECISION', decision })).previewLetter!;
    expect(preview).toMatchObject({ language: 'nl', missing: ['disputesBodyAddress'] });
    expect(preview.body).toContain('binnen 12 maanden terecht bij Test Disputes Committee');

    // The fixture's body has no postal address, which the Dutch template uses: an edited text must still name the body.
    const unnamed = await co.error(RESOLVE, { id: c.id, input: { expectedVersion: v, decision, outcome: 'UPHELD', letter: { channel: 'POST', text: `Onze beslissing: ${decision}` } } });
    expect(unnamed).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { fields: [{ field: 'input.letter.text' }] } });
    const generated = await co.error(RESOLVE, { id: c.id, input: { expectedVersion: v, decision, outcome: 'UPHELD', letter: { channel: 'POST' } } });
    expect(generated).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { fields: [{ field: 'input.letter.text' }] } });
    expect(generated.message).toContain('{{disputesBodyAddress}}');
    expect((await co.data(COMPLAINT, { id: c.id })).complaint!.status).toBe('IN_PROGRESS');

    const text = preview.body.replace(', {{disputesBodyAddress}}', '');
    const resolved = (await co.data(RESOLVE, { id: c.id, input: { expectedVersion: v, decision, outcome: 'UPHELD', letter: { channel: 'POST', text } } })).resolveComplaint;
    expect(resolved.status).toBe('RESOLVED');
    expect(resolved.letters.map((l) => [l.kind, l.language])).toEqual([['ACKNOWLEDGEMENT', 'nl'], ['DECISION', 'nl']]);
    expect(resolved.letters[1]).toMatchObject({ channel: 'POST', edited: true });
    expect(resolved.letters[1].body).toContain(decision);
    expect(resolved.letters[1].body).toContain('Test Disputes Committee (https://disputes.example)');
    expect(resolved.timeline.map((t) => t.letter?.kind ?? null)).toEqual([null, 'ACKNOWLEDGEMENT', null, 'DECISION']);
  });

  it('is generated from the template when every value is there', async () => {
    const c = await register();
    let v = (await co.data(ACKNOWLEDGE, { id: c.id, input: { expectedVersion: c.version, letter: { channel: 'EMAIL', language: 'en' } } })).acknowledgeComplaint.version;
    v = (await co.data(START, { id: c.id, input: { expectedVersion: v, handlerId: org.users.COMPLAINT_OFFICER } })).startComplaintHandling.version;
    const resolved = (await co.data(RESOLVE, { id: c.id, input: { expectedVersion: v, decision: 'The costs are credited.', outcome: 'UPHELD', letter: { channel: 'EMAIL' } } }))
      .resolveComplaint;
    expect(resolved.letters[1]).toMatchObject({ kind: 'DECISION', language: 'en', edited: false });
    expect(resolved.letters[1].body).toBe(
      `Our decision on ${c.reference}: The costs are credited.\nIf you disagree, you may go to Test Disputes Committee (https://disputes.example) within 12 months.`,
    );
    const member = (await co.data(HANDLER, { id: org.users.COMPLAINT_OFFICER })).user;
    expect(member?.name).toBeTruthy();
  });

  it('cannot be sent by an organisation without a disputes body: resolving is refused naming the field', async () => {
    const officer = await app.as(bare, Role.COMPLAINT_OFFICER);
    const promise = (await app.dataSource.query(`SELECT id FROM code_promise WHERE organization_id = $1 AND key = 'P1' LIMIT 1`, [bare.id]))[0].id as string;
    const c = (await officer.data(REGISTER, { input: { channel: 'EMAIL', subject: 'S', description: 'D', promiseIds: [promise] } })).registerComplaint;
    let v = (await officer.data(ACKNOWLEDGE, { id: c.id, input: { expectedVersion: c.version, letter: { channel: 'EMAIL', language: 'en', text: 'Received.' } } })).acknowledgeComplaint.version;
    v = (await officer.data(START, { id: c.id, input: { expectedVersion: v, handlerId: bare.users.COMPLAINT_OFFICER } })).startComplaintHandling.version;
    const e = await officer.error(RESOLVE, { id: c.id, input: { expectedVersion: v, decision: 'No.', outcome: 'REJECTED', letter: { channel: 'EMAIL', text: 'No.' } } });
    expect(e).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { fields: [{ field: 'input.letter.disputesBodyId' }] } });
  });
});

describe('the extension letter', () => {
  /** A complaint in progress, acknowledged on receipt in `language` by an edited letter. */
  const inProgress = async (client: ApiClient = co, handlerId = org.users.COMPLAINT_OFFICER, language = 'nl') => {
    const c = await register(client, DateTime.now().minus({ hours: 1 }).toUTC().toISO()!);
    const v = (await client.data(ACKNOWLEDGE, { id: c.id, input: { expectedVersion: c.version, letter: { channel: 'POST', language, text: 'Ontvangen.', sentAt: c.receivedAt } } })).acknowledgeComplaint.version;
    return { ...c, version: (await client.data(START, { id: c.id, input: { expectedVersion: v, handlerId } })).startComplaintHandling.version };
  };
  const extension = { within: 10, unit: 'CALENDAR_DAYS' as const, reason: 'De opdrachtgever moet uw betalingen nog nagaan.' };

  it('has templates that must say the new deadline and the reason, which no other letter may use', async () => {
    const before = await app.dataSource.getRepository(LetterTemplate).count();
    const withoutDeadline = await qm.error(CREATE_TEMPLATE, { input: { kind: 'EXTENSION', language: 'nl', subject: NL_EXTENSION.subject, body: 'Uw klacht {{reference}}: {{reason}}' } });
    expect(withoutDeadline).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { fields: [{ field: 'input.body' }] } });
    expect(withoutDeadline.message).toContain('{{newDeadline}}');
    const inAcknowledgement = await qm.error(CREATE_TEMPLATE, { input: { kind: 'ACKNOWLEDGEMENT', language: 'de', subject: 'Zu {{reference}}', body: `${NL_ACK.body} {{newDeadline}}` } });
    expect(inAcknowledgement).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { fields: [{ field: 'input.body' }] } });
    expect(inAcknowledgement.message).toContain('{{newDeadline}} can only be used in an EXTENSION letter');
    const decisionInExtension = await qm.error(CREATE_TEMPLATE, { input: { kind: 'EXTENSION', language: 'nl', subject: NL_EXTENSION.subject, body: `${NL_EXTENSION.body} {{decision}}` } });
    expect(decisionInExtension.message).toContain('{{decision}} can only be used in a DECISION letter');
    expect(await app.dataSource.getRepository(LetterTemplate).count()).toBe(before);
    expect((await qm.data(CREATE_TEMPLATE, { input: { kind: 'EXTENSION', language: 'nl', ...NL_EXTENSION } })).createLetterTemplate).toMatchObject({ kind: 'EXTENSION', language: 'nl' });
  });

  it('is required to extend the term: refused without it, naming input.letter, and nothing changes', async () => {
    const c = await inProgress();
    const rows = await letterRows();
    const withoutLetter = await co.error(String(EXTEND), { id: c.id, input: { expectedVersion: c.version, ...extension } });
    expect(withoutLetter).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { fields: [{ field: 'input.letter' }] } });
    expect(await letterRows()).toBe(rows);
    expect((await co.data(EXTENDED, { id: c.id })).complaint).toMatchObject({ version: c.version, extendedResolutionDueAt: null, letters: [{ kind: 'ACKNOWLEDGEMENT' }] });
  });

  it('tells the complainant the new deadline and the reason, in the language of the earlier letters, named by the timeline entry', async () => {
    const c = await inProgress();
    const sentAt = DateTime.now().minus({ minutes: 2 }).toUTC().toISO()!;
    const extended = (await co.data(EXTEND, { id: c.id, input: { expectedVersion: c.version, ...extension, letter: { channel: 'POST', sentAt } } })).extendComplaintDeadline;
    const newDeadline = DateTime.fromISO(c.resolutionDueAt).setZone('Europe/Amsterdam').plus({ days: 10 }).endOf('day').toUTC().toISO()!;
    expect(extended.workingResolutionDueAt).toBe(newDeadline);
    const letter = extended.letters.at(-1)!;
    expect(letter).toEqual({
      id: expect.any(String),
      kind: 'EXTENSION',
      language: 'nl',
      channel: 'POST',
      sentAt,
      subject: `Meer tijd voor uw klacht ${c.reference}`,
      body: `Geachte Fenna de Wit,\n\nWij hebben meer tijd nodig voor uw klacht ${c.reference}: ${extension.reason}\nU ontvangt onze beslissing uiterlijk ${day(newDeadline, 'nl')}.`,
      edited: false,
    });
    expect(extended.timeline.at(-1)).toEqual({ kind: 'DEADLINE_EXTENDED', dueAt: newDeadline, note: extension.reason, letter: { id: letter.id, kind: 'EXTENSION' } });
    expect(extended.letters.map((l) => l.kind)).toEqual(['ACKNOWLEDGEMENT', 'EXTENSION']);
    // The letter is never sent before the acknowledgement.
    const early = await co.error(EXTEND, {
      id: c.id,
      input: { expectedVersion: extended.version, ...extension, within: 1, letter: { channel: 'POST', sentAt: DateTime.fromISO(c.receivedAt).minus({ hours: 1 }).toUTC().toISO()! } },
    });
    expect(early).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { fields: [{ field: 'input.letter.sentAt' }] } });
  });

  it('needs the text written out where the organisation has no EXTENSION template; an edited text is kept as sent', async () => {
    const officer = await app.as(bare, Role.COMPLAINT_OFFICER);
    const promise = (await app.dataSource.query(`SELECT id FROM code_promise WHERE organization_id = $1 AND key = 'P1' LIMIT 1`, [bare.id]))[0].id as string;
    const r = (await officer.data(REGISTER, { input: { channel: 'EMAIL', subject: 'S', description: 'D', complainant: { name: 'Ria Bos' }, promiseIds: [promise] } })).registerComplaint;
    let v = (await officer.data(ACKNOWLEDGE, { id: r.id, input: { expectedVersion: r.version, letter: { channel: 'EMAIL', language: 'en', text: 'Received.' } } })).acknowledgeComplaint.version;
    v = (await officer.data(START, { id: r.id, input: { expectedVersion: v, handlerId: bare.users.COMPLAINT_OFFICER } })).startComplaintHandling.version;
    const rows = await letterRows();
    const noTemplate = await officer.error(EXTEND, { id: r.id, input: { expectedVersion: v, ...extension, letter: { channel: 'EMAIL' } } });
    expect(noTemplate).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { fields: [{ field: 'input.letter.text' }] } });
    expect(noTemplate.message).toContain('no EXTENSION template');
    expect(await letterRows()).toBe(rows);
    expect((await officer.data(EXTENDED, { id: r.id })).complaint).toMatchObject({ version: v, extendedResolutionDueAt: null });

    const text = `We need ten more days: ${extension.reason}`;
    const extended = (await officer.data(EXTEND, { id: r.id, input: { expectedVersion: v, ...extension, letter: { channel: 'EMAIL', text, subject: 'More time' } } }))
      .extendComplaintDeadline;
    expect(extended.letters.at(-1)).toMatchObject({ kind: 'EXTENSION', language: 'en', body: text, subject: 'More time', edited: true });
    expect(extended.timeline.at(-1)!.letter).toEqual({ id: extended.letters.at(-1)!.id, kind: 'EXTENSION' });
  });
});
