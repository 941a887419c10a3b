import { createHash, randomBytes } from 'node:crypto';

/** A survey link's token: 256 random bits, base64url (URL-safe, 43 characters). */
export function newSurveyToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What is stored of a token: its SHA-256, hex. A token of the wrong shape hashes too, and matches nothing. */
export function surveyTokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Whether a string can be a token at all (checked before any statement, so that junk costs nothing). */
export const SURVEY_TOKEN = /^[A-Za-z0-9_-]{43}$/;

let baseUrl = '';

/** Where the survey links point (PUBLIC_BASE_URL), set once at start by the app; unset: links are paths (`/s/<token>`). */
export function configureSurveyLinks(publicBaseUrl: string | undefined): void {
  baseUrl = publicBaseUrl ?? '';
}

export const surveyLink = (token: string): string => `${baseUrl}/s/${token}`;
