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
    "fragment ComplaintsComplaintFields on Complaint { id version reference receivedAt channel subject description status categories\n  acknowledgementDueAt acknowledgedAt acknowledgedOnTime resolutionDueAt resolvedAt resolvedOnTime\n  decision outcome closedAt isOverdue satisfaction anonymizedAt\n  complainant { name email phone customerReference }\n  handler { id } registeredBy { id }\n  promises { id key }\n  escalation { body escalatedAt outcome binding decidedAt }\n  timeline { at from to note actor { id } } }": typeof types.ComplaintsComplaintFieldsFragmentDoc,
    "mutation ComplaintsRegister($input: RegisterComplaintInput!) { registerComplaint(input: $input) { ...ComplaintsComplaintFields } }": typeof types.ComplaintsRegisterDocument,
    "mutation ComplaintsSubmit($slug: String!, $input: SubmitComplaintInput!) { submitComplaint(organizationSlug: $slug, input: $input) { reference } }": typeof types.ComplaintsSubmitDocument,
    "mutation ComplaintsUpdate($id: ID!, $input: UpdateComplaintInput!) { updateComplaint(id: $id, input: $input) { ...ComplaintsComplaintFields } }": typeof types.ComplaintsUpdateDocument,
    "query ComplaintsComplaint($id: ID!) { complaint(id: $id) { ...ComplaintsComplaintFields } }": typeof types.ComplaintsComplaintDocument,
    "mutation ComplaintsAcknowledge($id: ID!, $input: ComplaintStepInput!) { acknowledgeComplaint(id: $id, input: $input) { ...ComplaintsComplaintFields } }": typeof types.ComplaintsAcknowledgeDocument,
    "mutation ComplaintsStart($id: ID!, $input: StartComplaintHandlingInput!) { startComplaintHandling(id: $id, input: $input) { ...ComplaintsComplaintFields } }": typeof types.ComplaintsStartDocument,
    "mutation ComplaintsResolve($id: ID!, $input: ResolveComplaintInput!) { resolveComplaint(id: $id, input: $input) { ...ComplaintsComplaintFields } }": typeof types.ComplaintsResolveDocument,
    "mutation ComplaintsClose($id: ID!, $input: ComplaintStepInput!) { closeComplaint(id: $id, input: $input) { ...ComplaintsComplaintFields } }": typeof types.ComplaintsCloseDocument,
    "mutation ComplaintsEscalate($id: ID!, $input: EscalateComplaintInput!) { escalateComplaint(id: $id, input: $input) { ...ComplaintsComplaintFields } }": typeof types.ComplaintsEscalateDocument,
    "mutation ComplaintsDecide($id: ID!, $input: RecordEscalationDecisionInput!) { recordEscalationDecision(id: $id, input: $input) { ...ComplaintsComplaintFields } }": typeof types.ComplaintsDecideDocument,
    "mutation ComplaintsSatisfaction($id: ID!, $input: RecordSatisfactionInput!) { recordComplaintSatisfaction(id: $id, input: $input) { ...ComplaintsComplaintFields } }": typeof types.ComplaintsSatisfactionDocument,
    "mutation ComplaintsAnonymize($id: ID!, $expectedVersion: Int!) { anonymizeComplaint(id: $id, expectedVersion: $expectedVersion) { ...ComplaintsComplaintFields } }": typeof types.ComplaintsAnonymizeDocument,
    "query ComplaintsList($first: Int, $after: String, $status: [ComplaintStatus!], $category: ComplaintCategory, $promiseId: ID, $handlerId: ID,\n  $overdue: Boolean, $receivedFrom: DateTime, $receivedTo: DateTime, $search: String, $sort: ComplaintSort) {\n  complaints(first: $first, after: $after, status: $status, category: $category, promiseId: $promiseId, handlerId: $handlerId,\n    overdue: $overdue, receivedFrom: $receivedFrom, receivedTo: $receivedTo, search: $search, sort: $sort) {\n    totalCount edges { cursor node { id reference subject status isOverdue receivedAt resolutionDueAt } } pageInfo { hasNextPage endCursor } } }": typeof types.ComplaintsListDocument,
    "query ComplaintsCounts { complaintCounts { total unresolved unresolvedOverdue byStatus { status count } } }": typeof types.ComplaintsCountsDocument,
    "query ComplaintsOrganizationVersion { organization { version } }": typeof types.ComplaintsOrganizationVersionDocument,
    "mutation ComplaintsUpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { version complaintPolicy { acknowledgeWithin acknowledgeUnit } } }": typeof types.ComplaintsUpdateOrganizationDocument,
    "mutation ComplaintsAddClosureDay($input: AddClosureDayInput!) { addClosureDay(input: $input) { id date reason version } }": typeof types.ComplaintsAddClosureDayDocument,
    "mutation ComplaintsRemoveClosureDay($date: LocalDate!, $v: Int!) { removeClosureDay(date: $date, expectedVersion: $v) { date } }": typeof types.ComplaintsRemoveClosureDayDocument,
    "query ComplaintsClosureDays($from: LocalDate, $to: LocalDate) { closureDays(from: $from, to: $to) { totalCount edges { node { date reason } } } }": typeof types.ComplaintsClosureDaysDocument,
    "query ComplaintsPromiseComplaints($id: ID!) { complaint(id: $id) { promises { key complaints { totalCount edges { node { id } } } } } }": typeof types.ComplaintsPromiseComplaintsDocument,
    "query ComplaintsAuditEvents($id: ID) { auditEvents(entityId: $id, first: 100) { edges { node { action changes } } } }": typeof types.ComplaintsAuditEventsDocument,
    "mutation ShutdownRename { updateOrganization(input: { expectedVersion: 1, name: \"Renamed\" }) { name } }": typeof types.ShutdownRenameDocument,
    "mutation LoadersRegister($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id } }": typeof types.LoadersRegisterDocument,
    "mutation LoadersCreateAction($input: CreateCorrectiveActionInput!) { createCorrectiveAction(input: $input) { id } }": typeof types.LoadersCreateActionDocument,
    "query LoadersActionComplaints($id: ID!) { correctiveAction(id: $id) {\n  complaints { edges { node { id subject } } }\n  promise { complaints { edges { node { id subject } } } }\n} }": typeof types.LoadersActionComplaintsDocument,
    "query LoadersComplaintActions($id: ID!) { complaint(id: $id) {\n  correctiveActions { edges { node { id title } } }\n  promises { correctiveActions { edges { node { id title } } } }\n} }": typeof types.LoadersComplaintActionsDocument,
    "query LoadersPromiseComplaintCount($id: ID!) { complaint(id: $id) { promises { complaints { totalCount } } } }": typeof types.LoadersPromiseComplaintCountDocument,
    "mutation LoadersRegisterTwice($input: RegisterComplaintInput!) {\n  a: registerComplaint(input: $input) { promises { complaints { totalCount edges { node { id } } } } }\n  b: registerComplaint(input: $input) { id promises { complaints { totalCount edges { node { id } } } } }\n}": typeof types.LoadersRegisterTwiceDocument,
    "mutation PrivacySubmit($slug: String!, $input: SubmitComplaintInput!) { submitComplaint(organizationSlug: $slug, input: $input) { reference } }": typeof types.PrivacySubmitDocument,
    "mutation PrivacyRegister($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id version reference } }": typeof types.PrivacyRegisterDocument,
    "query PrivacyByReference($search: String) { complaints(search: $search, first: 5) { edges { node { id version reference } } } }": typeof types.PrivacyByReferenceDocument,
    "mutation PrivacyUpdate($id: ID!, $input: UpdateComplaintInput!) { updateComplaint(id: $id, input: $input) { id version } }": typeof types.PrivacyUpdateDocument,
    "mutation PrivacyAcknowledge($id: ID!, $input: ComplaintStepInput!) { acknowledgeComplaint(id: $id, input: $input) { id version } }": typeof types.PrivacyAcknowledgeDocument,
    "mutation PrivacyStart($id: ID!, $input: StartComplaintHandlingInput!) { startComplaintHandling(id: $id, input: $input) { id version } }": typeof types.PrivacyStartDocument,
    "mutation PrivacyResolve($id: ID!, $input: ResolveComplaintInput!) { resolveComplaint(id: $id, input: $input) { id version } }": typeof types.PrivacyResolveDocument,
    "mutation PrivacyClose($id: ID!, $input: ComplaintStepInput!) { closeComplaint(id: $id, input: $input) { id version } }": typeof types.PrivacyCloseDocument,
    "mutation PrivacyAnonymize($id: ID!, $expectedVersion: Int!) { anonymizeComplaint(id: $id, expectedVersion: $expectedVersion) { id anonymizedAt complainant { name } } }": typeof types.PrivacyAnonymizeDocument,
    "mutation PrivacyCreateAction($input: CreateCorrectiveActionInput!) { createCorrectiveAction(input: $input) { id } }": typeof types.PrivacyCreateActionDocument,
    "mutation PrivacyCreateReview($input: CreateManagementReviewInput!) { createManagementReview(input: $input) { id analysis { totals { received } } } }": typeof types.PrivacyCreateReviewDocument,
    "mutation PrivacyCreateUsers($input: [CreateUserInput!]!) { createUsers(input: $input) { id } }": typeof types.PrivacyCreateUsersDocument,
    "query PrivacyAnalysis($y: Int!) { complaintAnalysis(year: $y) { totals { received } } }": typeof types.PrivacyAnalysisDocument,
    "mutation PrivacyCreateChain($input: CreateKpiChainInput!) { createKpiChain(input: $input) { id } }": typeof types.PrivacyCreateChainDocument,
    "mutation PrivacyCreateKpi($input: CreateKpiInput!) { createKpi(input: $input) { id } }": typeof types.PrivacyCreateKpiDocument,
    "mutation PrivacyRecordMeasurements($input: [RecordKpiMeasurementInput!]!) { recordMeasurements(input: $input) { id } }": typeof types.PrivacyRecordMeasurementsDocument,
    "query PrivacyKpis { kpis(first: 5) { edges { node { name } } } }": typeof types.PrivacyKpisDocument,
    "query PrivacyCodeKpis($id: ID!) { code(id: $id) { versions(first: 1) { edges { node { promises { kpis(first: 5) { edges { node { name } } } } } } } } }": typeof types.PrivacyCodeKpisDocument,
    "query PrivacyCodeStatus($codeId: ID!) { codeStatus(codeId: $codeId) { status\n    promises { promise { key } status reasons kpis { name target measurements(first: 3) { edges { node { note recordedBy { email } } } } }\n      kpiStatusCounts { status count } complaints { received } } } }": typeof types.PrivacyCodeStatusDocument,
    "query PrivacyComplaint($id: ID!) { complaint(id: $id) { reference subject description complainant { name email } timeline { to note } } }": typeof types.PrivacyComplaintDocument,
    "mutation ProbesRegister($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id } }": typeof types.ProbesRegisterDocument,
    "query ProbesTypename { __typename }": typeof types.ProbesTypenameDocument,
    "mutation ProbesSubmit($slug: String!, $input: SubmitComplaintInput!) { submitComplaint(organizationSlug: $slug, input: $input) { reference } }": typeof types.ProbesSubmitDocument,
    "mutation ProbesRecordMeasurements($input: [RecordKpiMeasurementInput!]!) { recordMeasurements(input: $input) { id } }": typeof types.ProbesRecordMeasurementsDocument,
    "query ProbesCodesAndComplaints($first: Int!) { publishedCodes(organizationSlug: \"x\") { key } complaints(first: $first) { totalCount } }": typeof types.ProbesCodesAndComplaintsDocument,
    "query ProbesComplaints { complaints(first: 5) { totalCount edges { node { id promises { key } } } } }": typeof types.ProbesComplaintsDocument,
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
    "fragment ComplaintsComplaintFields on Complaint { id version reference receivedAt channel subject description status categories\n  acknowledgementDueAt acknowledgedAt acknowledgedOnTime resolutionDueAt resolvedAt resolvedOnTime\n  decision outcome closedAt isOverdue satisfaction anonymizedAt\n  complainant { name email phone customerReference }\n  handler { id } registeredBy { id }\n  promises { id key }\n  escalation { body escalatedAt outcome binding decidedAt }\n  timeline { at from to note actor { id } } }": types.ComplaintsComplaintFieldsFragmentDoc,
    "mutation ComplaintsRegister($input: RegisterComplaintInput!) { registerComplaint(input: $input) { ...ComplaintsComplaintFields } }": types.ComplaintsRegisterDocument,
    "mutation ComplaintsSubmit($slug: String!, $input: SubmitComplaintInput!) { submitComplaint(organizationSlug: $slug, input: $input) { reference } }": types.ComplaintsSubmitDocument,
    "mutation ComplaintsUpdate($id: ID!, $input: UpdateComplaintInput!) { updateComplaint(id: $id, input: $input) { ...ComplaintsComplaintFields } }": types.ComplaintsUpdateDocument,
    "query ComplaintsComplaint($id: ID!) { complaint(id: $id) { ...ComplaintsComplaintFields } }": types.ComplaintsComplaintDocument,
    "mutation ComplaintsAcknowledge($id: ID!, $input: ComplaintStepInput!) { acknowledgeComplaint(id: $id, input: $input) { ...ComplaintsComplaintFields } }": types.ComplaintsAcknowledgeDocument,
    "mutation ComplaintsStart($id: ID!, $input: StartComplaintHandlingInput!) { startComplaintHandling(id: $id, input: $input) { ...ComplaintsComplaintFields } }": types.ComplaintsStartDocument,
    "mutation ComplaintsResolve($id: ID!, $input: ResolveComplaintInput!) { resolveComplaint(id: $id, input: $input) { ...ComplaintsComplaintFields } }": types.ComplaintsResolveDocument,
    "mutation ComplaintsClose($id: ID!, $input: ComplaintStepInput!) { closeComplaint(id: $id, input: $input) { ...ComplaintsComplaintFields } }": types.ComplaintsCloseDocument,
    "mutation ComplaintsEscalate($id: ID!, $input: EscalateComplaintInput!) { escalateComplaint(id: $id, input: $input) { ...ComplaintsComplaintFields } }": types.ComplaintsEscalateDocument,
    "mutation ComplaintsDecide($id: ID!, $input: RecordEscalationDecisionInput!) { recordEscalationDecision(id: $id, input: $input) { ...ComplaintsComplaintFields } }": types.ComplaintsDecideDocument,
    "mutation ComplaintsSatisfaction($id: ID!, $input: RecordSatisfactionInput!) { recordComplaintSatisfaction(id: $id, input: $input) { ...ComplaintsComplaintFields } }": types.ComplaintsSatisfactionDocument,
    "mutation ComplaintsAnonymize($id: ID!, $expectedVersion: Int!) { anonymizeComplaint(id: $id, expectedVersion: $expectedVersion) { ...ComplaintsComplaintFields } }": types.ComplaintsAnonymizeDocument,
    "query ComplaintsList($first: Int, $after: String, $status: [ComplaintStatus!], $category: ComplaintCategory, $promiseId: ID, $handlerId: ID,\n  $overdue: Boolean, $receivedFrom: DateTime, $receivedTo: DateTime, $search: String, $sort: ComplaintSort) {\n  complaints(first: $first, after: $after, status: $status, category: $category, promiseId: $promiseId, handlerId: $handlerId,\n    overdue: $overdue, receivedFrom: $receivedFrom, receivedTo: $receivedTo, search: $search, sort: $sort) {\n    totalCount edges { cursor node { id reference subject status isOverdue receivedAt resolutionDueAt } } pageInfo { hasNextPage endCursor } } }": types.ComplaintsListDocument,
    "query ComplaintsCounts { complaintCounts { total unresolved unresolvedOverdue byStatus { status count } } }": types.ComplaintsCountsDocument,
    "query ComplaintsOrganizationVersion { organization { version } }": types.ComplaintsOrganizationVersionDocument,
    "mutation ComplaintsUpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { version complaintPolicy { acknowledgeWithin acknowledgeUnit } } }": types.ComplaintsUpdateOrganizationDocument,
    "mutation ComplaintsAddClosureDay($input: AddClosureDayInput!) { addClosureDay(input: $input) { id date reason version } }": types.ComplaintsAddClosureDayDocument,
    "mutation ComplaintsRemoveClosureDay($date: LocalDate!, $v: Int!) { removeClosureDay(date: $date, expectedVersion: $v) { date } }": types.ComplaintsRemoveClosureDayDocument,
    "query ComplaintsClosureDays($from: LocalDate, $to: LocalDate) { closureDays(from: $from, to: $to) { totalCount edges { node { date reason } } } }": types.ComplaintsClosureDaysDocument,
    "query ComplaintsPromiseComplaints($id: ID!) { complaint(id: $id) { promises { key complaints { totalCount edges { node { id } } } } } }": types.ComplaintsPromiseComplaintsDocument,
    "query ComplaintsAuditEvents($id: ID) { auditEvents(entityId: $id, first: 100) { edges { node { action changes } } } }": types.ComplaintsAuditEventsDocument,
    "mutation ShutdownRename { updateOrganization(input: { expectedVersion: 1, name: \"Renamed\" }) { name } }": types.ShutdownRenameDocument,
    "mutation LoadersRegister($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id } }": types.LoadersRegisterDocument,
    "mutation LoadersCreateAction($input: CreateCorrectiveActionInput!) { createCorrectiveAction(input: $input) { id } }": types.LoadersCreateActionDocument,
    "query LoadersActionComplaints($id: ID!) { correctiveAction(id: $id) {\n  complaints { edges { node { id subject } } }\n  promise { complaints { edges { node { id subject } } } }\n} }": types.LoadersActionComplaintsDocument,
    "query LoadersComplaintActions($id: ID!) { complaint(id: $id) {\n  correctiveActions { edges { node { id title } } }\n  promises { correctiveActions { edges { node { id title } } } }\n} }": types.LoadersComplaintActionsDocument,
    "query LoadersPromiseComplaintCount($id: ID!) { complaint(id: $id) { promises { complaints { totalCount } } } }": types.LoadersPromiseComplaintCountDocument,
    "mutation LoadersRegisterTwice($input: RegisterComplaintInput!) {\n  a: registerComplaint(input: $input) { promises { complaints { totalCount edges { node { id } } } } }\n  b: registerComplaint(input: $input) { id promises { complaints { totalCount edges { node { id } } } } }\n}": types.LoadersRegisterTwiceDocument,
    "mutation PrivacySubmit($slug: String!, $input: SubmitComplaintInput!) { submitComplaint(organizationSlug: $slug, input: $input) { reference } }": types.PrivacySubmitDocument,
    "mutation PrivacyRegister($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id version reference } }": types.PrivacyRegisterDocument,
    "query PrivacyByReference($search: String) { complaints(search: $search, first: 5) { edges { node { id version reference } } } }": types.PrivacyByReferenceDocument,
    "mutation PrivacyUpdate($id: ID!, $input: UpdateComplaintInput!) { updateComplaint(id: $id, input: $input) { id version } }": types.PrivacyUpdateDocument,
    "mutation PrivacyAcknowledge($id: ID!, $input: ComplaintStepInput!) { acknowledgeComplaint(id: $id, input: $input) { id version } }": types.PrivacyAcknowledgeDocument,
    "mutation PrivacyStart($id: ID!, $input: StartComplaintHandlingInput!) { startComplaintHandling(id: $id, input: $input) { id version } }": types.PrivacyStartDocument,
    "mutation PrivacyResolve($id: ID!, $input: ResolveComplaintInput!) { resolveComplaint(id: $id, input: $input) { id version } }": types.PrivacyResolveDocument,
    "mutation PrivacyClose($id: ID!, $input: ComplaintStepInput!) { closeComplaint(id: $id, input: $input) { id version } }": types.PrivacyCloseDocument,
    "mutation PrivacyAnonymize($id: ID!, $expectedVersion: Int!) { anonymizeComplaint(id: $id, expectedVersion: $expectedVersion) { id anonymizedAt complainant { name } } }": types.PrivacyAnonymizeDocument,
    "mutation PrivacyCreateAction($input: CreateCorrectiveActionInput!) { createCorrectiveAction(input: $input) { id } }": types.PrivacyCreateActionDocument,
    "mutation PrivacyCreateReview($input: CreateManagementReviewInput!) { createManagementReview(input: $input) { id analysis { totals { received } } } }": types.PrivacyCreateReviewDocument,
    "mutation PrivacyCreateUsers($input: [CreateUserInput!]!) { createUsers(input: $input) { id } }": types.PrivacyCreateUsersDocument,
    "query PrivacyAnalysis($y: Int!) { complaintAnalysis(year: $y) { totals { received } } }": types.PrivacyAnalysisDocument,
    "mutation PrivacyCreateChain($input: CreateKpiChainInput!) { createKpiChain(input: $input) { id } }": types.PrivacyCreateChainDocument,
    "mutation PrivacyCreateKpi($input: CreateKpiInput!) { createKpi(input: $input) { id } }": types.PrivacyCreateKpiDocument,
    "mutation PrivacyRecordMeasurements($input: [RecordKpiMeasurementInput!]!) { recordMeasurements(input: $input) { id } }": types.PrivacyRecordMeasurementsDocument,
    "query PrivacyKpis { kpis(first: 5) { edges { node { name } } } }": types.PrivacyKpisDocument,
    "query PrivacyCodeKpis($id: ID!) { code(id: $id) { versions(first: 1) { edges { node { promises { kpis(first: 5) { edges { node { name } } } } } } } } }": types.PrivacyCodeKpisDocument,
    "query PrivacyCodeStatus($codeId: ID!) { codeStatus(codeId: $codeId) { status\n    promises { promise { key } status reasons kpis { name target measurements(first: 3) { edges { node { note recordedBy { email } } } } }\n      kpiStatusCounts { status count } complaints { received } } } }": types.PrivacyCodeStatusDocument,
    "query PrivacyComplaint($id: ID!) { complaint(id: $id) { reference subject description complainant { name email } timeline { to note } } }": types.PrivacyComplaintDocument,
    "mutation ProbesRegister($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id } }": types.ProbesRegisterDocument,
    "query ProbesTypename { __typename }": types.ProbesTypenameDocument,
    "mutation ProbesSubmit($slug: String!, $input: SubmitComplaintInput!) { submitComplaint(organizationSlug: $slug, input: $input) { reference } }": types.ProbesSubmitDocument,
    "mutation ProbesRecordMeasurements($input: [RecordKpiMeasurementInput!]!) { recordMeasurements(input: $input) { id } }": types.ProbesRecordMeasurementsDocument,
    "query ProbesCodesAndComplaints($first: Int!) { publishedCodes(organizationSlug: \"x\") { key } complaints(first: $first) { totalCount } }": types.ProbesCodesAndComplaintsDocument,
    "query ProbesComplaints { complaints(first: 5) { totalCount edges { node { id promises { key } } } } }": types.ProbesComplaintsDocument,
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
export function graphql(source: "fragment ComplaintsComplaintFields on Complaint { id version reference receivedAt channel subject description status categories\n  acknowledgementDueAt acknowledgedAt acknowledgedOnTime resolutionDueAt resolvedAt resolvedOnTime\n  decision outcome closedAt isOverdue satisfaction anonymizedAt\n  complainant { name email phone customerReference }\n  handler { id } registeredBy { id }\n  promises { id key }\n  escalation { body escalatedAt outcome binding decidedAt }\n  timeline { at from to note actor { id } } }"): typeof import('./graphql').ComplaintsComplaintFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ComplaintsRegister($input: RegisterComplaintInput!) { registerComplaint(input: $input) { ...ComplaintsComplaintFields } }"): typeof import('./graphql').ComplaintsRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ComplaintsSubmit($slug: String!, $input: SubmitComplaintInput!) { submitComplaint(organizationSlug: $slug, input: $input) { reference } }"): typeof import('./graphql').ComplaintsSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ComplaintsUpdate($id: ID!, $input: UpdateComplaintInput!) { updateComplaint(id: $id, input: $input) { ...ComplaintsComplaintFields } }"): typeof import('./graphql').ComplaintsUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ComplaintsComplaint($id: ID!) { complaint(id: $id) { ...ComplaintsComplaintFields } }"): typeof import('./graphql').ComplaintsComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ComplaintsAcknowledge($id: ID!, $input: ComplaintStepInput!) { acknowledgeComplaint(id: $id, input: $input) { ...ComplaintsComplaintFields } }"): typeof import('./graphql').ComplaintsAcknowledgeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ComplaintsStart($id: ID!, $input: StartComplaintHandlingInput!) { startComplaintHandling(id: $id, input: $input) { ...ComplaintsComplaintFields } }"): typeof import('./graphql').ComplaintsStartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ComplaintsResolve($id: ID!, $input: ResolveComplaintInput!) { resolveComplaint(id: $id, input: $input) { ...ComplaintsComplaintFields } }"): typeof import('./graphql').ComplaintsResolveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ComplaintsClose($id: ID!, $input: ComplaintStepInput!) { closeComplaint(id: $id, input: $input) { ...ComplaintsComplaintFields } }"): typeof import('./graphql').ComplaintsCloseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ComplaintsEscalate($id: ID!, $input: EscalateComplaintInput!) { escalateComplaint(id: $id, input: $input) { ...ComplaintsComplaintFields } }"): typeof import('./graphql').ComplaintsEscalateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ComplaintsDecide($id: ID!, $input: RecordEscalationDecisionInput!) { recordEscalationDecision(id: $id, input: $input) { ...ComplaintsComplaintFields } }"): typeof import('./graphql').ComplaintsDecideDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ComplaintsSatisfaction($id: ID!, $input: RecordSatisfactionInput!) { recordComplaintSatisfaction(id: $id, input: $input) { ...ComplaintsComplaintFields } }"): typeof import('./graphql').ComplaintsSatisfactionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ComplaintsAnonymize($id: ID!, $expectedVersion: Int!) { anonymizeComplaint(id: $id, expectedVersion: $expectedVersion) { ...ComplaintsComplaintFields } }"): typeof import('./graphql').ComplaintsAnonymizeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ComplaintsList($first: Int, $after: String, $status: [ComplaintStatus!], $category: ComplaintCategory, $promiseId: ID, $handlerId: ID,\n  $overdue: Boolean, $receivedFrom: DateTime, $receivedTo: DateTime, $search: String, $sort: ComplaintSort) {\n  complaints(first: $first, after: $after, status: $status, category: $category, promiseId: $promiseId, handlerId: $handlerId,\n    overdue: $overdue, receivedFrom: $receivedFrom, receivedTo: $receivedTo, search: $search, sort: $sort) {\n    totalCount edges { cursor node { id reference subject status isOverdue receivedAt resolutionDueAt } } pageInfo { hasNextPage endCursor } } }"): typeof import('./graphql').ComplaintsListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ComplaintsCounts { complaintCounts { total unresolved unresolvedOverdue byStatus { status count } } }"): typeof import('./graphql').ComplaintsCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ComplaintsOrganizationVersion { organization { version } }"): typeof import('./graphql').ComplaintsOrganizationVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ComplaintsUpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { version complaintPolicy { acknowledgeWithin acknowledgeUnit } } }"): typeof import('./graphql').ComplaintsUpdateOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ComplaintsAddClosureDay($input: AddClosureDayInput!) { addClosureDay(input: $input) { id date reason version } }"): typeof import('./graphql').ComplaintsAddClosureDayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ComplaintsRemoveClosureDay($date: LocalDate!, $v: Int!) { removeClosureDay(date: $date, expectedVersion: $v) { date } }"): typeof import('./graphql').ComplaintsRemoveClosureDayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ComplaintsClosureDays($from: LocalDate, $to: LocalDate) { closureDays(from: $from, to: $to) { totalCount edges { node { date reason } } } }"): typeof import('./graphql').ComplaintsClosureDaysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ComplaintsPromiseComplaints($id: ID!) { complaint(id: $id) { promises { key complaints { totalCount edges { node { id } } } } } }"): typeof import('./graphql').ComplaintsPromiseComplaintsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ComplaintsAuditEvents($id: ID) { auditEvents(entityId: $id, first: 100) { edges { node { action changes } } } }"): typeof import('./graphql').ComplaintsAuditEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ShutdownRename { updateOrganization(input: { expectedVersion: 1, name: \"Renamed\" }) { name } }"): typeof import('./graphql').ShutdownRenameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LoadersRegister($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id } }"): typeof import('./graphql').LoadersRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LoadersCreateAction($input: CreateCorrectiveActionInput!) { createCorrectiveAction(input: $input) { id } }"): typeof import('./graphql').LoadersCreateActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LoadersActionComplaints($id: ID!) { correctiveAction(id: $id) {\n  complaints { edges { node { id subject } } }\n  promise { complaints { edges { node { id subject } } } }\n} }"): typeof import('./graphql').LoadersActionComplaintsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LoadersComplaintActions($id: ID!) { complaint(id: $id) {\n  correctiveActions { edges { node { id title } } }\n  promises { correctiveActions { edges { node { id title } } } }\n} }"): typeof import('./graphql').LoadersComplaintActionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LoadersPromiseComplaintCount($id: ID!) { complaint(id: $id) { promises { complaints { totalCount } } } }"): typeof import('./graphql').LoadersPromiseComplaintCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LoadersRegisterTwice($input: RegisterComplaintInput!) {\n  a: registerComplaint(input: $input) { promises { complaints { totalCount edges { node { id } } } } }\n  b: registerComplaint(input: $input) { id promises { complaints { totalCount edges { node { id } } } } }\n}"): typeof import('./graphql').LoadersRegisterTwiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PrivacySubmit($slug: String!, $input: SubmitComplaintInput!) { submitComplaint(organizationSlug: $slug, input: $input) { reference } }"): typeof import('./graphql').PrivacySubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PrivacyRegister($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id version reference } }"): typeof import('./graphql').PrivacyRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PrivacyByReference($search: String) { complaints(search: $search, first: 5) { edges { node { id version reference } } } }"): typeof import('./graphql').PrivacyByReferenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PrivacyUpdate($id: ID!, $input: UpdateComplaintInput!) { updateComplaint(id: $id, input: $input) { id version } }"): typeof import('./graphql').PrivacyUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PrivacyAcknowledge($id: ID!, $input: ComplaintStepInput!) { acknowledgeComplaint(id: $id, input: $input) { id version } }"): typeof import('./graphql').PrivacyAcknowledgeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PrivacyStart($id: ID!, $input: StartComplaintHandlingInput!) { startComplaintHandling(id: $id, input: $input) { id version } }"): typeof import('./graphql').PrivacyStartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PrivacyResolve($id: ID!, $input: ResolveComplaintInput!) { resolveComplaint(id: $id, input: $input) { id version } }"): typeof import('./graphql').PrivacyResolveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PrivacyClose($id: ID!, $input: ComplaintStepInput!) { closeComplaint(id: $id, input: $input) { id version } }"): typeof import('./graphql').PrivacyCloseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PrivacyAnonymize($id: ID!, $expectedVersion: Int!) { anonymizeComplaint(id: $id, expectedVersion: $expectedVersion) { id anonymizedAt complainant { name } } }"): typeof import('./graphql').PrivacyAnonymizeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PrivacyCreateAction($input: CreateCorrectiveActionInput!) { createCorrectiveAction(input: $input) { id } }"): typeof import('./graphql').PrivacyCreateActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PrivacyCreateReview($input: CreateManagementReviewInput!) { createManagementReview(input: $input) { id analysis { totals { received } } } }"): typeof import('./graphql').PrivacyCreateReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PrivacyCreateUsers($input: [CreateUserInput!]!) { createUsers(input: $input) { id } }"): typeof import('./graphql').PrivacyCreateUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PrivacyAnalysis($y: Int!) { complaintAnalysis(year: $y) { totals { received } } }"): typeof import('./graphql').PrivacyAnalysisDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PrivacyCreateChain($input: CreateKpiChainInput!) { createKpiChain(input: $input) { id } }"): typeof import('./graphql').PrivacyCreateChainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PrivacyCreateKpi($input: CreateKpiInput!) { createKpi(input: $input) { id } }"): typeof import('./graphql').PrivacyCreateKpiDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PrivacyRecordMeasurements($input: [RecordKpiMeasurementInput!]!) { recordMeasurements(input: $input) { id } }"): typeof import('./graphql').PrivacyRecordMeasurementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PrivacyKpis { kpis(first: 5) { edges { node { name } } } }"): typeof import('./graphql').PrivacyKpisDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PrivacyCodeKpis($id: ID!) { code(id: $id) { versions(first: 1) { edges { node { promises { kpis(first: 5) { edges { node { name } } } } } } } } }"): typeof import('./graphql').PrivacyCodeKpisDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PrivacyCodeStatus($codeId: ID!) { codeStatus(codeId: $codeId) { status\n    promises { promise { key } status reasons kpis { name target measurements(first: 3) { edges { node { note recordedBy { email } } } } }\n      kpiStatusCounts { status count } complaints { received } } } }"): typeof import('./graphql').PrivacyCodeStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PrivacyComplaint($id: ID!) { complaint(id: $id) { reference subject description complainant { name email } timeline { to note } } }"): typeof import('./graphql').PrivacyComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProbesRegister($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id } }"): typeof import('./graphql').ProbesRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProbesTypename { __typename }"): typeof import('./graphql').ProbesTypenameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProbesSubmit($slug: String!, $input: SubmitComplaintInput!) { submitComplaint(organizationSlug: $slug, input: $input) { reference } }"): typeof import('./graphql').ProbesSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProbesRecordMeasurements($input: [RecordKpiMeasurementInput!]!) { recordMeasurements(input: $input) { id } }"): typeof import('./graphql').ProbesRecordMeasurementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProbesCodesAndComplaints($first: Int!) { publishedCodes(organizationSlug: \"x\") { key } complaints(first: $first) { totalCount } }"): typeof import('./graphql').ProbesCodesAndComplaintsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProbesComplaints { complaints(first: 5) { totalCount edges { node { id promises { key } } } } }"): typeof import('./graphql').ProbesComplaintsDocument;
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
