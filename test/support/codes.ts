import type { ApiClient } from './app';
import { graphql } from '../graphql';
import type { CreateCodeInput, PublishCodeVersionInput, PublishMutation } from '../graphql/graphql';

/** GraphQL documents and steps shared by the code and norm e2e tests (fixtures made through the API). */

export const VERSION_FIELDS = graphql(`fragment CodeVersionFields on CodeVersion {
  id version revision status policyStatement changeSummary internalNotes reviewComment withdrawalReason
  approvedAt approvedBy { id } publishedAt supersededAt withdrawnAt nextReviewDue allowedTransitions
  promises { id key version title text rationale position internalNotes owner { id } requirements { ref } } }`);

export const CREATE_CODE = graphql(`mutation CreateCode($input: CreateCodeInput!) {
  createCode(input: $input) { id key title scope version owner { id } versions { edges { node { id version status } } } currentVersion { id } } }`);
export const UPDATE_CODE = graphql(`mutation UpdateCode($id: ID!, $input: UpdateCodeInput!) { updateCode(id: $id, input: $input) { id title scope version owner { id } } }`);
export const CODE = graphql(`query Code($id: ID!) { code(id: $id) { id key title versions { edges { node { ...CodeVersionFields } } } currentVersion { id version status } } }`);
export const CODES = graphql(`query Codes($first: Int, $after: String) { codes(first: $first, after: $after) { totalCount edges { node { id key } } pageInfo { hasNextPage endCursor } } }`);
export const CODE_VERSION = graphql(`query CodeVersion($id: ID!) { codeVersion(id: $id) { ...CodeVersionFields code { id key } } }`);
export const UPDATE_VERSION = graphql(`mutation UpdateVersion($id: ID!, $input: UpdateCodeVersionInput!) { updateCodeVersion(id: $id, input: $input) { id revision policyStatement changeSummary internalNotes } }`);
export const CREATE_PROMISE = graphql(`mutation CreatePromise($input: CreateCodePromiseInput!) { createCodePromise(input: $input) { id key title text position version } }`);
export const UPDATE_PROMISE = graphql(`mutation UpdatePromise($id: ID!, $input: UpdateCodePromiseInput!) { updateCodePromise(id: $id, input: $input) { id title text version } }`);
export const DELETE_PROMISE = graphql(`mutation DeletePromise($id: ID!, $v: Int!) { deleteCodePromise(id: $id, expectedVersion: $v) }`);
export const SUBMIT = graphql(`mutation Submit($id: ID!, $v: Int!) { submitCodeVersion(id: $id, expectedVersion: $v) { id status revision } }`);
export const APPROVE = graphql(`mutation Approve($id: ID!, $input: ApproveCodeVersionInput!) { approveCodeVersion(id: $id, input: $input) { id revision status policyStatement approvedAt approvedBy { id } } }`);
export const RETURN = graphql(`mutation Return($id: ID!, $input: ReturnCodeVersionInput!) { returnCodeVersionToDraft(id: $id, input: $input) { id revision status reviewComment approvedAt } }`);
export const PUBLISH = graphql(`mutation Publish($id: ID!, $input: PublishCodeVersionInput!) { publishCodeVersion(id: $id, input: $input) { id revision status publishedAt nextReviewDue } }`);
export const WITHDRAW = graphql(`mutation Withdraw($id: ID!, $input: WithdrawCodeVersionInput!) { withdrawCodeVersion(id: $id, input: $input) { id revision status withdrawnAt withdrawalReason } }`);
export const SCHEDULE_REVIEW = graphql(`mutation Schedule($id: ID!, $input: ScheduleCodeReviewInput!) { scheduleCodeReview(id: $id, input: $input) { id revision nextReviewDue } }`);
export const CREATE_DRAFT = graphql(`mutation CreateDraft($codeId: ID!) { createCodeDraft(codeId: $codeId) { ...CodeVersionFields } }`);
export const LINK = graphql(`mutation Link($promiseId: ID!, $v: Int!, $requirementIds: [ID!]!) { linkPromiseRequirements(promiseId: $promiseId, expectedVersion: $v, requirementIds: $requirementIds) { id key version requirements { ref } } }`);
export const UNLINK = graphql(`mutation Unlink($promiseId: ID!, $v: Int!, $requirementIds: [ID!]!) { unlinkPromiseRequirements(promiseId: $promiseId, expectedVersion: $v, requirementIds: $requirementIds) { id key version requirements { ref } } }`);
export const REQUIREMENT_ID = graphql(`query RequirementId($ref: String!) { normRequirement(ref: $ref) { id } }`);

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
export async function draftCode(qm: ApiClient, key: string, promises: PromiseSpec[], extra: Partial<CreateCodeInput> = {}): Promise<DraftedCode> {
  const code = (await qm.data(CREATE_CODE, { input: { key, title: `Code ${key}`, scope: 'Alle klant-debiteuren', ...extra } })).createCode;
  const versionId = code.versions.edges[0]!.node.id;
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
export async function publishVersion(qm: ApiClient, top: ApiClient, versionId: string, publish: Partial<PublishCodeVersionInput> = {}): Promise<PublishMutation['publishCodeVersion']> {
  const submitted = (await qm.data(SUBMIT, { id: versionId, v: await revisionOf(qm, versionId) })).submitCodeVersion;
  const approved = (await top.data(APPROVE, { id: versionId, input: { expectedVersion: submitted.revision, policyStatement: 'Wij behandelen iedere klant-debiteur met respect.' } })).approveCodeVersion;
  return (await top.data(PUBLISH, { id: versionId, input: { expectedVersion: approved.revision, ...publish } })).publishCodeVersion;
}

/** The optimistic-lock revision of a code version as stored now (what a client would have read). */
export async function revisionOf(client: ApiClient, versionId: string): Promise<number> {
  return (await client.data(CODE_VERSION, { id: versionId })).codeVersion!.revision;
}


/** Ids of requirement nodes by ref. */
export async function requirementIds(client: ApiClient, refs: string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const ref of refs) ids.push((await client.data(REQUIREMENT_ID, { ref })).normRequirement!.id);
  return ids;
}
