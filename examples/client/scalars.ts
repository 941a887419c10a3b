/**
 * How the service's custom scalars arrive in JSON, for hand-written types (GraphQL Code Generator
 * maps them the same way: see docs/FRONTENDS.md).
 */
export interface Scalars {
  /** An instant, ISO 8601 in UTC with milliseconds: `2026-03-30T08:30:00.000Z`. Parse with `new Date()`. */
  DateTime: string;
  /** A calendar day without time zone: `2026-03-30`. Do not parse with `new Date()` (that makes it UTC midnight). */
  LocalDate: string;
  /** Any JSON object (e.g. an audit event's `changes`). */
  JSONObject: Record<string, unknown>;
}
