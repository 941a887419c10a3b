/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query BoundedTypename { __typename }": typeof types.BoundedTypenameDocument,
    "query BoundedMe { me { id } }": typeof types.BoundedMeDocument,
    "query BoundedPromiseComplaintsPage($id: ID!, $after: String) { corrective: correctiveActions(first: 1) { totalCount }\n      complaints(first: 1, promiseId: $id) { edges { node { promises { id complaints(first: 2, after: $after) {\n        totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { id } } } } } } } }": typeof types.BoundedPromiseComplaintsPageDocument,
    "query BoundedPromiseActionsPage($id: ID!, $after: String) { correctiveAction(id: $id) { promise { correctiveActions(first: 1, after: $after) {\n      totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } } } }": typeof types.BoundedPromiseActionsPageDocument,
    "query BoundedNestedPage($first: Int!) { complaints(first: $first) { edges { node { id promises { key\n      complaints(first: 5) { totalCount pageInfo { hasNextPage } edges { node { id } } } } } } } }": typeof types.BoundedNestedPageDocument,
    "query BoundedBadNestedCursor { complaints(first: 1) { edges { node { promises { complaints(after: \"bm90IGEgY3Vyc29y\") { totalCount } } } } } }": typeof types.BoundedBadNestedCursorDocument,
    "query BoundedDeadline { complaints(first: 20) { edges { node { id promises { key complaints(first: 5) { totalCount } } } } } }": typeof types.BoundedDeadlineDocument,
    "query BoundedAnalysis($year: Int!) { complaintAnalysis(year: $year) { totals { received } acknowledgementTime { medianHours } byPromise { promiseKey complaints } } }": typeof types.BoundedAnalysisDocument,
    "mutation BoundedCreateReview($input: CreateManagementReviewInput!) { createManagementReview(input: $input) { id } }": typeof types.BoundedCreateReviewDocument,
    "query ExamplesClientComplaintCount { complaints(first: 1) { totalCount } }": typeof types.ExamplesClientComplaintCountDocument,
    "query ExamplesClientFirstCode { codes(first: 1) { edges { node { id version } } } }": typeof types.ExamplesClientFirstCodeDocument,
    "query FoundationUsers($first: Int, $after: String) { users(first: $first, after: $after) { totalCount edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }": typeof types.FoundationUsersDocument,
    "mutation FoundationCreateUsers($input: [CreateUserInput!]!) { createUsers(input: $input) { id email version } }": typeof types.FoundationCreateUsersDocument,
    "mutation FoundationUpdateUser($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id name version } }": typeof types.FoundationUpdateUserDocument,
    "query FoundationUser($id: ID!) { user(id: $id) { id name } }": typeof types.FoundationUserDocument,
    "query FoundationDashboard { me { id } }": typeof types.FoundationDashboardDocument,
    "query FoundationWhoAmI { me { id roles organizationSlug user { name } } organization { slug timezone holidayCountry } }": typeof types.FoundationWhoAmIDocument,
    "query FoundationPartialDashboard { me { id roles } auditEvents(first: 5) { totalCount } organization { slug } }": typeof types.FoundationPartialDashboardDocument,
    "query FoundationAudit($entityId: ID, $first: Int, $after: String) { auditEvents(entityId: $entityId, first: $first, after: $after) {\n      totalCount edges { cursor node { action entityType entityId actorId actorRoles changes } } pageInfo { hasNextPage endCursor } } }": typeof types.FoundationAuditDocument,
    "query IdentityMe { me { id roles organizationSlug user { id name active } } }": typeof types.IdentityMeDocument,
    "mutation IdentityCreateUsers($input: [CreateUserInput!]!) { createUsers(input: $input) { id version roles active } }": typeof types.IdentityCreateUsersDocument,
    "mutation IdentityUpdateUser($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id version active roles } }": typeof types.IdentityUpdateUserDocument,
    "query IdentityAudit { auditEvents(first: 50) { edges { node { action entityId actorId actor { id name email } } } } }": typeof types.IdentityAuditDocument,
    "mutation IdentityCreateXInAlpha { createUsers(input: [{ name: \"X\", email: \"x@alpha.example\", roles: [STAFF] }]) { id } }": typeof types.IdentityCreateXInAlphaDocument,
    "mutation IdentityCreateXInBeta { createUsers(input: [{ name: \"X\", email: \"x@beta.example\", roles: [STAFF] }]) { id } }": typeof types.IdentityCreateXInBetaDocument,
    "mutation InputSafetyCreateCode($input: CreateCodeInput!) { createCode(input: $input) { id title scope } }": typeof types.InputSafetyCreateCodeDocument,
    "mutation InputSafetyRegister($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id subject acknowledgementDueAt resolutionDueAt } }": typeof types.InputSafetyRegisterDocument,
    "mutation InputSafetySubmit($slug: String!, $input: SubmitComplaintInput!) { submitComplaint(organizationSlug: $slug, input: $input) { reference } }": typeof types.InputSafetySubmitDocument,
    "query InputSafetyComplaints($promiseId: ID, $search: String) { complaints(promiseId: $promiseId, search: $search) { totalCount } }": typeof types.InputSafetyComplaintsDocument,
    "mutation InputSafetyCreateResource($input: CreateResourceInput!) { createResource(input: $input) { id quantity } }": typeof types.InputSafetyCreateResourceDocument,
    "mutation InputSafetyUpdateResource($id: ID!, $input: UpdateResourceInput!) { updateResource(id: $id, input: $input) { id } }": typeof types.InputSafetyUpdateResourceDocument,
    "query InputSafetyResources($codeId: ID, $promiseId: ID) { resources(codeId: $codeId, promiseId: $promiseId) { totalCount } }": typeof types.InputSafetyResourcesDocument,
    "mutation InputSafetyCreateChain($input: CreateKpiChainInput!) { createKpiChain(input: $input) { id name } }": typeof types.InputSafetyCreateChainDocument,
    "mutation InputSafetyCreateKpi($input: CreateKpiInput!) { createKpi(input: $input) { id target } }": typeof types.InputSafetyCreateKpiDocument,
    "mutation InputSafetyRecord($input: [RecordKpiMeasurementInput!]!) { recordMeasurements(input: $input) { id } }": typeof types.InputSafetyRecordDocument,
    "mutation InputSafetyCreateReview($input: CreateManagementReviewInput!) { createManagementReview(input: $input) { id } }": typeof types.InputSafetyCreateReviewDocument,
    "mutation InputSafetyUpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { version complaintPolicy { acknowledgeWithin acknowledgeUnit resolveWithin resolveUnit } } }": typeof types.InputSafetyUpdateOrganizationDocument,
    "query InputSafetyOrganization { organization { version complaintPolicy { acknowledgeWithin acknowledgeUnit resolveWithin resolveUnit } } }": typeof types.InputSafetyOrganizationDocument,
    "query JwksWhoAmI { me { id roles organizationSlug } }": typeof types.JwksWhoAmIDocument,
    "query JwksMeId { me { id } }": typeof types.JwksMeIdDocument,
    "query JwksMember { me { id roles user { id email externalSubject } } }": typeof types.JwksMemberDocument,
    "query MetricsNames { __typename }": typeof types.MetricsNamesDocument,
    "query ProductionComplaints($status: [ComplaintStatus!]) { complaints(status: $status) { totalCount } }": typeof types.ProductionComplaintsDocument,
    "mutation RateLimitsSubmit($slug: String!, $input: SubmitComplaintInput!) { submitComplaint(organizationSlug: $slug, input: $input) { reference } }": typeof types.RateLimitsSubmitDocument,
    "query RateLimitsPublished($slug: String!) { publishedCodes(organizationSlug: $slug) { key } }": typeof types.RateLimitsPublishedDocument,
    "mutation RateLimitsMany($slug: String!, $input: SubmitComplaintInput!) {\n      a: submitComplaint(organizationSlug: $slug, input: $input) { reference }\n      ... on Mutation { b: submitComplaint(organizationSlug: $slug, input: $input) { reference } }\n      ...RateLimitsMore }\n      fragment RateLimitsMore on Mutation { c: submitComplaint(organizationSlug: $slug, input: $input) { reference } d: submitComplaint(organizationSlug: $slug, input: $input) { reference } }": typeof types.RateLimitsManyDocument,
    "query TracingComplaints($search: String) { complaints(search: $search, first: 5) { edges { node { id reference } } } }": typeof types.TracingComplaintsDocument,
    "query TracingUsers($first: Int!) { users(first: $first) { edges { node { id name roles } } } }": typeof types.TracingUsersDocument,
    "query TracingTypename { __typename }": typeof types.TracingTypenameDocument,
    "mutation TracingAddMember($input: [CreateUserInput!]!) { createUsers(input: $input) { id } }": typeof types.TracingAddMemberDocument,
    "fragment CodeVersionFields on CodeVersion {\n  id version revision status policyStatement changeSummary internalNotes reviewComment withdrawalReason\n  approvedAt approvedBy { id } publishedAt supersededAt withdrawnAt nextReviewDue allowedTransitions\n  promises { id key version title text rationale position internalNotes owner { id } requirements { ref } } }": typeof types.CodeVersionFieldsFragmentDoc,
    "mutation CreateCode($input: CreateCodeInput!) {\n  createCode(input: $input) { id key title scope version owner { id } versions { edges { node { id version status } } } currentVersion { id } } }": typeof types.CreateCodeDocument,
    "mutation UpdateCode($id: ID!, $input: UpdateCodeInput!) { updateCode(id: $id, input: $input) { id title scope version owner { id } } }": typeof types.UpdateCodeDocument,
    "query Code($id: ID!) { code(id: $id) { id key title versions { edges { node { ...CodeVersionFields } } } currentVersion { id version status } } }": typeof types.CodeDocument,
    "query Codes($first: Int, $after: String) { codes(first: $first, after: $after) { totalCount edges { node { id key } } pageInfo { hasNextPage endCursor } } }": typeof types.CodesDocument,
    "query CodeVersion($id: ID!) { codeVersion(id: $id) { ...CodeVersionFields code { id key } } }": typeof types.CodeVersionDocument,
    "mutation UpdateVersion($id: ID!, $input: UpdateCodeVersionInput!) { updateCodeVersion(id: $id, input: $input) { id revision policyStatement changeSummary internalNotes } }": typeof types.UpdateVersionDocument,
    "mutation CreatePromise($input: CreateCodePromiseInput!) { createCodePromise(input: $input) { id key title text position version } }": typeof types.CreatePromiseDocument,
    "mutation UpdatePromise($id: ID!, $input: UpdateCodePromiseInput!) { updateCodePromise(id: $id, input: $input) { id title text version } }": typeof types.UpdatePromiseDocument,
    "mutation DeletePromise($id: ID!, $v: Int!) { deleteCodePromise(id: $id, expectedVersion: $v) }": typeof types.DeletePromiseDocument,
    "mutation Submit($id: ID!, $v: Int!) { submitCodeVersion(id: $id, expectedVersion: $v) { id status revision } }": typeof types.SubmitDocument,
    "mutation Approve($id: ID!, $input: ApproveCodeVersionInput!) { approveCodeVersion(id: $id, input: $input) { id revision status policyStatement approvedAt approvedBy { id } } }": typeof types.ApproveDocument,
    "mutation Return($id: ID!, $input: ReturnCodeVersionInput!) { returnCodeVersionToDraft(id: $id, input: $input) { id revision status reviewComment approvedAt } }": typeof types.ReturnDocument,
    "mutation Publish($id: ID!, $input: PublishCodeVersionInput!) { publishCodeVersion(id: $id, input: $input) { id revision status publishedAt nextReviewDue } }": typeof types.PublishDocument,
    "mutation Withdraw($id: ID!, $input: WithdrawCodeVersionInput!) { withdrawCodeVersion(id: $id, input: $input) { id revision status withdrawnAt withdrawalReason } }": typeof types.WithdrawDocument,
    "mutation Schedule($id: ID!, $input: ScheduleCodeReviewInput!) { scheduleCodeReview(id: $id, input: $input) { id revision nextReviewDue } }": typeof types.ScheduleDocument,
    "mutation CreateDraft($codeId: ID!) { createCodeDraft(codeId: $codeId) { ...CodeVersionFields } }": typeof types.CreateDraftDocument,
    "mutation Link($promiseId: ID!, $v: Int!, $requirementIds: [ID!]!) { linkPromiseRequirements(promiseId: $promiseId, expectedVersion: $v, requirementIds: $requirementIds) { id key version requirements { ref } } }": typeof types.LinkDocument,
    "mutation Unlink($promiseId: ID!, $v: Int!, $requirementIds: [ID!]!) { unlinkPromiseRequirements(promiseId: $promiseId, expectedVersion: $v, requirementIds: $requirementIds) { id key version requirements { ref } } }": typeof types.UnlinkDocument,
    "query RequirementId($ref: String!) { normRequirement(ref: $ref) { id } }": typeof types.RequirementIdDocument,
};
const documents: Documents = {
    "query BoundedTypename { __typename }": types.BoundedTypenameDocument,
    "query BoundedMe { me { id } }": types.BoundedMeDocument,
    "query BoundedPromiseComplaintsPage($id: ID!, $after: String) { corrective: correctiveActions(first: 1) { totalCount }\n      complaints(first: 1, promiseId: $id) { edges { node { promises { id complaints(first: 2, after: $after) {\n        totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { id } } } } } } } }": types.BoundedPromiseComplaintsPageDocument,
    "query BoundedPromiseActionsPage($id: ID!, $after: String) { correctiveAction(id: $id) { promise { correctiveActions(first: 1, after: $after) {\n      totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } } } }": types.BoundedPromiseActionsPageDocument,
    "query BoundedNestedPage($first: Int!) { complaints(first: $first) { edges { node { id promises { key\n      complaints(first: 5) { totalCount pageInfo { hasNextPage } edges { node { id } } } } } } } }": types.BoundedNestedPageDocument,
    "query BoundedBadNestedCursor { complaints(first: 1) { edges { node { promises { complaints(after: \"bm90IGEgY3Vyc29y\") { totalCount } } } } } }": types.BoundedBadNestedCursorDocument,
    "query BoundedDeadline { complaints(first: 20) { edges { node { id promises { key complaints(first: 5) { totalCount } } } } } }": types.BoundedDeadlineDocument,
    "query BoundedAnalysis($year: Int!) { complaintAnalysis(year: $year) { totals { received } acknowledgementTime { medianHours } byPromise { promiseKey complaints } } }": types.BoundedAnalysisDocument,
    "mutation BoundedCreateReview($input: CreateManagementReviewInput!) { createManagementReview(input: $input) { id } }": types.BoundedCreateReviewDocument,
    "query ExamplesClientComplaintCount { complaints(first: 1) { totalCount } }": types.ExamplesClientComplaintCountDocument,
    "query ExamplesClientFirstCode { codes(first: 1) { edges { node { id version } } } }": types.ExamplesClientFirstCodeDocument,
    "query FoundationUsers($first: Int, $after: String) { users(first: $first, after: $after) { totalCount edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }": types.FoundationUsersDocument,
    "mutation FoundationCreateUsers($input: [CreateUserInput!]!) { createUsers(input: $input) { id email version } }": types.FoundationCreateUsersDocument,
    "mutation FoundationUpdateUser($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id name version } }": types.FoundationUpdateUserDocument,
    "query FoundationUser($id: ID!) { user(id: $id) { id name } }": types.FoundationUserDocument,
    "query FoundationDashboard { me { id } }": types.FoundationDashboardDocument,
    "query FoundationWhoAmI { me { id roles organizationSlug user { name } } organization { slug timezone holidayCountry } }": types.FoundationWhoAmIDocument,
    "query FoundationPartialDashboard { me { id roles } auditEvents(first: 5) { totalCount } organization { slug } }": types.FoundationPartialDashboardDocument,
    "query FoundationAudit($entityId: ID, $first: Int, $after: String) { auditEvents(entityId: $entityId, first: $first, after: $after) {\n      totalCount edges { cursor node { action entityType entityId actorId actorRoles changes } } pageInfo { hasNextPage endCursor } } }": types.FoundationAuditDocument,
    "query IdentityMe { me { id roles organizationSlug user { id name active } } }": types.IdentityMeDocument,
    "mutation IdentityCreateUsers($input: [CreateUserInput!]!) { createUsers(input: $input) { id version roles active } }": types.IdentityCreateUsersDocument,
    "mutation IdentityUpdateUser($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id version active roles } }": types.IdentityUpdateUserDocument,
    "query IdentityAudit { auditEvents(first: 50) { edges { node { action entityId actorId actor { id name email } } } } }": types.IdentityAuditDocument,
    "mutation IdentityCreateXInAlpha { createUsers(input: [{ name: \"X\", email: \"x@alpha.example\", roles: [STAFF] }]) { id } }": types.IdentityCreateXInAlphaDocument,
    "mutation IdentityCreateXInBeta { createUsers(input: [{ name: \"X\", email: \"x@beta.example\", roles: [STAFF] }]) { id } }": types.IdentityCreateXInBetaDocument,
    "mutation InputSafetyCreateCode($input: CreateCodeInput!) { createCode(input: $input) { id title scope } }": types.InputSafetyCreateCodeDocument,
    "mutation InputSafetyRegister($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id subject acknowledgementDueAt resolutionDueAt } }": types.InputSafetyRegisterDocument,
    "mutation InputSafetySubmit($slug: String!, $input: SubmitComplaintInput!) { submitComplaint(organizationSlug: $slug, input: $input) { reference } }": types.InputSafetySubmitDocument,
    "query InputSafetyComplaints($promiseId: ID, $search: String) { complaints(promiseId: $promiseId, search: $search) { totalCount } }": types.InputSafetyComplaintsDocument,
    "mutation InputSafetyCreateResource($input: CreateResourceInput!) { createResource(input: $input) { id quantity } }": types.InputSafetyCreateResourceDocument,
    "mutation InputSafetyUpdateResource($id: ID!, $input: UpdateResourceInput!) { updateResource(id: $id, input: $input) { id } }": types.InputSafetyUpdateResourceDocument,
    "query InputSafetyResources($codeId: ID, $promiseId: ID) { resources(codeId: $codeId, promiseId: $promiseId) { totalCount } }": types.InputSafetyResourcesDocument,
    "mutation InputSafetyCreateChain($input: CreateKpiChainInput!) { createKpiChain(input: $input) { id name } }": types.InputSafetyCreateChainDocument,
    "mutation InputSafetyCreateKpi($input: CreateKpiInput!) { createKpi(input: $input) { id target } }": types.InputSafetyCreateKpiDocument,
    "mutation InputSafetyRecord($input: [RecordKpiMeasurementInput!]!) { recordMeasurements(input: $input) { id } }": types.InputSafetyRecordDocument,
    "mutation InputSafetyCreateReview($input: CreateManagementReviewInput!) { createManagementReview(input: $input) { id } }": types.InputSafetyCreateReviewDocument,
    "mutation InputSafetyUpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { version complaintPolicy { acknowledgeWithin acknowledgeUnit resolveWithin resolveUnit } } }": types.InputSafetyUpdateOrganizationDocument,
    "query InputSafetyOrganization { organization { version complaintPolicy { acknowledgeWithin acknowledgeUnit resolveWithin resolveUnit } } }": types.InputSafetyOrganizationDocument,
    "query JwksWhoAmI { me { id roles organizationSlug } }": types.JwksWhoAmIDocument,
    "query JwksMeId { me { id } }": types.JwksMeIdDocument,
    "query JwksMember { me { id roles user { id email externalSubject } } }": types.JwksMemberDocument,
    "query MetricsNames { __typename }": types.MetricsNamesDocument,
    "query ProductionComplaints($status: [ComplaintStatus!]) { complaints(status: $status) { totalCount } }": types.ProductionComplaintsDocument,
    "mutation RateLimitsSubmit($slug: String!, $input: SubmitComplaintInput!) { submitComplaint(organizationSlug: $slug, input: $input) { reference } }": types.RateLimitsSubmitDocument,
    "query RateLimitsPublished($slug: String!) { publishedCodes(organizationSlug: $slug) { key } }": types.RateLimitsPublishedDocument,
    "mutation RateLimitsMany($slug: String!, $input: SubmitComplaintInput!) {\n      a: submitComplaint(organizationSlug: $slug, input: $input) { reference }\n      ... on Mutation { b: submitComplaint(organizationSlug: $slug, input: $input) { reference } }\n      ...RateLimitsMore }\n      fragment RateLimitsMore on Mutation { c: submitComplaint(organizationSlug: $slug, input: $input) { reference } d: submitComplaint(organizationSlug: $slug, input: $input) { reference } }": types.RateLimitsManyDocument,
    "query TracingComplaints($search: String) { complaints(search: $search, first: 5) { edges { node { id reference } } } }": types.TracingComplaintsDocument,
    "query TracingUsers($first: Int!) { users(first: $first) { edges { node { id name roles } } } }": types.TracingUsersDocument,
    "query TracingTypename { __typename }": types.TracingTypenameDocument,
    "mutation TracingAddMember($input: [CreateUserInput!]!) { createUsers(input: $input) { id } }": types.TracingAddMemberDocument,
    "fragment CodeVersionFields on CodeVersion {\n  id version revision status policyStatement changeSummary internalNotes reviewComment withdrawalReason\n  approvedAt approvedBy { id } publishedAt supersededAt withdrawnAt nextReviewDue allowedTransitions\n  promises { id key version title text rationale position internalNotes owner { id } requirements { ref } } }": types.CodeVersionFieldsFragmentDoc,
    "mutation CreateCode($input: CreateCodeInput!) {\n  createCode(input: $input) { id key title scope version owner { id } versions { edges { node { id version status } } } currentVersion { id } } }": types.CreateCodeDocument,
    "mutation UpdateCode($id: ID!, $input: UpdateCodeInput!) { updateCode(id: $id, input: $input) { id title scope version owner { id } } }": types.UpdateCodeDocument,
    "query Code($id: ID!) { code(id: $id) { id key title versions { edges { node { ...CodeVersionFields } } } currentVersion { id version status } } }": types.CodeDocument,
    "query Codes($first: Int, $after: String) { codes(first: $first, after: $after) { totalCount edges { node { id key } } pageInfo { hasNextPage endCursor } } }": types.CodesDocument,
    "query CodeVersion($id: ID!) { codeVersion(id: $id) { ...CodeVersionFields code { id key } } }": types.CodeVersionDocument,
    "mutation UpdateVersion($id: ID!, $input: UpdateCodeVersionInput!) { updateCodeVersion(id: $id, input: $input) { id revision policyStatement changeSummary internalNotes } }": types.UpdateVersionDocument,
    "mutation CreatePromise($input: CreateCodePromiseInput!) { createCodePromise(input: $input) { id key title text position version } }": types.CreatePromiseDocument,
    "mutation UpdatePromise($id: ID!, $input: UpdateCodePromiseInput!) { updateCodePromise(id: $id, input: $input) { id title text version } }": types.UpdatePromiseDocument,
    "mutation DeletePromise($id: ID!, $v: Int!) { deleteCodePromise(id: $id, expectedVersion: $v) }": types.DeletePromiseDocument,
    "mutation Submit($id: ID!, $v: Int!) { submitCodeVersion(id: $id, expectedVersion: $v) { id status revision } }": types.SubmitDocument,
    "mutation Approve($id: ID!, $input: ApproveCodeVersionInput!) { approveCodeVersion(id: $id, input: $input) { id revision status policyStatement approvedAt approvedBy { id } } }": types.ApproveDocument,
    "mutation Return($id: ID!, $input: ReturnCodeVersionInput!) { returnCodeVersionToDraft(id: $id, input: $input) { id revision status reviewComment approvedAt } }": types.ReturnDocument,
    "mutation Publish($id: ID!, $input: PublishCodeVersionInput!) { publishCodeVersion(id: $id, input: $input) { id revision status publishedAt nextReviewDue } }": types.PublishDocument,
    "mutation Withdraw($id: ID!, $input: WithdrawCodeVersionInput!) { withdrawCodeVersion(id: $id, input: $input) { id revision status withdrawnAt withdrawalReason } }": types.WithdrawDocument,
    "mutation Schedule($id: ID!, $input: ScheduleCodeReviewInput!) { scheduleCodeReview(id: $id, input: $input) { id revision nextReviewDue } }": types.ScheduleDocument,
    "mutation CreateDraft($codeId: ID!) { createCodeDraft(codeId: $codeId) { ...CodeVersionFields } }": types.CreateDraftDocument,
    "mutation Link($promiseId: ID!, $v: Int!, $requirementIds: [ID!]!) { linkPromiseRequirements(promiseId: $promiseId, expectedVersion: $v, requirementIds: $requirementIds) { id key version requirements { ref } } }": types.LinkDocument,
    "mutation Unlink($promiseId: ID!, $v: Int!, $requirementIds: [ID!]!) { unlinkPromiseRequirements(promiseId: $promiseId, expectedVersion: $v, requirementIds: $requirementIds) { id key version requirements { ref } } }": types.UnlinkDocument,
    "query RequirementId($ref: String!) { normRequirement(ref: $ref) { id } }": types.RequirementIdDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BoundedTypename { __typename }"): typeof import('./graphql').BoundedTypenameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BoundedMe { me { id } }"): typeof import('./graphql').BoundedMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BoundedPromiseComplaintsPage($id: ID!, $after: String) { corrective: correctiveActions(first: 1) { totalCount }\n      complaints(first: 1, promiseId: $id) { edges { node { promises { id complaints(first: 2, after: $after) {\n        totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { id } } } } } } } }"): typeof import('./graphql').BoundedPromiseComplaintsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BoundedPromiseActionsPage($id: ID!, $after: String) { correctiveAction(id: $id) { promise { correctiveActions(first: 1, after: $after) {\n      totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } } } }"): typeof import('./graphql').BoundedPromiseActionsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BoundedNestedPage($first: Int!) { complaints(first: $first) { edges { node { id promises { key\n      complaints(first: 5) { totalCount pageInfo { hasNextPage } edges { node { id } } } } } } } }"): typeof import('./graphql').BoundedNestedPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BoundedBadNestedCursor { complaints(first: 1) { edges { node { promises { complaints(after: \"bm90IGEgY3Vyc29y\") { totalCount } } } } } }"): typeof import('./graphql').BoundedBadNestedCursorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BoundedDeadline { complaints(first: 20) { edges { node { id promises { key complaints(first: 5) { totalCount } } } } } }"): typeof import('./graphql').BoundedDeadlineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BoundedAnalysis($year: Int!) { complaintAnalysis(year: $year) { totals { received } acknowledgementTime { medianHours } byPromise { promiseKey complaints } } }"): typeof import('./graphql').BoundedAnalysisDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BoundedCreateReview($input: CreateManagementReviewInput!) { createManagementReview(input: $input) { id } }"): typeof import('./graphql').BoundedCreateReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExamplesClientComplaintCount { complaints(first: 1) { totalCount } }"): typeof import('./graphql').ExamplesClientComplaintCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExamplesClientFirstCode { codes(first: 1) { edges { node { id version } } } }"): typeof import('./graphql').ExamplesClientFirstCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FoundationUsers($first: Int, $after: String) { users(first: $first, after: $after) { totalCount edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }"): typeof import('./graphql').FoundationUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FoundationCreateUsers($input: [CreateUserInput!]!) { createUsers(input: $input) { id email version } }"): typeof import('./graphql').FoundationCreateUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FoundationUpdateUser($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id name version } }"): typeof import('./graphql').FoundationUpdateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FoundationUser($id: ID!) { user(id: $id) { id name } }"): typeof import('./graphql').FoundationUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FoundationDashboard { me { id } }"): typeof import('./graphql').FoundationDashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FoundationWhoAmI { me { id roles organizationSlug user { name } } organization { slug timezone holidayCountry } }"): typeof import('./graphql').FoundationWhoAmIDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FoundationPartialDashboard { me { id roles } auditEvents(first: 5) { totalCount } organization { slug } }"): typeof import('./graphql').FoundationPartialDashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FoundationAudit($entityId: ID, $first: Int, $after: String) { auditEvents(entityId: $entityId, first: $first, after: $after) {\n      totalCount edges { cursor node { action entityType entityId actorId actorRoles changes } } pageInfo { hasNextPage endCursor } } }"): typeof import('./graphql').FoundationAuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdentityMe { me { id roles organizationSlug user { id name active } } }"): typeof import('./graphql').IdentityMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdentityCreateUsers($input: [CreateUserInput!]!) { createUsers(input: $input) { id version roles active } }"): typeof import('./graphql').IdentityCreateUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdentityUpdateUser($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id version active roles } }"): typeof import('./graphql').IdentityUpdateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdentityAudit { auditEvents(first: 50) { edges { node { action entityId actorId actor { id name email } } } } }"): typeof import('./graphql').IdentityAuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdentityCreateXInAlpha { createUsers(input: [{ name: \"X\", email: \"x@alpha.example\", roles: [STAFF] }]) { id } }"): typeof import('./graphql').IdentityCreateXInAlphaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdentityCreateXInBeta { createUsers(input: [{ name: \"X\", email: \"x@beta.example\", roles: [STAFF] }]) { id } }"): typeof import('./graphql').IdentityCreateXInBetaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InputSafetyCreateCode($input: CreateCodeInput!) { createCode(input: $input) { id title scope } }"): typeof import('./graphql').InputSafetyCreateCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InputSafetyRegister($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id subject acknowledgementDueAt resolutionDueAt } }"): typeof import('./graphql').InputSafetyRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InputSafetySubmit($slug: String!, $input: SubmitComplaintInput!) { submitComplaint(organizationSlug: $slug, input: $input) { reference } }"): typeof import('./graphql').InputSafetySubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InputSafetyComplaints($promiseId: ID, $search: String) { complaints(promiseId: $promiseId, search: $search) { totalCount } }"): typeof import('./graphql').InputSafetyComplaintsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InputSafetyCreateResource($input: CreateResourceInput!) { createResource(input: $input) { id quantity } }"): typeof import('./graphql').InputSafetyCreateResourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InputSafetyUpdateResource($id: ID!, $input: UpdateResourceInput!) { updateResource(id: $id, input: $input) { id } }"): typeof import('./graphql').InputSafetyUpdateResourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InputSafetyResources($codeId: ID, $promiseId: ID) { resources(codeId: $codeId, promiseId: $promiseId) { totalCount } }"): typeof import('./graphql').InputSafetyResourcesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InputSafetyCreateChain($input: CreateKpiChainInput!) { createKpiChain(input: $input) { id name } }"): typeof import('./graphql').InputSafetyCreateChainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InputSafetyCreateKpi($input: CreateKpiInput!) { createKpi(input: $input) { id target } }"): typeof import('./graphql').InputSafetyCreateKpiDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InputSafetyRecord($input: [RecordKpiMeasurementInput!]!) { recordMeasurements(input: $input) { id } }"): typeof import('./graphql').InputSafetyRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InputSafetyCreateReview($input: CreateManagementReviewInput!) { createManagementReview(input: $input) { id } }"): typeof import('./graphql').InputSafetyCreateReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InputSafetyUpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { version complaintPolicy { acknowledgeWithin acknowledgeUnit resolveWithin resolveUnit } } }"): typeof import('./graphql').InputSafetyUpdateOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InputSafetyOrganization { organization { version complaintPolicy { acknowledgeWithin acknowledgeUnit resolveWithin resolveUnit } } }"): typeof import('./graphql').InputSafetyOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JwksWhoAmI { me { id roles organizationSlug } }"): typeof import('./graphql').JwksWhoAmIDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JwksMeId { me { id } }"): typeof import('./graphql').JwksMeIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JwksMember { me { id roles user { id email externalSubject } } }"): typeof import('./graphql').JwksMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MetricsNames { __typename }"): typeof import('./graphql').MetricsNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProductionComplaints($status: [ComplaintStatus!]) { complaints(status: $status) { totalCount } }"): typeof import('./graphql').ProductionComplaintsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RateLimitsSubmit($slug: String!, $input: SubmitComplaintInput!) { submitComplaint(organizationSlug: $slug, input: $input) { reference } }"): typeof import('./graphql').RateLimitsSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RateLimitsPublished($slug: String!) { publishedCodes(organizationSlug: $slug) { key } }"): typeof import('./graphql').RateLimitsPublishedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RateLimitsMany($slug: String!, $input: SubmitComplaintInput!) {\n      a: submitComplaint(organizationSlug: $slug, input: $input) { reference }\n      ... on Mutation { b: submitComplaint(organizationSlug: $slug, input: $input) { reference } }\n      ...RateLimitsMore }\n      fragment RateLimitsMore on Mutation { c: submitComplaint(organizationSlug: $slug, input: $input) { reference } d: submitComplaint(organizationSlug: $slug, input: $input) { reference } }"): typeof import('./graphql').RateLimitsManyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TracingComplaints($search: String) { complaints(search: $search, first: 5) { edges { node { id reference } } } }"): typeof import('./graphql').TracingComplaintsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TracingUsers($first: Int!) { users(first: $first) { edges { node { id name roles } } } }"): typeof import('./graphql').TracingUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TracingTypename { __typename }"): typeof import('./graphql').TracingTypenameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TracingAddMember($input: [CreateUserInput!]!) { createUsers(input: $input) { id } }"): typeof import('./graphql').TracingAddMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CodeVersionFields on CodeVersion {\n  id version revision status policyStatement changeSummary internalNotes reviewComment withdrawalReason\n  approvedAt approvedBy { id } publishedAt supersededAt withdrawnAt nextReviewDue allowedTransitions\n  promises { id key version title text rationale position internalNotes owner { id } requirements { ref } } }"): typeof import('./graphql').CodeVersionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateCode($input: CreateCodeInput!) {\n  createCode(input: $input) { id key title scope version owner { id } versions { edges { node { id version status } } } currentVersion { id } } }"): typeof import('./graphql').CreateCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateCode($id: ID!, $input: UpdateCodeInput!) { updateCode(id: $id, input: $input) { id title scope version owner { id } } }"): typeof import('./graphql').UpdateCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Code($id: ID!) { code(id: $id) { id key title versions { edges { node { ...CodeVersionFields } } } currentVersion { id version status } } }"): typeof import('./graphql').CodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Codes($first: Int, $after: String) { codes(first: $first, after: $after) { totalCount edges { node { id key } } pageInfo { hasNextPage endCursor } } }"): typeof import('./graphql').CodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CodeVersion($id: ID!) { codeVersion(id: $id) { ...CodeVersionFields code { id key } } }"): typeof import('./graphql').CodeVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateVersion($id: ID!, $input: UpdateCodeVersionInput!) { updateCodeVersion(id: $id, input: $input) { id revision policyStatement changeSummary internalNotes } }"): typeof import('./graphql').UpdateVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreatePromise($input: CreateCodePromiseInput!) { createCodePromise(input: $input) { id key title text position version } }"): typeof import('./graphql').CreatePromiseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdatePromise($id: ID!, $input: UpdateCodePromiseInput!) { updateCodePromise(id: $id, input: $input) { id title text version } }"): typeof import('./graphql').UpdatePromiseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeletePromise($id: ID!, $v: Int!) { deleteCodePromise(id: $id, expectedVersion: $v) }"): typeof import('./graphql').DeletePromiseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Submit($id: ID!, $v: Int!) { submitCodeVersion(id: $id, expectedVersion: $v) { id status revision } }"): typeof import('./graphql').SubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Approve($id: ID!, $input: ApproveCodeVersionInput!) { approveCodeVersion(id: $id, input: $input) { id revision status policyStatement approvedAt approvedBy { id } } }"): typeof import('./graphql').ApproveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Return($id: ID!, $input: ReturnCodeVersionInput!) { returnCodeVersionToDraft(id: $id, input: $input) { id revision status reviewComment approvedAt } }"): typeof import('./graphql').ReturnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Publish($id: ID!, $input: PublishCodeVersionInput!) { publishCodeVersion(id: $id, input: $input) { id revision status publishedAt nextReviewDue } }"): typeof import('./graphql').PublishDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Withdraw($id: ID!, $input: WithdrawCodeVersionInput!) { withdrawCodeVersion(id: $id, input: $input) { id revision status withdrawnAt withdrawalReason } }"): typeof import('./graphql').WithdrawDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Schedule($id: ID!, $input: ScheduleCodeReviewInput!) { scheduleCodeReview(id: $id, input: $input) { id revision nextReviewDue } }"): typeof import('./graphql').ScheduleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateDraft($codeId: ID!) { createCodeDraft(codeId: $codeId) { ...CodeVersionFields } }"): typeof import('./graphql').CreateDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Link($promiseId: ID!, $v: Int!, $requirementIds: [ID!]!) { linkPromiseRequirements(promiseId: $promiseId, expectedVersion: $v, requirementIds: $requirementIds) { id key version requirements { ref } } }"): typeof import('./graphql').LinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Unlink($promiseId: ID!, $v: Int!, $requirementIds: [ID!]!) { unlinkPromiseRequirements(promiseId: $promiseId, expectedVersion: $v, requirementIds: $requirementIds) { id key version requirements { ref } } }"): typeof import('./graphql').UnlinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RequirementId($ref: String!) { normRequirement(ref: $ref) { id } }"): typeof import('./graphql').RequirementIdDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
