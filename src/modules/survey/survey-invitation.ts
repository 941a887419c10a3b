import type { JobDefinition, JobEnvironment } from '../../common/jobs';
import { runOutsideRequest } from '../../common/unit-of-work';
import { html } from '../../http/public-pages/html';
import { mailer } from '../notification';
import { INVITATION_JOB, SatisfactionSurveyService, type SurveyInvitation } from './satisfaction-survey.service';
import { invitationTexts, textLanguage } from './survey-texts';
import { surveyLink } from './survey-token';

/**
 * The locale of the expiry in the mail: the survey's tag when the texts are in its language
 * (`en-GB` writes British dates), else the texts' language (a Norwegian `no` survey reads in `nb`).
 */
const dateLocale = (tag: string): string => (tag.split('-')[0].toLowerCase() === textLanguage(tag) ? tag : textLanguage(tag));

/** The e-mail of an invitation: plain text and HTML with the same content, in the survey's language. */
export function invitationMail(invitation: Omit<SurveyInvitation, 'token' | 'email'>, link: string): { subject: string; text: string; html: string } {
  const texts = invitationTexts(invitation.language);
  const until = new Intl.DateTimeFormat(dateLocale(invitation.language), { dateStyle: 'long', timeStyle: 'short', timeZone: invitation.timezone }).format(invitation.expiresAt);
  const greeting = texts.greeting(invitation.name);
  const intro = texts.intro(invitation.organizationName, invitation.codeTitle);
  const text = [
    greeting,
    intro,
    [texts.promises, ...invitation.promises.map((p) => `- ${p}`)].join('\n'),
    `${texts.action}\n${link}`,
    texts.validUntil(until),
    `${texts.closing}\n${invitation.organizationName}`,
  ].join('\n\n');
  const body = html`<!doctype html><html lang="${textLanguage(invitation.language)}"><body>
<p>${greeting}</p>
<p>${intro}</p>
<p>${texts.promises}</p>
<ul>${invitation.promises.map((p) => html`<li>${p}</li>`)}</ul>
<p>${texts.action}<br><a href="${link}">${link}</a></p>
<p>${texts.validUntil(until)}</p>
<p>${texts.closing}<br>${invitation.organizationName}</p>
</body></html>`;
  return { subject: texts.subject(invitation.organizationName), text: `${text}\n`, html: body.toString() };
}

/**
 * One survey's link by e-mail. The job was queued in the transaction that created the survey, with
 * its id only; the link is minted here and its hash stored first (a retry mints another, replacing
 * it). A survey answered, expired, erased or already mailed (a job run twice) gets nothing. A failed
 * send throws: the job is retried with backoff, and after the last retry it is in the dead-letter queue.
 */
async function sendInvitation(surveyId: string, env: JobEnvironment): Promise<{ sent: boolean }> {
  const transport = mailer(env.config);
  if (!transport) return { sent: false };
  const invitation = await runOutsideRequest(
    { dataSource: env.dataSource, log: env.log, requestId: `job:${INVITATION_JOB}`, user: null },
    // Mailing a link changes none of the survey's answers or personal data: no audit event, as for notification mails.
    { requireAudit: false },
    (ctx) => SatisfactionSurveyService.invitation(ctx, surveyId),
  );
  if (!invitation) return { sent: false };
  const { token, email, ...content } = invitation;
  await transport.sendMail({ from: env.config.mail.from, to: email, ...invitationMail(content, surveyLink(token, env.config.publicBaseUrl ?? '')) });
  await env.dataSource.query(`UPDATE satisfaction_survey SET invited_at = clock_timestamp() WHERE id = $1`, [surveyId]);
  return { sent: true };
}

export const invitationJob: JobDefinition<{ surveyId: string }> = {
  name: INVITATION_JOB,
  retryLimit: 5,
  retryDelaySeconds: 30,
  retryBackoff: true,
  handler: (job, env) => sendInvitation(job.data.surveyId, env),
};
