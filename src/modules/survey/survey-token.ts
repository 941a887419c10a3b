import { BEARER_SECRET, bearerSecretHash, newBearerSecret } from '../../common/bearer-secrets';

/** A survey link's token: a bearer secret (256 random bits, base64url, 43 characters). */
export const newSurveyToken = (): string => newBearerSecret().secret;

/** What is stored of a token: its SHA-256, hex. A token of the wrong shape hashes too, and matches nothing. */
export const surveyTokenHash = bearerSecretHash;

/** Whether a string can be a token at all (checked before any statement, so that junk costs nothing). */
export const SURVEY_TOKEN = BEARER_SECRET;

let baseUrl = '';

/** Where the survey links point (PUBLIC_BASE_URL), set once at start by the app; unset: links are paths (`/s/<token>`). */
export function configureSurveyLinks(publicBaseUrl: string | undefined): void {
  baseUrl = publicBaseUrl ?? '';
}

/** A survey's link: `/s/<token>` after the configured base, or after `publicBaseUrl` when given (a job has its own configuration). */
export const surveyLink = (token: string, publicBaseUrl: string = baseUrl): string => `${publicBaseUrl}/s/${token}`;
