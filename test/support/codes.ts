import type { ApiClient } from './app';

/** GraphQL documents and steps shared by the code and norm e2e tests. */

export const VERSION_FIELDS = `id version revision status policyStatement changeSummary internalNotes reviewComment withdrawalReason
  approvedAt approvedBy { id } publishedAt supersededAt withdrawnAt nextReviewDue allowedTransitions
  promises { id key version title text rationale position internalNotes owner { id } requirements { ref } }`;

export const CREATE_CODE = `mutation CreateCode($input: CreateCodeInput!) {
  createCode(input: $input) { id key title scope version owner { id } versions { edges { node { id version status } } } currentVersion { id } } }`;
export const UPDATE_CODE = `mutation UpdateCode($id: ID!, $input: UpdateCodeInput!) { updateCode(id: $id, input: $input) { id title scope version owner { id } } }`;
export const CODE = `query Code($id: ID!) { code(id: $id) { id key title versions { edges { node { ${VERSION_FIELDS} } } } currentVersion { id version status } } }`;
export const CODES = `query Codes($first: Int, $after: String) { codes(first: $first, after: $after) { totalCount edges { node { id key } } pageInfo { hasNextPage endCursor } } }`;
export const CODE_VERSION = `query CodeVersion($id: ID!) { codeVersion(id: $id) { ${VERSION_FIELDS} code { id key } } }`;
export const UPDATE_VERSION = `mutation UpdateVersion($id: ID!, $input: UpdateCodeVersionInput!) { updateCodeVersion(id: $id, input: $input) { id revision policyStatement changeSummary internalNotes } }`;
export const CREATE_PROMISE = `mutation CreatePromise($input: CreateCodePromiseInput!) { createCodePromise(input: $input) { id key title text position version } }`;
export const UPDATE_PROMISE = `mutation UpdatePromise($id: ID!, $input: UpdateCodePromiseInput!) { updateCodePromise(id: $id, input: $input) { id title text version } }`;
export const DELETE_PROMISE = `mutation DeletePromise($id: ID!, $v: Int!) { deleteCodePromise(id: $id, expectedVersion: $v) }`;
export const SUBMIT = `mutation Submit($id: ID!, $v: Int!) { submitCodeVersion(id: $id, expectedVersion: $v) { id status revision } }`;
export const APPROVE = `mutation Approve($id: ID!, $input: ApproveCodeVersionInput!) { approveCodeVersion(id: $id, input: $input) { id revision status policyStatement approvedAt approvedBy { id } } }`;
export const RETURN = `mutation Return($id: ID!, $input: ReturnCodeVersionInput!) { returnCodeVersionToDraft(id: $id, input: $input) { id revision status reviewComment approvedAt } }`;
export const PUBLISH = `mutation Publish($id: ID!, $input: PublishCodeVersionInput!) { publishCodeVersion(id: $id, input: $input) { id revision status publishedAt nextReviewDue } }`;
export const WITHDRAW = `mutation Withdraw($id: ID!, $input: WithdrawCodeVersionInput!) { withdrawCodeVersion(id: $id, input: $input) { id revision status withdrawnAt withdrawalReason } }`;
export const SCHEDULE_REVIEW = `mutation Schedule($id: ID!, $input: ScheduleCodeReviewInput!) { scheduleCodeReview(id: $id, input: $input) { id revision nextReviewDue } }`;
export const CREATE_DRAFT = `mutation CreateDraft($codeId: ID!) { createCodeDraft(codeId: $codeId) { ${VERSION_FIELDS} } }`;
export const LINK = `mutation Link($promiseId: ID!, $v: Int!, $requirementIds: [ID!]!) { linkPromiseRequirements(promiseId: $promiseId, expectedVersion: $v, requirementIds: $requirementIds) { id key version requirements { ref } } }`;
export const UNLINK = `mutation Unlink($promiseId: ID!, $v: Int!, $requirementIds: [ID!]!) { unlinkPromiseRequirements(promiseId: $promiseId, expectedVersion: $v, requirementIds: $requirementIds) { id key version requirements { ref } } }`;
export const REQUIREMENT_ID = `query Requirement($ref: String!) { normRequirement(ref: $ref) { id } }`;

export interface PromiseSpec {
  key: string;
  title?: string;
  text?: string;
}

export interface DraftedCode {
  codeId: string;
  versionId: string;
  /** Promise ids by key. */
  promises: Record<string, string>;
}

/** Creates a code (version 1 DRAFT) with promises, as the quality manager. */
export async function draftCode(qm: ApiClient, key: string, promises: PromiseSpec[], extra: Record<string, unknown> = {}): Promise<DraftedCode> {
  const code = (await qm.data(CREATE_CODE, { input: { key, title: `Code ${key}`, scope: 'Alle klant-debiteuren', ...extra } })).createCode;
  const versionId = code.versions.edges[0].node.id;
  return { codeId: code.id, versionId, promises: await addPromises(qm, versionId, promises) };
}

/** Adds promises to a DRAFT version; returns their ids by key. */
export async function addPromises(qm: ApiClient, codeVersionId: string, promises: PromiseSpec[]): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  for (const p of promises) {
    const created = (await qm.data(CREATE_PROMISE, {
      input: { codeVersionId, key: p.key, title: p.title ?? `Belofte ${p.key}`, text: p.text ?? `Wij beloven ${p.key}.` },
    })).createCodePromise;
    ids[p.key] = created.id;
  }
  return ids;
}

/** Submits (quality manager), approves with a policy statement and publishes (top management). */
export async function publishVersion(qm: ApiClient, top: ApiClient, versionId: string, publish: Record<string, unknown> = {}): Promise<any> {
  const submitted = (await qm.data(SUBMIT, { id: versionId, v: await revisionOf(qm, versionId) })).submitCodeVersion;
  const approved = (await top.data(APPROVE, { id: versionId, input: { expectedVersion: submitted.revision, policyStatement: 'Wij behandelen iedere klant-debiteur met respect.' } })).approveCodeVersion;
  return (await top.data(PUBLISH, { id: versionId, input: { expectedVersion: approved.revision, ...publish } })).publishCodeVersion;
}

/** The optimistic-lock revision of a code version as stored now (what a client would have read). */
export async function revisionOf(client: ApiClient, versionId: string): Promise<number> {
  return (await client.data(CODE_VERSION, { id: versionId })).codeVersion.revision;
}


/** Ids of requirement nodes by ref. */
export async function requirementIds(client: ApiClient, refs: string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const ref of refs) ids.push((await client.data(REQUIREMENT_ID, { ref })).normRequirement.id);
  return ids;
}
