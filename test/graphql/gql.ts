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
    "query LanguagesOrganization { organization { languages version } }": typeof types.LanguagesOrganizationDocument,
    "mutation LanguagesUpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { languages version } }": typeof types.LanguagesUpdateOrganizationDocument,
    "mutation LanguagesTranslate($id: ID!, $input: TranslateCodeVersionInput!) {\n  translateCodeVersion(id: $id, input: $input) { id revision language missingLanguages translations { language title policyStatement promises { key title text } } } }": typeof types.LanguagesTranslateDocument,
    "query LanguagesVersion($id: ID!) {\n  codeVersion(id: $id) { id revision status language missingLanguages staleLanguages translations { language title policyStatement promises { key title text } } } }": typeof types.LanguagesVersionDocument,
    "query LanguagesPublishedCode($slug: String!, $key: String!, $language: String) {\n  publishedCode(organizationSlug: $slug, codeKey: $key, language: $language) {\n    key title language availableLanguages currentVersion { version policyStatement promises { key title text } } } }": typeof types.LanguagesPublishedCodeDocument,
    "query LanguagesPublishedCodes($slug: String!, $language: String) {\n  publishedCodes(organizationSlug: $slug, language: $language) { key title language availableLanguages } }": typeof types.LanguagesPublishedCodesDocument,
    "mutation LanguagesSubmitComplaint($slug: String!, $input: SubmitComplaintInput!) { submitComplaint(organizationSlug: $slug, input: $input) { reference } }": typeof types.LanguagesSubmitComplaintDocument,
    "mutation LanguagesRegister($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id version language } }": typeof types.LanguagesRegisterDocument,
    "mutation LanguagesUpdateComplaint($id: ID!, $input: UpdateComplaintInput!) { updateComplaint(id: $id, input: $input) { id version language } }": typeof types.LanguagesUpdateComplaintDocument,
    "query LanguagesComplaint($id: ID!) { complaint(id: $id) { id version language letters { kind language subject body } } }": typeof types.LanguagesComplaintDocument,
    "mutation LanguagesCreateTemplate($input: CreateLetterTemplateInput!) { createLetterTemplate(input: $input) { id language } }": typeof types.LanguagesCreateTemplateDocument,
    "mutation LanguagesAcknowledge($id: ID!, $input: AcknowledgeComplaintInput!) {\n  acknowledgeComplaint(id: $id, input: $input) { id status letters { kind language subject body } } }": typeof types.LanguagesAcknowledgeDocument,
    "mutation LanguagesReturn($id: ID!, $input: ReturnCodeVersionInput!) { returnCodeVersionToDraft(id: $id, input: $input) { revision } }": typeof types.LanguagesReturnDocument,
    "mutation LanguagesReturnStale($id: ID!, $input: ReturnCodeVersionInput!) { returnCodeVersionToDraft(id: $id, input: $input) { revision } }": typeof types.LanguagesReturnStaleDocument,
    "query CodesDue($within: Int!) { codesDueForReview(within: $within) { id nextReviewDue code { key } } }": typeof types.CodesDueDocument,
    "fragment CommunicationPlanFields on CommunicationPlan {\n  id version audience channel message frequency plannedOn executedOn status evidence cancellationReason codeVersion { id version } owner { id } }": typeof types.CommunicationPlanFieldsFragmentDoc,
    "mutation CommunicationCreate($input: CreateCommunicationPlanInput!) { createCommunicationPlan(input: $input) { ...CommunicationPlanFields } }": typeof types.CommunicationCreateDocument,
    "mutation CommunicationUpdate($id: ID!, $input: UpdateCommunicationPlanInput!) { updateCommunicationPlan(id: $id, input: $input) { ...CommunicationPlanFields } }": typeof types.CommunicationUpdateDocument,
    "mutation CommunicationComplete($id: ID!, $input: CompleteCommunicationPlanInput!) { completeCommunicationPlan(id: $id, input: $input) { ...CommunicationPlanFields } }": typeof types.CommunicationCompleteDocument,
    "mutation CommunicationCancel($id: ID!, $input: CancelCommunicationPlanInput!) { cancelCommunicationPlan(id: $id, input: $input) { ...CommunicationPlanFields } }": typeof types.CommunicationCancelDocument,
    "mutation CommunicationDelete($id: ID!, $v: Int!) { deleteCommunicationPlan(id: $id, expectedVersion: $v) { id } }": typeof types.CommunicationDeleteDocument,
    "query CommunicationPlan($id: ID!) { communicationPlan(id: $id) { ...CommunicationPlanFields } }": typeof types.CommunicationPlanDocument,
    "query CommunicationPlans($codeVersionId: ID, $audience: CommunicationAudience, $status: CommunicationPlanStatus, $first: Int, $after: String) {\n  communicationPlans(codeVersionId: $codeVersionId, audience: $audience, status: $status, first: $first, after: $after) {\n    totalCount edges { node { message plannedOn } } pageInfo { hasNextPage endCursor } } }": typeof types.CommunicationPlansDocument,
    "query CommunicationCoverage($id: ID!) { communicationCoverage(codeVersionId: $id) {\n  codeVersion { id } inForce reached notReached audiences { audience reached donePlans plannedPlans lastReachedOn nextPlannedOn } } }": typeof types.CommunicationCoverageDocument,
    "fragment LawComplaintFields on Complaint { id version reference status kind receivedAt\n  acknowledgementDueAt resolutionDueAt extendedResolutionDueAt workingResolutionDueAt pausedAt pausedWorkingDays\n  resolvedAt resolvedOnTime closedAt reopenedAt reopenCount outsideCodeReason isOverdue anonymizedAt\n  complainantType complainantMandate employeeInformedAt employeeConcerned { id } handler { id } registeredBy { id }\n  complainant { name address mandateReference }\n  timeline { kind from to note dueAt actor { id } } }": typeof types.LawComplaintFieldsFragmentDoc,
    "query LawLetters($id: ID!) { complaint(id: $id) { letters { id kind language body } timeline { kind letter { id kind } } } }": typeof types.LawLettersDocument,
    "query LawOrganization { organization { version statutoryRulePack complaintPolicy { acknowledgeWithin acknowledgeUnit resolveWithin resolveUnit }\n  statutoryRules { pack title acknowledgement { within unit source { law article url } } disputesBody { required source { law } } retention { years source { law article url } } notes }\n  compliance { rule field description currentValue requiredValue source { law article url } } } }": typeof types.LawOrganizationDocument,
    "mutation LawUpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { version statutoryRulePack\n  complaintPolicy { acknowledgeWithin acknowledgeUnit } compliance { rule currentValue requiredValue } } }": typeof types.LawUpdateOrganizationDocument,
    "mutation LawRegister($input: RegisterComplaintInput!) { registerComplaint(input: $input) { ...LawComplaintFields } }": typeof types.LawRegisterDocument,
    "mutation LawSubmit($slug: String!, $input: SubmitComplaintInput!) { submitComplaint(organizationSlug: $slug, input: $input) { reference } }": typeof types.LawSubmitDocument,
    "query LawComplaint($id: ID!) { complaint(id: $id) { ...LawComplaintFields } }": typeof types.LawComplaintDocument,
    "query LawList($overdue: Boolean, $kind: ComplaintKind, $search: String) { complaints(first: 100, overdue: $overdue, kind: $kind, search: $search) {\n  totalCount edges { node { id reference isOverdue } } } }": typeof types.LawListDocument,
    "mutation LawUpdate($id: ID!, $input: UpdateComplaintInput!) { updateComplaint(id: $id, input: $input) { ...LawComplaintFields } }": typeof types.LawUpdateDocument,
    "mutation LawAcknowledge($id: ID!, $input: AcknowledgeComplaintInput!) { acknowledgeComplaint(id: $id, input: $input) { ...LawComplaintFields } }": typeof types.LawAcknowledgeDocument,
    "mutation LawStart($id: ID!, $input: StartComplaintHandlingInput!) { startComplaintHandling(id: $id, input: $input) { ...LawComplaintFields } }": typeof types.LawStartDocument,
    "mutation LawResolve($id: ID!, $input: ResolveComplaintInput!) { resolveComplaint(id: $id, input: $input) { ...LawComplaintFields } }": typeof types.LawResolveDocument,
    "mutation LawClose($id: ID!, $input: ComplaintStepInput!) { closeComplaint(id: $id, input: $input) { ...LawComplaintFields } }": typeof types.LawCloseDocument,
    "mutation LawInform($id: ID!, $input: ComplaintStepInput!) { informEmployeeConcerned(id: $id, input: $input) { ...LawComplaintFields } }": typeof types.LawInformDocument,
    "mutation LawExtend($id: ID!, $input: ExtendComplaintDeadlineInput!) { extendComplaintDeadline(id: $id, input: $input) { ...LawComplaintFields } }": typeof types.LawExtendDocument,
    "mutation LawPause($id: ID!, $input: ComplaintReasonInput!) { pauseComplaint(id: $id, input: $input) { ...LawComplaintFields } }": typeof types.LawPauseDocument,
    "mutation LawResume($id: ID!, $input: ComplaintStepInput!) { resumeComplaint(id: $id, input: $input) { ...LawComplaintFields } }": typeof types.LawResumeDocument,
    "mutation LawReopen($id: ID!, $input: ComplaintReasonInput!) { reopenComplaint(id: $id, input: $input) { ...LawComplaintFields } }": typeof types.LawReopenDocument,
    "mutation LawAnonymize($id: ID!, $expectedVersion: Int!) { anonymizeComplaint(id: $id, expectedVersion: $expectedVersion) { ...LawComplaintFields } }": typeof types.LawAnonymizeDocument,
    "query LawDue { complaintsDueForAnonymisation { dryRun due references } }": typeof types.LawDueDocument,
    "mutation LawAnonymizeDue($input: AnonymizeDueComplaintsInput!) { anonymizeDueComplaints(input: $input) { dryRun due references } }": typeof types.LawAnonymizeDueDocument,
    "query LawCodeGaps { codeGaps { total words { word count } byCategory { category count words { word count } } } }": typeof types.LawCodeGapsDocument,
    "query LawAnalysis($year: Int!) { complaintAnalysis(year: $year) { totals { received resolved unresolved withoutPromise } } }": typeof types.LawAnalysisDocument,
    "query LawCodeStatus($codeId: ID!) { codeStatus(codeId: $codeId) { promises { promise { key } complaints { received open } } } }": typeof types.LawCodeStatusDocument,
    "query LawAudit($id: ID) { auditEvents(entityId: $id, first: 50) { edges { node { action changes } } } }": typeof types.LawAuditDocument,
    "mutation TrackingSubmit($slug: String!, $input: SubmitComplaintInput!) { submitComplaint(organizationSlug: $slug, input: $input) { reference trackingSecret } }": typeof types.TrackingSubmitDocument,
    "query TrackingStatus($slug: String!, $reference: String!, $secret: String!) {\n  complaintStatus(organizationSlug: $slug, reference: $reference, secret: $secret) {\n    reference status receivedAt acknowledgementDueAt resolutionDueAt extensionReason\n    letters { kind sentAt language subject body } outcome disputesRoute { name postalAddress website appealWithinMonths } } }": typeof types.TrackingStatusDocument,
    "query TrackingComplaints($search: String) { complaints(first: 5, search: $search) { edges { node { id version reference } } } }": typeof types.TrackingComplaintsDocument,
    "mutation TrackingRegister($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id version reference } }": typeof types.TrackingRegisterDocument,
    "mutation TrackingIssue($id: ID!) { issueComplaintTrackingSecret(id: $id) { reference trackingSecret } }": typeof types.TrackingIssueDocument,
    "mutation TrackingUpdate($id: ID!, $input: UpdateComplaintInput!) { updateComplaint(id: $id, input: $input) { version } }": typeof types.TrackingUpdateDocument,
    "mutation TrackingAcknowledge($id: ID!, $input: AcknowledgeComplaintInput!) { acknowledgeComplaint(id: $id, input: $input) { version } }": typeof types.TrackingAcknowledgeDocument,
    "mutation TrackingStart($id: ID!, $input: StartComplaintHandlingInput!) { startComplaintHandling(id: $id, input: $input) { version } }": typeof types.TrackingStartDocument,
    "mutation TrackingExtend($id: ID!, $input: ExtendComplaintDeadlineInput!) { extendComplaintDeadline(id: $id, input: $input) { version workingResolutionDueAt } }": typeof types.TrackingExtendDocument,
    "mutation TrackingResolve($id: ID!, $input: ResolveComplaintInput!) { resolveComplaint(id: $id, input: $input) { version } }": typeof types.TrackingResolveDocument,
    "mutation TrackingClose($id: ID!, $input: ComplaintStepInput!) { closeComplaint(id: $id, input: $input) { version } }": typeof types.TrackingCloseDocument,
    "mutation TrackingAnonymize($id: ID!, $expectedVersion: Int!) { anonymizeComplaint(id: $id, expectedVersion: $expectedVersion) { anonymizedAt } }": typeof types.TrackingAnonymizeDocument,
    "query TrackingAudit($id: ID!) { auditEvents(first: 20, entityId: $id) { edges { node { action changes } } } }": typeof types.TrackingAuditDocument,
    "query ComplaintsByPromisePage($promiseId: ID!, $status: [ComplaintStatus!], $first: Int, $after: String) {\n  complaints(promiseId: $promiseId, status: $status, first: $first, after: $after) {\n    totalCount pageInfo { hasNextPage endCursor } edges { node { id receivedAt } } } }": typeof types.ComplaintsByPromisePageDocument,
    "fragment ComplaintsComplaintFields on Complaint { id version reference receivedAt channel subject description status categories\n  acknowledgementDueAt acknowledgedAt acknowledgedOnTime resolutionDueAt resolvedAt resolvedOnTime\n  decision outcome closedAt isOverdue satisfaction anonymizedAt\n  complainant { name email phone customerReference }\n  handler { id } registeredBy { id }\n  promises { id key }\n  escalation { body escalatedAt outcome binding decidedAt }\n  timeline { at from to note actor { id } } }": typeof types.ComplaintsComplaintFieldsFragmentDoc,
    "mutation ComplaintsRegister($input: RegisterComplaintInput!) { registerComplaint(input: $input) { ...ComplaintsComplaintFields } }": typeof types.ComplaintsRegisterDocument,
    "mutation ComplaintsSubmit($slug: String!, $input: SubmitComplaintInput!) { submitComplaint(organizationSlug: $slug, input: $input) { reference } }": typeof types.ComplaintsSubmitDocument,
    "mutation ComplaintsUpdate($id: ID!, $input: UpdateComplaintInput!) { updateComplaint(id: $id, input: $input) { ...ComplaintsComplaintFields } }": typeof types.ComplaintsUpdateDocument,
    "query ComplaintsComplaint($id: ID!) { complaint(id: $id) { ...ComplaintsComplaintFields } }": typeof types.ComplaintsComplaintDocument,
    "mutation ComplaintsAcknowledge($id: ID!, $input: AcknowledgeComplaintInput!) { acknowledgeComplaint(id: $id, input: $input) { ...ComplaintsComplaintFields } }": typeof types.ComplaintsAcknowledgeDocument,
    "mutation ComplaintsStart($id: ID!, $input: StartComplaintHandlingInput!) { startComplaintHandling(id: $id, input: $input) { ...ComplaintsComplaintFields } }": typeof types.ComplaintsStartDocument,
    "mutation ComplaintsResolve($id: ID!, $input: ResolveComplaintInput!) { resolveComplaint(id: $id, input: $input) { ...ComplaintsComplaintFields } }": typeof types.ComplaintsResolveDocument,
    "mutation ComplaintsClose($id: ID!, $input: ComplaintStepInput!) { closeComplaint(id: $id, input: $input) { ...ComplaintsComplaintFields } }": typeof types.ComplaintsCloseDocument,
    "mutation ComplaintsEscalate($id: ID!, $input: EscalateComplaintInput!) { escalateComplaint(id: $id, input: $input) { ...ComplaintsComplaintFields } }": typeof types.ComplaintsEscalateDocument,
    "mutation ComplaintsDecide($id: ID!, $input: RecordEscalationDecisionInput!) { recordEscalationDecision(id: $id, input: $input) { ...ComplaintsComplaintFields } }": typeof types.ComplaintsDecideDocument,
    "query ComplaintsDisputesCase($id: ID!) { complaint(id: $id) { disputesCase { status outcome binding body { name outcomeKind } } } }": typeof types.ComplaintsDisputesCaseDocument,
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
    "fragment ActionsActionFields on CorrectiveAction {\n  id version kind title rootCause plannedAction dueOn status startedAt doneAt reopenNote cancellationReason cancelledAt decidedAt isOverdue\n  promise { id key } complaints { edges { node { id } } } owner { id } decidedBy { id } createdBy { id }\n  effectivenessCheck { verifiedBy { id } verifiedOn effective note } }": typeof types.ActionsActionFieldsFragmentDoc,
    "mutation ActionsCreate($input: CreateCorrectiveActionInput!) { createCorrectiveAction(input: $input) { ...ActionsActionFields } }": typeof types.ActionsCreateDocument,
    "mutation ActionsUpdate($id: ID!, $input: UpdateCorrectiveActionInput!) { updateCorrectiveAction(id: $id, input: $input) { ...ActionsActionFields } }": typeof types.ActionsUpdateDocument,
    "mutation ActionsStart($id: ID!, $input: CorrectiveActionStepInput!) { startCorrectiveAction(id: $id, input: $input) { ...ActionsActionFields } }": typeof types.ActionsStartDocument,
    "mutation ActionsComplete($id: ID!, $input: CorrectiveActionStepInput!) { completeCorrectiveAction(id: $id, input: $input) { ...ActionsActionFields } }": typeof types.ActionsCompleteDocument,
    "mutation ActionsCheck($id: ID!, $input: CheckEffectivenessInput!) { checkCorrectiveActionEffectiveness(id: $id, input: $input) { ...ActionsActionFields } }": typeof types.ActionsCheckDocument,
    "mutation ActionsReopen($id: ID!, $input: ReopenCorrectiveActionInput!) { reopenCorrectiveAction(id: $id, input: $input) { ...ActionsActionFields } }": typeof types.ActionsReopenDocument,
    "mutation ActionsCancel($id: ID!, $input: CancelCorrectiveActionInput!) { cancelCorrectiveAction(id: $id, input: $input) { ...ActionsActionFields } }": typeof types.ActionsCancelDocument,
    "query ActionsAction($id: ID!) { correctiveAction(id: $id) { ...ActionsActionFields } }": typeof types.ActionsActionDocument,
    "query ActionsList($status: [CorrectiveActionStatus!], $kind: CorrectiveActionKind, $promiseId: ID, $overdue: Boolean) {\n  correctiveActions(first: 100, status: $status, kind: $kind, promiseId: $promiseId, overdue: $overdue) { totalCount edges { node { id dueOn } } } }": typeof types.ActionsListDocument,
    "query ActionsOverdue($first: Int, $after: String) { overdueCorrectiveActions(first: $first, after: $after) {\n  totalCount edges { node { id dueOn status isOverdue } } pageInfo { hasNextPage endCursor } } }": typeof types.ActionsOverdueDocument,
    "mutation ActionsRegisterComplaint($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id version reference } }": typeof types.ActionsRegisterComplaintDocument,
    "query ActionsComplaintActions($id: ID!) { complaint(id: $id) { correctiveActions { edges { node { id promise { key complaints { edges { node { id } } } correctiveActions { edges { node { id } } } } } } } } }": typeof types.ActionsComplaintActionsDocument,
    "query ActionsComplaintPromises($id: ID!) { complaint(id: $id) { promises { id correctiveActions { edges { node { id } } } } } }": typeof types.ActionsComplaintPromisesDocument,
    "query ActionsAuditEvents($id: ID) { auditEvents(entityId: $id, first: 10) { edges { node { action changes } } } }": typeof types.ActionsAuditEventsDocument,
    "fragment CorrespondenceTemplateFields on LetterTemplate { id kind language subject body version }": typeof types.CorrespondenceTemplateFieldsFragmentDoc,
    "mutation CorrespondenceCreateTemplate($input: CreateLetterTemplateInput!) { createLetterTemplate(input: $input) { ...CorrespondenceTemplateFields } }": typeof types.CorrespondenceCreateTemplateDocument,
    "mutation CorrespondenceUpdateTemplate($id: ID!, $input: UpdateLetterTemplateInput!) { updateLetterTemplate(id: $id, input: $input) { ...CorrespondenceTemplateFields } }": typeof types.CorrespondenceUpdateTemplateDocument,
    "mutation CorrespondenceDeleteTemplate($id: ID!, $v: Int!) { deleteLetterTemplate(id: $id, expectedVersion: $v) { id } }": typeof types.CorrespondenceDeleteTemplateDocument,
    "query CorrespondenceTemplates($kind: LetterKind, $language: String) { letterTemplates(kind: $kind, language: $language) { totalCount edges { node { kind language } } } }": typeof types.CorrespondenceTemplatesDocument,
    "query CorrespondencePlaceholders { letterPlaceholders { name description requiredIn } }": typeof types.CorrespondencePlaceholdersDocument,
    "query CorrespondencePreview($complaintId: ID!, $kind: LetterKind!, $language: String, $decision: String) {\n  previewLetter(complaintId: $complaintId, kind: $kind, language: $language, decision: $decision) { kind language templateId subject body missing } }": typeof types.CorrespondencePreviewDocument,
    "mutation CorrespondenceRegister($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id version reference receivedAt resolutionDueAt } }": typeof types.CorrespondenceRegisterDocument,
    "mutation CorrespondenceAcknowledge($id: ID!, $input: AcknowledgeComplaintInput!) {\n  acknowledgeComplaint(id: $id, input: $input) { id version status acknowledgedAt acknowledgedOnTime\n    letters { id kind language channel sentAt subject body edited sentBy { id } }\n    timeline { to letter { id kind } } } }": typeof types.CorrespondenceAcknowledgeDocument,
    "mutation CorrespondenceStart($id: ID!, $input: StartComplaintHandlingInput!) { startComplaintHandling(id: $id, input: $input) { id version } }": typeof types.CorrespondenceStartDocument,
    "mutation CorrespondenceResolve($id: ID!, $input: ResolveComplaintInput!) {\n  resolveComplaint(id: $id, input: $input) { id version status resolvedAt letters { kind language channel body edited } timeline { to letter { kind } } } }": typeof types.CorrespondenceResolveDocument,
    "query CorrespondenceComplaint($id: ID!) { complaint(id: $id) { status version letters { kind body subject } } }": typeof types.CorrespondenceComplaintDocument,
    "query CorrespondenceMember($id: ID!) { user(id: $id) { name } }": typeof types.CorrespondenceMemberDocument,
    "mutation CorrespondenceExtend($id: ID!, $input: ExtendComplaintDeadlineInput!) {\n  extendComplaintDeadline(id: $id, input: $input) { id version workingResolutionDueAt\n    letters { id kind language channel sentAt subject body edited }\n    timeline { kind dueAt note letter { id kind } } } }": typeof types.CorrespondenceExtendDocument,
    "query CorrespondenceExtended($id: ID!) { complaint(id: $id) { version workingResolutionDueAt extendedResolutionDueAt letters { kind } timeline { kind } } }": typeof types.CorrespondenceExtendedDocument,
    "mutation FaultsCreateResource($input: CreateResourceInput!) { createResource(input: $input) { id description } }": typeof types.FaultsCreateResourceDocument,
    "mutation FaultsRenameOrganization($name: String!) { updateOrganization(input: { expectedVersion: 1, name: $name }) { name } }": typeof types.FaultsRenameOrganizationDocument,
    "query FaultsMe { me { id } }": typeof types.FaultsMeDocument,
    "fragment DisputesBodyFields on DisputesBody { id name outcomeKind feeCents currency feeRefundRule responseWithin responseUnit appealWithinMonths website source isDefault version }": typeof types.DisputesBodyFieldsFragmentDoc,
    "fragment DisputesCaseFields on DisputesCase { id version origin status bodyReference filedAt responseDueAt respondedAt respondedOnTime outcome decidedAt binding\n  adviceFollowed feeCents feeCurrency feeRefundDue feeRefundedOn closedAt compliance { on description documentReference }\n  body { id name } complaint { id status version reference escalation { body escalatedAt outcome binding decidedAt } timeline { from to } } }": typeof types.DisputesCaseFieldsFragmentDoc,
    "mutation DisputesCreateBody($input: CreateDisputesBodyInput!) { createDisputesBody(input: $input) { ...DisputesBodyFields } }": typeof types.DisputesCreateBodyDocument,
    "mutation DisputesUpdateBody($id: ID!, $input: UpdateDisputesBodyInput!) { updateDisputesBody(id: $id, input: $input) { ...DisputesBodyFields } }": typeof types.DisputesUpdateBodyDocument,
    "query DisputesBodies { disputesBodies(first: 50) { edges { node { name isDefault } } } }": typeof types.DisputesBodiesDocument,
    "mutation DisputesOpen($input: OpenDisputesCaseInput!) { openDisputesCase(input: $input) { ...DisputesCaseFields } }": typeof types.DisputesOpenDocument,
    "mutation DisputesForwarded($input: RegisterForwardedDisputesCaseInput!) { registerForwardedDisputesCase(input: $input) { ...DisputesCaseFields } }": typeof types.DisputesForwardedDocument,
    "mutation DisputesRespond($id: ID!, $input: RespondToDisputesCaseInput!) { respondToDisputesCase(id: $id, input: $input) { ...DisputesCaseFields } }": typeof types.DisputesRespondDocument,
    "mutation DisputesDecide($id: ID!, $input: DecideDisputesCaseInput!) { decideDisputesCase(id: $id, input: $input) { ...DisputesCaseFields } }": typeof types.DisputesDecideDocument,
    "mutation DisputesClose($id: ID!, $input: CloseDisputesCaseInput!) { closeDisputesCase(id: $id, input: $input) { ...DisputesCaseFields } }": typeof types.DisputesCloseDocument,
    "query DisputesCases($status: [DisputesCaseStatus!]) { disputesCases(status: $status, first: 100) { totalCount edges { node { id status } } } }": typeof types.DisputesCasesDocument,
    "query DisputesComplaint($id: ID!) { complaint(id: $id) { id status version disputesCase { id status } } }": typeof types.DisputesComplaintDocument,
    "mutation DisputesRegister($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id version } }": typeof types.DisputesRegisterDocument,
    "mutation DisputesAcknowledge($id: ID!, $input: AcknowledgeComplaintInput!) { acknowledgeComplaint(id: $id, input: $input) { id version } }": typeof types.DisputesAcknowledgeDocument,
    "mutation DisputesStart($id: ID!, $input: StartComplaintHandlingInput!) { startComplaintHandling(id: $id, input: $input) { id version } }": typeof types.DisputesStartDocument,
    "mutation DisputesResolve($id: ID!, $input: ResolveComplaintInput!) { resolveComplaint(id: $id, input: $input) { id version resolvedAt } }": typeof types.DisputesResolveDocument,
    "mutation DisputesCloseComplaint($id: ID!, $input: ComplaintStepInput!) { closeComplaint(id: $id, input: $input) { id version } }": typeof types.DisputesCloseComplaintDocument,
    "mutation DisputesAnonymize($id: ID!, $v: Int!) { anonymizeComplaint(id: $id, expectedVersion: $v) { id anonymizedAt } }": typeof types.DisputesAnonymizeDocument,
    "query DisputesCodeStatus($codeId: ID!) { codeStatus(codeId: $codeId) { promises { promise { key } complaints { received disputes { cases rated overturned overturnRate } } } } }": typeof types.DisputesCodeStatusDocument,
    "query DisputesAnalysis($year: Int!) { complaintAnalysis(year: $year) { byPromise { promiseKey complaints disputes { cases rated overturned overturnRate } } } }": typeof types.DisputesAnalysisDocument,
    "mutation PayloadsSubscribe($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { secret } }": typeof types.PayloadsSubscribeDocument,
    "mutation PayloadsRegister($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id version } }": typeof types.PayloadsRegisterDocument,
    "mutation PayloadsAcknowledge($id: ID!, $input: AcknowledgeComplaintInput!) { acknowledgeComplaint(id: $id, input: $input) { id version } }": typeof types.PayloadsAcknowledgeDocument,
    "mutation PayloadsRenameMember($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id version } }": typeof types.PayloadsRenameMemberDocument,
    "query PayloadsMember($id: ID!) { user(id: $id) { version } }": typeof types.PayloadsMemberDocument,
    "query ExamplesClientComplaintCount { complaints(first: 1) { totalCount } }": typeof types.ExamplesClientComplaintCountDocument,
    "query ExamplesClientFirstCode { codes(first: 1) { edges { node { id version } } } }": typeof types.ExamplesClientFirstCodeDocument,
    "\n  mutation FinautCreateRequirement($input: CreateTrainingRequirementInput!) {\n    createTrainingRequirement(input: $input) {\n      id\n      authorisation\n      subject\n    }\n  }\n": typeof types.FinautCreateRequirementDocument,
    "\n  mutation FinautCreateRecord($input: CreateTrainingRecordInput!) {\n    createTrainingRecord(input: $input) {\n      id\n    }\n  }\n": typeof types.FinautCreateRecordDocument,
    "\n  query FinautStatus($personId: ID!) {\n    authorisationStatus(personId: $personId) {\n      eligibility\n      missingItems\n      practice {\n        requiredMonths\n        documentedMonths\n      }\n      elements {\n        assessment\n        topic\n        subject\n        status\n        validUntil\n        requirement {\n          title\n        }\n      }\n      registration {\n        version\n        practiceMonths\n        registerStatus\n        registerNumber\n      }\n    }\n  }\n": typeof types.FinautStatusDocument,
    "\n  mutation FinautRegister($input: RecordAuthorisationRegistrationInput!) {\n    recordAuthorisationRegistration(input: $input) {\n      version\n      practiceMonths\n      registerStatus\n      registerNumber\n      registerStatusSince\n    }\n  }\n": typeof types.FinautRegisterDocument,
    "query FoundationUsers($first: Int, $after: String) { users(first: $first, after: $after) { totalCount edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }": typeof types.FoundationUsersDocument,
    "mutation FoundationCreateUsers($input: [CreateUserInput!]!) { createUsers(input: $input) { id email version } }": typeof types.FoundationCreateUsersDocument,
    "mutation FoundationUpdateUser($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id name version } }": typeof types.FoundationUpdateUserDocument,
    "query FoundationUser($id: ID!) { user(id: $id) { id name } }": typeof types.FoundationUserDocument,
    "query FoundationDashboard { me { id } }": typeof types.FoundationDashboardDocument,
    "query FoundationWhoAmI { me { id roles organizationSlug user { name } } organization { slug timezone holidayCountry } }": typeof types.FoundationWhoAmIDocument,
    "query FoundationPartialDashboard { me { id roles } auditEvents(first: 5) { totalCount } organization { slug } }": typeof types.FoundationPartialDashboardDocument,
    "query FoundationAudit($entityId: ID, $first: Int, $after: String) { auditEvents(entityId: $entityId, first: $first, after: $after) {\n      totalCount edges { cursor node { action entityType entityId actorId actorRoles changes } } pageInfo { hasNextPage endCursor } } }": typeof types.FoundationAuditDocument,
    "mutation ShutdownRename { updateOrganization(input: { expectedVersion: 1, name: \"Renamed\" }) { name } }": typeof types.ShutdownRenameDocument,
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
    "\n  query IsoClausesFramework {\n    normFramework(key: \"ISO10001\") {\n      requirements {\n        ref\n        title\n        children {\n          ref\n          title\n        }\n      }\n    }\n  }\n": typeof types.IsoClausesFrameworkDocument,
    "\n  mutation InstancesSubscribe($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { secret subscription { id } } }\n": typeof types.InstancesSubscribeDocument,
    "mutation InstancesRename($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { version } }": typeof types.InstancesRenameDocument,
    "query InstancesVersion { organization { version } }": typeof types.InstancesVersionDocument,
    "\n  query OperationsJobs($state: JobState, $queue: String) {\n    jobs(state: $state, queue: $queue) { enabled queues { name waiting retrying active completed failed } jobs { id queue state retryCount retryLimit createdAt completedAt error } }\n  }\n": typeof types.OperationsJobsDocument,
    "mutation JobsShutdownSubscribe($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { secret } }": typeof types.JobsShutdownSubscribeDocument,
    "mutation JobsShutdownRename { updateOrganization(input: { expectedVersion: 1, name: \"Renamed\" }) { name } }": typeof types.JobsShutdownRenameDocument,
    "query JwksWhoAmI { me { id roles organizationSlug } }": typeof types.JwksWhoAmIDocument,
    "query JwksMeId { me { id } }": typeof types.JwksMeIdDocument,
    "query JwksMember { me { id roles user { id email externalSubject } } }": typeof types.JwksMemberDocument,
    "fragment KpisKpiFields on Kpi { id version name kind unit direction target threshold frequency promiseKey archived archivedAt\n  chain { id name } code { id key } promise { id key title } }": typeof types.KpisKpiFieldsFragmentDoc,
    "mutation KpisCreateChain($input: CreateKpiChainInput!) { createKpiChain(input: $input) { id name version activeKpiCount kpiLimit capacityWarning } }": typeof types.KpisCreateChainDocument,
    "query KpisChain($id: ID!) { kpiChain(id: $id) { id name activeKpiCount kpiLimit capacityWarning kpis { name } links { cause { name } effect { name } } } }": typeof types.KpisChainDocument,
    "mutation KpisCreate($input: CreateKpiInput!) { createKpi(input: $input) { ...KpisKpiFields } }": typeof types.KpisCreateDocument,
    "mutation KpisUpdate($id: ID!, $input: UpdateKpiInput!) { updateKpi(id: $id, input: $input) { ...KpisKpiFields } }": typeof types.KpisUpdateDocument,
    "mutation KpisArchive($id: ID!, $v: Int!) { archiveKpi(id: $id, expectedVersion: $v) { id version archived archivedAt } }": typeof types.KpisArchiveDocument,
    "mutation KpisRestore($id: ID!, $v: Int!) { restoreKpi(id: $id, expectedVersion: $v) { id version archived } }": typeof types.KpisRestoreDocument,
    "query KpisKpi($id: ID!) { kpi(id: $id) { ...KpisKpiFields } }": typeof types.KpisKpiDocument,
    "query KpisList($chainId: ID, $codeId: ID, $promiseKey: String, $includeArchived: Boolean, $first: Int, $after: String) {\n  kpis(chainId: $chainId, codeId: $codeId, promiseKey: $promiseKey, includeArchived: $includeArchived, first: $first, after: $after) {\n    totalCount edges { node { name archived } } pageInfo { hasNextPage endCursor } } }": typeof types.KpisListDocument,
    "mutation KpisLink($c: ID!, $e: ID!) { linkKpis(causeId: $c, effectId: $e) { id cause { name } effect { name } } }": typeof types.KpisLinkDocument,
    "mutation KpisUnlink($c: ID!, $e: ID!) { unlinkKpis(causeId: $c, effectId: $e) { id cause { name } effect { name } } }": typeof types.KpisUnlinkDocument,
    "query KpisGraph($id: ID!) { kpi(id: $id) { name causes { name } effects { name } allCauses: causes(transitive: true) { name } allEffects: effects(transitive: true) { name } } }": typeof types.KpisGraphDocument,
    "mutation KpisRecord($input: [RecordKpiMeasurementInput!]!) { recordMeasurements(input: $input) { id periodStart periodEnd value note corrected version recordedBy { id } kpi { id } } }": typeof types.KpisRecordDocument,
    "query KpisStatus($id: ID!, $periods: Int) { kpi(id: $id) { status trend(periods: $periods) expectedPeriod { start end } latestMeasurement { periodStart value } } }": typeof types.KpisStatusDocument,
    "query KpisHistory($id: ID!, $from: LocalDate, $to: LocalDate, $first: Int, $after: String) { kpi(id: $id) {\n  measurements(from: $from, to: $to, first: $first, after: $after) { totalCount edges { cursor node { periodStart value } } pageInfo { hasNextPage endCursor } } } }": typeof types.KpisHistoryDocument,
    "query KpisPromiseKpis($id: ID!) { kpi(id: $id) { promise { kpis { totalCount edges { node { name } } } } } }": typeof types.KpisPromiseKpisDocument,
    "query KpisAuditEvents($id: ID!) { auditEvents(entityId: $id) { edges { node { action changes } } } }": typeof types.KpisAuditEventsDocument,
    "query KpisAllWithHistory { kpis(first: 100) { edges { node { name status trend measurements(first: 2) { totalCount edges { node { value } } } } } } }": typeof types.KpisAllWithHistoryDocument,
    "mutation LoadersRegister($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id } }": typeof types.LoadersRegisterDocument,
    "mutation LoadersCreateAction($input: CreateCorrectiveActionInput!) { createCorrectiveAction(input: $input) { id } }": typeof types.LoadersCreateActionDocument,
    "query LoadersActionComplaints($id: ID!) { correctiveAction(id: $id) {\n  complaints { edges { node { id subject } } }\n  promise { complaints { edges { node { id subject } } } }\n} }": typeof types.LoadersActionComplaintsDocument,
    "query LoadersComplaintActions($id: ID!) { complaint(id: $id) {\n  correctiveActions { edges { node { id title } } }\n  promises { correctiveActions { edges { node { id title } } } }\n} }": typeof types.LoadersComplaintActionsDocument,
    "query LoadersPromiseComplaintCount($id: ID!) { complaint(id: $id) { promises { complaints { totalCount } } } }": typeof types.LoadersPromiseComplaintCountDocument,
    "mutation LoadersRegisterTwice($input: RegisterComplaintInput!) {\n  a: registerComplaint(input: $input) { promises { complaints { totalCount edges { node { id } } } } }\n  b: registerComplaint(input: $input) { id promises { complaints { totalCount edges { node { id } } } } }\n}": typeof types.LoadersRegisterTwiceDocument,
    "mutation LostUpdatesRegisterComplaint($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id version } }": typeof types.LostUpdatesRegisterComplaintDocument,
    "mutation LostUpdatesUpdateComplaint($id: ID!, $input: UpdateComplaintInput!) { updateComplaint(id: $id, input: $input) { id version } }": typeof types.LostUpdatesUpdateComplaintDocument,
    "mutation LostUpdatesAcknowledgeComplaint($id: ID!, $input: AcknowledgeComplaintInput!) { acknowledgeComplaint(id: $id, input: $input) { id version } }": typeof types.LostUpdatesAcknowledgeComplaintDocument,
    "mutation LostUpdatesAddClosureDay($input: AddClosureDayInput!) { addClosureDay(input: $input) { id version } }": typeof types.LostUpdatesAddClosureDayDocument,
    "mutation LostUpdatesRemoveClosureDay($date: LocalDate!, $v: Int!) { removeClosureDay(date: $date, expectedVersion: $v) { id } }": typeof types.LostUpdatesRemoveClosureDayDocument,
    "mutation LostUpdatesCreateCorrectiveAction($input: CreateCorrectiveActionInput!) { createCorrectiveAction(input: $input) { id version kind title dueOn } }": typeof types.LostUpdatesCreateCorrectiveActionDocument,
    "mutation LostUpdatesUpdateCorrectiveAction($id: ID!, $input: UpdateCorrectiveActionInput!) { updateCorrectiveAction(id: $id, input: $input) { id version } }": typeof types.LostUpdatesUpdateCorrectiveActionDocument,
    "mutation LostUpdatesStartCorrectiveAction($id: ID!, $input: CorrectiveActionStepInput!) { startCorrectiveAction(id: $id, input: $input) { id version } }": typeof types.LostUpdatesStartCorrectiveActionDocument,
    "mutation LostUpdatesCreateKpiChain($input: CreateKpiChainInput!) { createKpiChain(input: $input) { id version } }": typeof types.LostUpdatesCreateKpiChainDocument,
    "mutation LostUpdatesCreateKpi($input: CreateKpiInput!) { createKpi(input: $input) { id version } }": typeof types.LostUpdatesCreateKpiDocument,
    "mutation LostUpdatesUpdateKpi($id: ID!, $input: UpdateKpiInput!) { updateKpi(id: $id, input: $input) { id version } }": typeof types.LostUpdatesUpdateKpiDocument,
    "mutation LostUpdatesArchiveKpi($id: ID!, $v: Int!) { archiveKpi(id: $id, expectedVersion: $v) { id version } }": typeof types.LostUpdatesArchiveKpiDocument,
    "mutation LostUpdatesCreateManagementReview($input: CreateManagementReviewInput!) { createManagementReview(input: $input) { id version year title status decisions analysisTakenAt } }": typeof types.LostUpdatesCreateManagementReviewDocument,
    "mutation LostUpdatesUpdateManagementReview($id: ID!, $input: UpdateManagementReviewInput!) { updateManagementReview(id: $id, input: $input) { id version } }": typeof types.LostUpdatesUpdateManagementReviewDocument,
    "mutation LostUpdatesLinkPreventiveAction($r: ID!, $a: ID!, $v: Int!) { linkPreventiveAction(reviewId: $r, correctiveActionId: $a, expectedVersion: $v) { id version } }": typeof types.LostUpdatesLinkPreventiveActionDocument,
    "mutation LostUpdatesCreateTrainingRequirement($input: CreateTrainingRequirementInput!) { createTrainingRequirement(input: $input) { id version } }": typeof types.LostUpdatesCreateTrainingRequirementDocument,
    "mutation LostUpdatesUpdateTrainingRequirement($id: ID!, $input: UpdateTrainingRequirementInput!) { updateTrainingRequirement(id: $id, input: $input) { id version } }": typeof types.LostUpdatesUpdateTrainingRequirementDocument,
    "mutation LostUpdatesDeleteTrainingRequirement($id: ID!, $v: Int!) { deleteTrainingRequirement(id: $id, expectedVersion: $v) { id } }": typeof types.LostUpdatesDeleteTrainingRequirementDocument,
    "mutation LostUpdatesCreateResource($input: CreateResourceInput!) { createResource(input: $input) { id version } }": typeof types.LostUpdatesCreateResourceDocument,
    "mutation LostUpdatesUpdateResource($id: ID!, $input: UpdateResourceInput!) { updateResource(id: $id, input: $input) { id version } }": typeof types.LostUpdatesUpdateResourceDocument,
    "mutation LostUpdatesDeleteResource($id: ID!, $v: Int!) { deleteResource(id: $id, expectedVersion: $v) { id } }": typeof types.LostUpdatesDeleteResourceDocument,
    "mutation LostUpdatesCreateCommunicationPlan($input: CreateCommunicationPlanInput!) { createCommunicationPlan(input: $input) { id version } }": typeof types.LostUpdatesCreateCommunicationPlanDocument,
    "mutation LostUpdatesUpdateCommunicationPlan($id: ID!, $input: UpdateCommunicationPlanInput!) { updateCommunicationPlan(id: $id, input: $input) { id version } }": typeof types.LostUpdatesUpdateCommunicationPlanDocument,
    "mutation LostUpdatesCancelCommunicationPlan($id: ID!, $input: CancelCommunicationPlanInput!) { cancelCommunicationPlan(id: $id, input: $input) { id version } }": typeof types.LostUpdatesCancelCommunicationPlanDocument,
    "query LostUpdatesOrganization { organization { id version } }": typeof types.LostUpdatesOrganizationDocument,
    "mutation LostUpdatesUpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id version } }": typeof types.LostUpdatesUpdateOrganizationDocument,
    "mutation LostUpdatesCreateUsers($input: [CreateUserInput!]!) { createUsers(input: $input) { id version } }": typeof types.LostUpdatesCreateUsersDocument,
    "mutation LostUpdatesUpdateUser($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id version } }": typeof types.LostUpdatesUpdateUserDocument,
    "fragment ReviewsAnalysisFields on ComplaintAnalysis {\n  year totals { received resolved unresolved overdue upheld } byPromise { promiseKey complaints upheld }\n  acknowledgement { rated onTime rate } resolution { rated onTime rate } outcomes { outcome complaints }\n  previousYear { year totals { received } } changes { figure current previous change } }": typeof types.ReviewsAnalysisFieldsFragmentDoc,
    "fragment ReviewsReviewFields on ManagementReview {\n  id version year period { from to } title status decisions analysisTakenAt signedAt signedBy { id } createdBy { id }\n  preventiveActions { edges { node { id kind title } } } analysis { ...ReviewsAnalysisFields } }": typeof types.ReviewsReviewFieldsFragmentDoc,
    "mutation ReviewsCreate($input: CreateManagementReviewInput!) { createManagementReview(input: $input) { ...ReviewsReviewFields } }": typeof types.ReviewsCreateDocument,
    "mutation ReviewsUpdate($id: ID!, $input: UpdateManagementReviewInput!) { updateManagementReview(id: $id, input: $input) { ...ReviewsReviewFields } }": typeof types.ReviewsUpdateDocument,
    "mutation ReviewsRefresh($id: ID!, $v: Int!) { refreshManagementReviewAnalysis(id: $id, expectedVersion: $v) { ...ReviewsReviewFields } }": typeof types.ReviewsRefreshDocument,
    "mutation ReviewsLink($r: ID!, $a: ID!, $v: Int!) { linkPreventiveAction(reviewId: $r, correctiveActionId: $a, expectedVersion: $v) { ...ReviewsReviewFields } }": typeof types.ReviewsLinkDocument,
    "mutation ReviewsUnlink($r: ID!, $a: ID!, $v: Int!) { unlinkPreventiveAction(reviewId: $r, correctiveActionId: $a, expectedVersion: $v) { ...ReviewsReviewFields } }": typeof types.ReviewsUnlinkDocument,
    "mutation ReviewsSign($id: ID!, $v: Int!) { signManagementReview(id: $id, expectedVersion: $v) { ...ReviewsReviewFields } }": typeof types.ReviewsSignDocument,
    "query ReviewsReview($id: ID!) { managementReview(id: $id) { ...ReviewsReviewFields } }": typeof types.ReviewsReviewDocument,
    "query ReviewsReviews($year: Int, $status: ManagementReviewStatus) { managementReviews(first: 10, year: $year, status: $status) {\n  totalCount edges { node { id year status } } } }": typeof types.ReviewsReviewsDocument,
    "query ReviewsAnalysis($year: Int!) { complaintAnalysis(year: $year) { ...ReviewsAnalysisFields } }": typeof types.ReviewsAnalysisDocument,
    "mutation ReviewsRegisterComplaint($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id version } }": typeof types.ReviewsRegisterComplaintDocument,
    "mutation ReviewsAcknowledgeComplaint($id: ID!, $input: AcknowledgeComplaintInput!) { acknowledgeComplaint(id: $id, input: $input) { id version } }": typeof types.ReviewsAcknowledgeComplaintDocument,
    "mutation ReviewsCreateAction($input: CreateCorrectiveActionInput!) { createCorrectiveAction(input: $input) { id kind title } }": typeof types.ReviewsCreateActionDocument,
    "query MetricsNames { __typename }": typeof types.MetricsNamesDocument,
    "query CachedCodeStatus($codeId: ID!) { codeStatus(codeId: $codeId) {\n  code { key } codeVersion { version } period { from to } status statusCounts { status count }\n  promises { promise { key title } status reasons kpis { name status latestMeasurement { value } } kpiStatusCounts { status count }\n    complaints { received open overdue upheld partiallyUpheld decided overturned acknowledgement { rate } resolution { rate } disputes { cases overturned } }\n    handling { overdue } correctiveActions { open overdue notEffective verifiedEffective } customerPerceived { responses } } } }": typeof types.CachedCodeStatusDocument,
    "query CachedAnalysis($year: Int!) { complaintAnalysis(year: $year) {\n  totals { received resolved unresolved overdue upheld partiallyUpheld unclassified withoutPromise }\n  byCategory { category complaints } byPromise { promiseKey complaints upheld } byChannel { channel complaints } byMonth { month complaints }\n  acknowledgement { rate } resolution { rate } acknowledgementTime { medianHours p90Hours } resolutionTime { medianHours p90Hours }\n  outcomes { outcome complaints } escalations { escalated pending decided binding overturned }\n  actions { kind opened open overdue verifiedEffective notEffective effectivenessRate } recurringRootCauses { rootCause actions }\n  changes { figure change } previousYear { totals { received overdue } } } }": typeof types.CachedAnalysisDocument,
    "query CachedAnalysisWithSurveys($year: Int!) { complaintAnalysis(year: $year) {\n  totals { received } customerSatisfaction { responses { sent answered } } } }": typeof types.CachedAnalysisWithSurveysDocument,
    "\n  query RollupsCodeStatus($codeId: ID!, $period: PeriodInput) {\n    codeStatus(codeId: $codeId, period: $period) {\n      period {\n        from\n        to\n      }\n      promises {\n        promise {\n          key\n        }\n        complaints {\n          received\n          open\n          overdue\n          upheld\n          partiallyUpheld\n          decided\n          decidedUpheld\n          overturned\n          acknowledgement {\n            rated\n            onTime\n            rate\n          }\n          resolution {\n            rated\n            onTime\n            rate\n          }\n          disputes {\n            cases\n            rated\n            overturned\n            overturnRate\n          }\n        }\n        handling {\n          overdue\n          acknowledgement {\n            rated\n            onTime\n            rate\n          }\n          resolution {\n            rated\n            onTime\n            rate\n          }\n        }\n        correctiveActions {\n          open\n          overdue\n          notEffective\n          verifiedEffective\n        }\n      }\n    }\n  }\n": typeof types.RollupsCodeStatusDocument,
    "\n  fragment RollupsAnalysisFields on ComplaintAnalysis {\n    year\n    period {\n      from\n      to\n    }\n    totals {\n      received\n      resolved\n      unresolved\n      overdue\n      upheld\n      partiallyUpheld\n      unclassified\n      withoutPromise\n    }\n    byCategory {\n      category\n      complaints\n      upheld\n    }\n    byPromise {\n      codeId\n      codeKey\n      promiseKey\n      promiseTitle\n      complaints\n      upheld\n      disputes {\n        cases\n        rated\n        overturned\n        overturnRate\n      }\n    }\n    byChannel {\n      channel\n      complaints\n      upheld\n    }\n    byMonth {\n      month\n      complaints\n      upheld\n    }\n    acknowledgement {\n      rated\n      onTime\n      rate\n    }\n    resolution {\n      rated\n      onTime\n      rate\n    }\n    acknowledgementTime {\n      measured\n      medianHours\n      p90Hours\n    }\n    resolutionTime {\n      measured\n      medianHours\n      p90Hours\n    }\n    outcomes {\n      outcome\n      complaints\n    }\n    escalations {\n      escalated\n      pending\n      decided\n      binding\n      overturned\n      outcomes {\n        outcome\n        complaints\n      }\n    }\n    satisfaction {\n      rated\n      average\n    }\n    recurringRootCauses {\n      rootCause\n      actions\n      promiseKeys\n    }\n    actions {\n      kind\n      opened\n      open\n      overdue\n      awaitingCheck\n      verifiedEffective\n      notEffective\n      cancelled\n      effectivenessRate\n    }\n  }\n": typeof types.RollupsAnalysisFieldsFragmentDoc,
    "\n  fragment RollupsPreviousYearFields on ComplaintYearFigures {\n    year\n    period {\n      from\n      to\n    }\n    totals {\n      received\n      resolved\n      unresolved\n      overdue\n      upheld\n      partiallyUpheld\n      unclassified\n      withoutPromise\n    }\n    byCategory {\n      category\n      complaints\n      upheld\n    }\n    byPromise {\n      codeId\n      codeKey\n      promiseKey\n      promiseTitle\n      complaints\n      upheld\n      disputes {\n        cases\n        rated\n        overturned\n        overturnRate\n      }\n    }\n    byChannel {\n      channel\n      complaints\n      upheld\n    }\n    byMonth {\n      month\n      complaints\n      upheld\n    }\n    acknowledgement {\n      rated\n      onTime\n      rate\n    }\n    resolution {\n      rated\n      onTime\n      rate\n    }\n    acknowledgementTime {\n      measured\n      medianHours\n      p90Hours\n    }\n    resolutionTime {\n      measured\n      medianHours\n      p90Hours\n    }\n    outcomes {\n      outcome\n      complaints\n    }\n    escalations {\n      escalated\n      pending\n      decided\n      binding\n      overturned\n      outcomes {\n        outcome\n        complaints\n      }\n    }\n    satisfaction {\n      rated\n      average\n    }\n    recurringRootCauses {\n      rootCause\n      actions\n      promiseKeys\n    }\n    actions {\n      kind\n      opened\n      open\n      overdue\n      awaitingCheck\n      verifiedEffective\n      notEffective\n      cancelled\n      effectivenessRate\n    }\n  }\n": typeof types.RollupsPreviousYearFieldsFragmentDoc,
    "\n  query RollupsAnalysis($year: Int!) {\n    complaintAnalysis(year: $year) {\n      ...RollupsAnalysisFields\n      previousYear {\n        ...RollupsPreviousYearFields\n      }\n      changes {\n        figure\n        current\n        previous\n        change\n      }\n    }\n  }\n": typeof types.RollupsAnalysisDocument,
    "query MonitoringCodeStatus($codeId: ID!, $period: PeriodInput) {\n  codeStatus(codeId: $codeId, period: $period) {\n    code { id key } codeVersion { id version } period { from to } status statusCounts { status count }\n    promises {\n      promise { id key title } status reasons\n      kpis { name status } kpiStatusCounts { status count }\n      complaints { received open overdue upheld partiallyUpheld acknowledgement { rated onTime rate } resolution { rated onTime rate } }\n      correctiveActions { open overdue notEffective verifiedEffective }\n    } } }": typeof types.MonitoringCodeStatusDocument,
    "fragment MonitoringYearFields on ComplaintAnalysis { year period { from to }\n  totals { received resolved unresolved overdue upheld partiallyUpheld unclassified withoutPromise }\n  byCategory { category complaints upheld }\n  byPromise { codeId codeKey promiseKey promiseTitle complaints upheld }\n  byChannel { channel complaints upheld }\n  byMonth { month complaints upheld }\n  acknowledgement { rated onTime rate } resolution { rated onTime rate }\n  acknowledgementTime { measured medianHours p90Hours } resolutionTime { measured medianHours p90Hours }\n  outcomes { outcome complaints }\n  escalations { escalated pending decided binding overturned outcomes { outcome complaints } }\n  satisfaction { rated average }\n  recurringRootCauses { rootCause actions promiseKeys }\n  actions { kind opened open overdue awaitingCheck verifiedEffective notEffective cancelled effectivenessRate } }": typeof types.MonitoringYearFieldsFragmentDoc,
    "fragment MonitoringPreviousYearFields on ComplaintYearFigures { year period { from to }\n  totals { received resolved unresolved overdue upheld partiallyUpheld unclassified withoutPromise }\n  byCategory { category complaints upheld }\n  byPromise { codeId codeKey promiseKey promiseTitle complaints upheld }\n  byChannel { channel complaints upheld }\n  byMonth { month complaints upheld }\n  acknowledgement { rated onTime rate } resolution { rated onTime rate }\n  acknowledgementTime { measured medianHours p90Hours } resolutionTime { measured medianHours p90Hours }\n  outcomes { outcome complaints }\n  escalations { escalated pending decided binding overturned outcomes { outcome complaints } }\n  satisfaction { rated average }\n  recurringRootCauses { rootCause actions promiseKeys }\n  actions { kind opened open overdue awaitingCheck verifiedEffective notEffective cancelled effectivenessRate } }": typeof types.MonitoringPreviousYearFieldsFragmentDoc,
    "query MonitoringAnalysis($year: Int!) { complaintAnalysis(year: $year) { ...MonitoringYearFields\n  previousYear { ...MonitoringPreviousYearFields } changes { figure current previous change } } }": typeof types.MonitoringAnalysisDocument,
    "query MonitoringAnalysisWithSurveys($year: Int!) { complaintAnalysis(year: $year) { totals { received }\n  customerSatisfaction { overall { responses } responses { sent } } } }": typeof types.MonitoringAnalysisWithSurveysDocument,
    "query MonitoringCodeVersions($id: ID!) { code(id: $id) { versions { totalCount edges { node { version promises { key status } } } } } }": typeof types.MonitoringCodeVersionsDocument,
    "query MonitoringMe { me { id } }": typeof types.MonitoringMeDocument,
    "query MonitoringCodeStatusWithRelations($codeId: ID!) { codeStatus(codeId: $codeId) { status code { key }\n  promises { status reasons promise { key owner { id } codeVersion { version } } kpis { name status latestMeasurement { value } }\n    complaints { received } correctiveActions { open } } } }": typeof types.MonitoringCodeStatusWithRelationsDocument,
    "mutation MonitoringCreateChain($input: CreateKpiChainInput!) { createKpiChain(input: $input) { id } }": typeof types.MonitoringCreateChainDocument,
    "mutation MonitoringCreateKpi($input: CreateKpiInput!) { createKpi(input: $input) { id version } }": typeof types.MonitoringCreateKpiDocument,
    "mutation MonitoringRecordMeasurements($input: [RecordKpiMeasurementInput!]!) { recordMeasurements(input: $input) { id } }": typeof types.MonitoringRecordMeasurementsDocument,
    "mutation MonitoringArchiveKpi($id: ID!, $v: Int!) { archiveKpi(id: $id, expectedVersion: $v) { id } }": typeof types.MonitoringArchiveKpiDocument,
    "query NormsFrameworks { normFrameworks { key title language requirements { ref title kind } } }": typeof types.NormsFrameworksDocument,
    "query NormsFramework($key: String!) { normFramework(key: $key) { key title description\n  requirements { ref kind title objective children { ref kind title objective children { ref kind title } } } } }": typeof types.NormsFrameworkDocument,
    "query NormsRequirement($ref: String!) { normRequirement(ref: $ref) { id ref kind title objective position\n  framework { key } parent { ref title parent { ref } } children { ref title } } }": typeof types.NormsRequirementDocument,
    "mutation NormsRecordMaturity($input: RecordMaturityAssessmentInput!) { recordMaturityAssessment(input: $input) {\n  level evidence assessedOn assessedBy { id } requirement { ref } } }": typeof types.NormsRecordMaturityDocument,
    "query NormsMaturity($ref: String!) { normRequirement(ref: $ref) { maturity { level evidence assessedOn assessedBy { id } }\n  maturityAssessments { totalCount edges { node { level assessedOn } } } } }": typeof types.NormsMaturityDocument,
    "query NormsCoverage($frameworkKey: String!, $codeId: ID!, $codeVersionId: ID) {\n  normCoverage(frameworkKey: $frameworkKey, codeId: $codeId, codeVersionId: $codeVersionId) {\n    framework { key } code { id } codeVersion { id version status }\n    state requirementCount coveredCount gapCount coverageRate\n    sections { requirement { ref title } state requirementCount coveredCount gapCount promises { key } }\n    nodes { requirement { ref kind } depth state requirementCount coveredCount gapCount promises { key } } } }": typeof types.NormsCoverageDocument,
    "mutation NormsRecordMaturityOnce($input: RecordMaturityAssessmentInput!) { recordMaturityAssessment(input: $input) { id level } }": typeof types.NormsRecordMaturityOnceDocument,
    "query OneConnectionCodeStatus($codeId: ID!) { codeStatus(codeId: $codeId) { status\n  promises { status promise { key } kpis { name status } complaints { received open overdue } correctiveActions { open overdue } } } }": typeof types.OneConnectionCodeStatusDocument,
    "query OneConnectionComplaints($promiseId: ID) { complaints(first: 50, promiseId: $promiseId) { totalCount\n  edges { node { id reference status promises { key } handler { name } correctiveActions { totalCount } } } } }": typeof types.OneConnectionComplaintsDocument,
    "query OneConnectionComplaint($id: ID!) { complaint(id: $id) { id reference status handler { name }\n  promises { key complaints { totalCount } } correctiveActions { totalCount edges { node { title } } } timeline { at to actor { name } } } }": typeof types.OneConnectionComplaintDocument,
    "mutation OneConnectionRegister($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id reference\n  promises { key complaints { totalCount } } } }": typeof types.OneConnectionRegisterDocument,
    "query PreparedCodeStatus($codeId: ID!) { codeStatus(codeId: $codeId) {\n  status promises { promise { key } status complaints { received open upheld } correctiveActions { open } } } }": typeof types.PreparedCodeStatusDocument,
    "query PreparedComplaints($promiseId: ID) { complaints(first: 10, promiseId: $promiseId) {\n  totalCount edges { node { reference status promises { key } } } } }": typeof types.PreparedComplaintsDocument,
    "query PreparedComplaint($id: ID!) { complaint(id: $id) { reference status timeline { to } } }": typeof types.PreparedComplaintDocument,
    "mutation PrivacySubmit($slug: String!, $input: SubmitComplaintInput!) { submitComplaint(organizationSlug: $slug, input: $input) { reference } }": typeof types.PrivacySubmitDocument,
    "mutation PrivacyRegister($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id version reference } }": typeof types.PrivacyRegisterDocument,
    "query PrivacyByReference($search: String) { complaints(search: $search, first: 5) { edges { node { id version reference } } } }": typeof types.PrivacyByReferenceDocument,
    "mutation PrivacyUpdate($id: ID!, $input: UpdateComplaintInput!) { updateComplaint(id: $id, input: $input) { id version } }": typeof types.PrivacyUpdateDocument,
    "mutation PrivacyAcknowledge($id: ID!, $input: AcknowledgeComplaintInput!) { acknowledgeComplaint(id: $id, input: $input) { id version } }": typeof types.PrivacyAcknowledgeDocument,
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
    "query ProductionComplaints($status: [ComplaintStatus!]) { complaints(status: $status) { totalCount } }": typeof types.ProductionComplaintsDocument,
    "\n  query PromiseStatusV2Status($codeId: ID!, $period: PeriodInput) {\n    codeStatus(codeId: $codeId, period: $period) {\n      status\n      promises {\n        promise {\n          key\n        }\n        status\n        reasons\n        complaints {\n          received\n          open\n          overdue\n          upheld\n          partiallyUpheld\n          decided\n          decidedUpheld\n          overturned\n          acknowledgement {\n            rated\n            onTime\n            rate\n          }\n          resolution {\n            rated\n            onTime\n            rate\n          }\n        }\n        handling {\n          overdue\n          acknowledgement {\n            rated\n            onTime\n            rate\n          }\n          resolution {\n            rated\n            onTime\n            rate\n          }\n        }\n      }\n    }\n  }\n": typeof types.PromiseStatusV2StatusDocument,
    "\n  query PromiseStatusV2Policy {\n    promiseStatusPolicy {\n      upheldShareBrokenFrom\n      upheldComplaintsBrokenFrom\n      upheldShareAtRiskFrom\n      onTimeMinimum\n      onTimeTarget\n      minimumRated\n      handlingPromiseKey\n    }\n    organization {\n      version\n    }\n  }\n": typeof types.PromiseStatusV2PolicyDocument,
    "\n  mutation PromiseStatusV2Update($input: PromiseStatusPolicyInput!) {\n    updatePromiseStatusPolicy(input: $input) {\n      upheldShareBrokenFrom\n      upheldComplaintsBrokenFrom\n      upheldShareAtRiskFrom\n      onTimeMinimum\n      onTimeTarget\n      minimumRated\n      handlingPromiseKey\n    }\n  }\n": typeof types.PromiseStatusV2UpdateDocument,
    "\n  query PromiseStatusV2Version {\n    organization {\n      version\n    }\n  }\n": typeof types.PromiseStatusV2VersionDocument,
    "\n  query TracePromise($codeId: ID!, $promiseKey: String!) {\n    promiseTrace(codeId: $codeId, promiseKey: $promiseKey) {\n      codeKey\n      promiseKey\n      title\n      versions {\n        version\n        status\n        title\n        text\n        textChanged\n        changeSummary\n        publishedAt\n      }\n      kpis {\n        name\n        target\n        threshold\n        measurements {\n          periodStart\n          periodEnd\n          value\n        }\n      }\n      complaintMonths {\n        month\n        received\n        upheld\n        decided\n        decidedUpheld\n        overturned\n      }\n      actions {\n        kind\n        title\n        status\n        rootCause\n        dueOn\n        verifiedOn\n        effective\n      }\n      reviews {\n        year\n        decisions\n        preventiveActionIds\n      }\n      evidence {\n        requirementRef\n        via\n        versions\n      }\n      timeline {\n        at\n        kind\n        summary\n      }\n    }\n  }\n": typeof types.TracePromiseDocument,
    "query PublicCodesPublished($slug: String!) { publishedCodes(organizationSlug: $slug) {\n  key title scope organizationName currentVersion { version policyStatement changeSummary publishedAt promises { key title text position } } } }": typeof types.PublicCodesPublishedDocument,
    "query PublicCodesOne($slug: String!, $key: String!) { publishedCode(organizationSlug: $slug, codeKey: $key) {\n  key title currentVersion { version changeSummary promises { key title text } } } }": typeof types.PublicCodesOneDocument,
    "query PublicCodesVersions($id: ID!) { code(id: $id) { versions { edges { node { id status } } } } }": typeof types.PublicCodesVersionsDocument,
    "query PagesComplaint($search: String) { complaints(first: 1, search: $search) { edges { node { id version } } } }": typeof types.PagesComplaintDocument,
    "mutation PagesLink($id: ID!, $input: UpdateComplaintInput!) { updateComplaint(id: $id, input: $input) { version } }": typeof types.PagesLinkDocument,
    "mutation PagesAcknowledge($id: ID!, $input: AcknowledgeComplaintInput!) { acknowledgeComplaint(id: $id, input: $input) { version } }": typeof types.PagesAcknowledgeDocument,
    "query PagesOrganization { organization { version } }": typeof types.PagesOrganizationDocument,
    "mutation PagesRegister($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id reference receivedAt } }": typeof types.PagesRegisterDocument,
    "mutation PagesIssue($id: ID!) { issueComplaintTrackingSecret(id: $id) { reference trackingSecret } }": typeof types.PagesIssueDocument,
    "mutation PagesLanguages($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { languages } }": typeof types.PagesLanguagesDocument,
    "mutation PagesTranslate($id: ID!, $input: TranslateCodeVersionInput!) { translateCodeVersion(id: $id, input: $input) { missingLanguages } }": typeof types.PagesTranslateDocument,
    "query QueryPlansComplaints(\n  $first: Int!, $after: String, $status: [ComplaintStatus!], $category: ComplaintCategory, $handlerId: ID, $promiseId: ID,\n  $overdue: Boolean, $receivedFrom: DateTime, $receivedTo: DateTime, $search: String, $sort: ComplaintSort! = RECEIVED_AT, $kind: ComplaintKind\n) {\n  complaints(first: $first, after: $after, status: $status, category: $category, handlerId: $handlerId, promiseId: $promiseId,\n    overdue: $overdue, receivedFrom: $receivedFrom, receivedTo: $receivedTo, search: $search, sort: $sort, kind: $kind) {\n    totalCount pageInfo { endCursor hasNextPage }\n    edges { node { id reference subject timeline { at } promises { id } correctiveActions(first: 5) { totalCount edges { node { id } } } } }\n  }\n}": typeof types.QueryPlansComplaintsDocument,
    "query QueryPlansStaffComplaints($after: String) {\n  complaints(first: 20, after: $after) { totalCount pageInfo { endCursor } edges { node { id reference } } }\n}": typeof types.QueryPlansStaffComplaintsDocument,
    "query QueryPlansRetention { complaintsDueForAnonymisation { due references } codeGaps { total words { word count } } }": typeof types.QueryPlansRetentionDocument,
    "query QueryPlansActions($after: String, $status: [CorrectiveActionStatus!], $kind: CorrectiveActionKind, $promiseId: ID, $overdue: Boolean) {\n  correctiveActions(first: 20, after: $after, status: $status, kind: $kind, promiseId: $promiseId, overdue: $overdue) {\n    totalCount pageInfo { endCursor hasNextPage }\n    edges { node { id complaints(first: 5) { totalCount edges { node { id } } } } }\n  }\n}": typeof types.QueryPlansActionsDocument,
    "query QueryPlansOverdueActions { overdueCorrectiveActions(first: 20) { totalCount edges { node { id } } } }": typeof types.QueryPlansOverdueActionsDocument,
    "query QueryPlansPromise($id: ID!) { complaint(id: $id) { promises {\n  complaints(first: 10) { totalCount edges { node { id } } }\n  correctiveActions(first: 10) { totalCount edges { node { id } } }\n  kpis(first: 5) { totalCount edges { node { id measurements(first: 6) { totalCount edges { node { id } } } } } }\n} } }": typeof types.QueryPlansPromiseDocument,
    "query QueryPlansAudit($entityId: ID, $entityType: String, $actorId: ID, $action: String, $from: DateTime, $to: DateTime) {\n  auditEvents(first: 20, entityId: $entityId, entityType: $entityType, actorId: $actorId, action: $action, from: $from, to: $to) {\n    totalCount edges { node { id } }\n  }\n}": typeof types.QueryPlansAuditDocument,
    "query QueryPlansTraining($personId: ID, $topic: TrainingTopic, $from: LocalDate, $to: LocalDate) {\n  trainingRecords(first: 20, personId: $personId, topic: $topic, from: $from, to: $to) { totalCount edges { node { id } } }\n}": typeof types.QueryPlansTrainingDocument,
    "query QueryPlansKpis($codeId: ID, $promiseKey: String, $kind: KpiKind, $after: String) {\n  kpis(first: 20, codeId: $codeId, promiseKey: $promiseKey, kind: $kind, after: $after) { totalCount pageInfo { endCursor } edges { node { id } } }\n}": typeof types.QueryPlansKpisDocument,
    "query QueryPlansSearch($search: String!, $after: String) {\n  complaints(first: 100, search: $search, after: $after) { totalCount pageInfo { endCursor hasNextPage } edges { node { id } } }\n}": typeof types.QueryPlansSearchDocument,
    "query QueryPlansOtherLists {\n  users(first: 20) { totalCount edges { node { id } } }\n  trainingRequirements(first: 20) { totalCount edges { node { id } } }\n  communicationPlans(first: 20) { totalCount edges { node { id } } }\n  resources(first: 20) { totalCount edges { node { id } } }\n  managementReviews(first: 20) { totalCount edges { node { id } } }\n  codesDueForReview(within: 60) { id }\n}": typeof types.QueryPlansOtherListsDocument,
    "mutation RateLimitsSubmit($slug: String!, $input: SubmitComplaintInput!) { submitComplaint(organizationSlug: $slug, input: $input) { reference } }": typeof types.RateLimitsSubmitDocument,
    "query RateLimitsPublished($slug: String!) { publishedCodes(organizationSlug: $slug) { key } }": typeof types.RateLimitsPublishedDocument,
    "mutation RateLimitsMany($slug: String!, $input: SubmitComplaintInput!) {\n      a: submitComplaint(organizationSlug: $slug, input: $input) { reference }\n      ... on Mutation { b: submitComplaint(organizationSlug: $slug, input: $input) { reference } }\n      ...RateLimitsMore }\n      fragment RateLimitsMore on Mutation { c: submitComplaint(organizationSlug: $slug, input: $input) { reference } d: submitComplaint(organizationSlug: $slug, input: $input) { reference } }": typeof types.RateLimitsManyDocument,
    "\n  query RemindersNotifications($unreadOnly: Boolean) {\n    notifications(first: 100, unreadOnly: $unreadOnly) { unreadCount edges { node { id kind subjectType subjectId title body read readAt } } }\n  }\n": typeof types.RemindersNotificationsDocument,
    "\n  mutation RemindersSettings($input: UpdateMyNotificationSettingsInput!) { updateMyNotificationSettings(input: $input) { id language emailNotifications version } }\n": typeof types.RemindersSettingsDocument,
    "query RemindersMe { me { user { version } } }": typeof types.RemindersMeDocument,
    "mutation RemindersMark($id: ID!) { markNotificationRead(id: $id) { id read } }": typeof types.RemindersMarkDocument,
    "mutation RemindersMarkAll { markAllNotificationsRead }": typeof types.RemindersMarkAllDocument,
    "query RemindersRules { reminderRules { kind enabled leadDays unit version } }": typeof types.RemindersRulesDocument,
    "mutation RemindersCreateChain($input: CreateKpiChainInput!) { createKpiChain(input: $input) { id } }": typeof types.RemindersCreateChainDocument,
    "mutation RemindersCreateKpi($input: CreateKpiInput!) { createKpi(input: $input) { id } }": typeof types.RemindersCreateKpiDocument,
    "mutation RemindersSetRule($input: SetReminderRuleInput!) { setReminderRule(input: $input) { kind enabled leadDays version } }": typeof types.RemindersSetRuleDocument,
    "\n  query EvidenceCoverage($codeId: ID!) {\n    normCoverage(frameworkKey: \"SRCM\", codeId: $codeId) {\n      state\n      requirementCount\n      coveredCount\n      notApplicableCount\n      gapCount\n      coverageRate\n      stateCounts {\n        state\n        count\n      }\n      sections {\n        requirement {\n          ref\n          title\n        }\n        state\n        requirementCount\n        coveredCount\n        notApplicableCount\n        gapCount\n      }\n      nodes {\n        requirement {\n          ref\n        }\n        state\n        requirementCount\n        coveredCount\n        notApplicableCount\n        gapCount\n        promises {\n          key\n        }\n        evidence {\n          kind\n          note\n          reason\n          recordedBy {\n            id\n          }\n          recordedAt\n          requirement {\n            ref\n          }\n          document {\n            title\n            location\n            version\n          }\n          kpi {\n            name\n          }\n          correctiveAction {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.EvidenceCoverageDocument,
    "\n  mutation EvidenceAdd($input: AddRequirementEvidenceInput!) {\n    addRequirementEvidence(input: $input) {\n      id\n      kind\n      requirement {\n        ref\n      }\n    }\n  }\n": typeof types.EvidenceAddDocument,
    "\n  mutation EvidenceNotApplicable($input: MarkRequirementNotApplicableInput!) {\n    markRequirementNotApplicable(input: $input) {\n      id\n      kind\n      reason\n      recordedBy {\n        id\n      }\n      requirement {\n        ref\n      }\n    }\n  }\n": typeof types.EvidenceNotApplicableDocument,
    "\n  mutation EvidenceRemove($id: ID!, $v: Int!) {\n    removeRequirementEvidence(id: $id, expectedVersion: $v) {\n      id\n      kind\n    }\n  }\n": typeof types.EvidenceRemoveDocument,
    "\n  mutation EvidenceCreateChain($input: CreateKpiChainInput!) {\n    createKpiChain(input: $input) {\n      id\n    }\n  }\n": typeof types.EvidenceCreateChainDocument,
    "\n  mutation EvidenceCreateKpi($input: CreateKpiInput!) {\n    createKpi(input: $input) {\n      id\n    }\n  }\n": typeof types.EvidenceCreateKpiDocument,
    "\n  query EvidenceStaffCoverage($codeId: ID!) {\n    normCoverage(frameworkKey: \"SRCM\", codeId: $codeId) {\n      coveredCount\n      nodes {\n        evidence {\n          kind\n          kpi {\n            name\n          }\n          document {\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.EvidenceStaffCoverageDocument,
    "fragment ResourcesResourceFields on Resource {\n  id version kind description quantity unit periodStart periodEnd code { key } codeVersion { id version } promise { key } owner { id } }": typeof types.ResourcesResourceFieldsFragmentDoc,
    "mutation ResourcesCreate($input: CreateResourceInput!) { createResource(input: $input) { ...ResourcesResourceFields } }": typeof types.ResourcesCreateDocument,
    "mutation ResourcesUpdate($id: ID!, $input: UpdateResourceInput!) { updateResource(id: $id, input: $input) { ...ResourcesResourceFields } }": typeof types.ResourcesUpdateDocument,
    "mutation ResourcesDelete($id: ID!, $v: Int!) { deleteResource(id: $id, expectedVersion: $v) { id } }": typeof types.ResourcesDeleteDocument,
    "query ResourcesResource($id: ID!) { resource(id: $id) { ...ResourcesResourceFields } }": typeof types.ResourcesResourceDocument,
    "query ResourcesList($codeId: ID, $codeVersionId: ID, $promiseId: ID, $kind: ResourceKind, $activeOn: LocalDate, $first: Int, $after: String) {\n  resources(codeId: $codeId, codeVersionId: $codeVersionId, promiseId: $promiseId, kind: $kind, activeOn: $activeOn, first: $first, after: $after) {\n    totalCount edges { node { description periodStart } } pageInfo { hasNextPage endCursor } } }": typeof types.ResourcesListDocument,
    "query ResourcesTotals($codeId: ID!, $codeVersionId: ID, $activeOn: LocalDate) { resourceTotals(codeId: $codeId, codeVersionId: $codeVersionId, activeOn: $activeOn) { kind unit quantity resources } }": typeof types.ResourcesTotalsDocument,
    "fragment SurveysSurveyFields on SatisfactionSurvey { id origin status link respondentType respondentName respondentEmail caseReference\n  language expiresAt answeredAt overall comment personalDataErasedAt answers { promiseKey position score answeredOn } }": typeof types.SurveysSurveyFieldsFragmentDoc,
    "mutation SurveysResolve($id: ID!, $input: ResolveComplaintInput!) {\n  resolveComplaint(id: $id, input: $input) { id version satisfactionSurvey { ...SurveysSurveyFields } } }": typeof types.SurveysResolveDocument,
    "mutation SurveysClose($id: ID!, $input: ComplaintStepInput!) { closeComplaint(id: $id, input: $input) { id version } }": typeof types.SurveysCloseDocument,
    "mutation SurveysReopen($id: ID!, $input: ComplaintReasonInput!) { reopenComplaint(id: $id, input: $input) { id version } }": typeof types.SurveysReopenDocument,
    "mutation SurveysAnonymize($id: ID!, $expectedVersion: Int!) { anonymizeComplaint(id: $id, expectedVersion: $expectedVersion) { id anonymizedAt } }": typeof types.SurveysAnonymizeDocument,
    "query SurveysComplaint($id: ID!) { complaint(id: $id) { id satisfactionSurvey { ...SurveysSurveyFields } } }": typeof types.SurveysComplaintDocument,
    "mutation SurveysCreate($input: CreateSatisfactionSurveysInput!) { createSatisfactionSurveys(input: $input) { ...SurveysSurveyFields } }": typeof types.SurveysCreateDocument,
    "query SurveysList($status: SurveyStatus, $origin: SurveyOrigin) {\n  satisfactionSurveys(first: 100, status: $status, origin: $origin) { totalCount edges { node { ...SurveysSurveyFields } } } }": typeof types.SurveysListDocument,
    "query SurveysPublic($token: String!) { satisfactionSurvey(token: $token) {\n  language organizationName codeTitle title intro overallQuestion commentLabel expiresAt\n  overallScale { score label } questions { promiseKey title text question scale { score label } } } }": typeof types.SurveysPublicDocument,
    "mutation SurveysAnswer($token: String!, $input: AnswerSatisfactionSurveyInput!) { answerSatisfactionSurvey(token: $token, input: $input) { message } }": typeof types.SurveysAnswerDocument,
    "query SurveysPolicy { surveyPolicy { linkValidDays minimumResponses respondentDataRetentionDays } organization { version } }": typeof types.SurveysPolicyDocument,
    "mutation SurveysUpdatePolicy($input: SurveyPolicyInput!) { updateSurveyPolicy(input: $input) { linkValidDays minimumResponses respondentDataRetentionDays } }": typeof types.SurveysUpdatePolicyDocument,
    "query SurveysCodeStatus($codeId: ID!) { codeStatus(codeId: $codeId) {\n  promises { promise { key } status complaints { received } customerPerceived { responses averageScore satisfiedShare sufficient minimumResponses } } } }": typeof types.SurveysCodeStatusDocument,
    "query SurveysAnalysis($year: Int!) { complaintAnalysis(year: $year) { year customerSatisfaction {\n  byPromise { codeKey promiseKey promiseTitle customerPerceived { responses averageScore satisfiedShare sufficient } }\n  overall { responses averageScore satisfiedShare sufficient }\n  responses { sent answered expired pending responseRate } } } }": typeof types.SurveysAnalysisDocument,
    "mutation SurveysRetention($input: AnonymizeDueComplaintsInput!) { anonymizeDueComplaints(input: $input) { dryRun references erasedElsewhere } }": typeof types.SurveysRetentionDocument,
    "query SeedsPublishedCode { publishedCode(organizationSlug: \"demo\", codeKey: \"klantbeloften\") {\n      organizationName currentVersion { version promises { key text } } } }": typeof types.SeedsPublishedCodeDocument,
    "query SeedsCodes { codes(first: 5) { edges { node { currentVersion { promises { key requirements { ref } } } } } } }": typeof types.SeedsCodesDocument,
    "mutation SeedsRegisterComplaint($input: RegisterComplaintInput!) { registerComplaint(input: $input) { reference } }": typeof types.SeedsRegisterComplaintDocument,
    "query SeedsComplaintCounts { complaintCounts { total unresolvedOverdue byStatus { status count } } }": typeof types.SeedsComplaintCountsDocument,
    "query SeedsComplaintTotals {\n      conduct: complaints(category: CONDUCT) { totalCount } legal: complaints(category: LEGAL) { totalCount }\n      financial: complaints(category: FINANCIAL) { totalCount } execution: complaints(category: EXECUTION) { totalCount }\n      escalated: complaints(first: 50, status: [CLOSED, ESCALATED]) { edges { node { escalation { outcome binding } } } } }": typeof types.SeedsComplaintTotalsDocument,
    "query SeedsKpiChains { kpiChains { edges { node { kpis { kind status causes { id } effects { id } measurements(first: 20) { totalCount } } } } } }": typeof types.SeedsKpiChainsDocument,
    "query SeedsCompetenceOverview { competenceOverview { requirements { valid expiring expired missing } people { totalCount } } }": typeof types.SeedsCompetenceOverviewDocument,
    "query SeedsCorrectiveActions {\n      correctiveActions(first: 50) { edges { node { kind status promise { key } decidedBy { roles } complaints { totalCount } } } }\n      overdue: correctiveActions(overdue: true) { totalCount } }": typeof types.SeedsCorrectiveActionsDocument,
    "query SeedsManagementReviews {\n      managementReviews { edges { node { year status signedAt analysisTakenAt signedBy { roles } decisions\n        analysis { year totals { received } } preventiveActions { edges { node { kind decidedBy { roles } } } } } } } }": typeof types.SeedsManagementReviewsDocument,
    "query SeedsComplaintAnalysis($year: Int!) { complaintAnalysis(year: $year) { totals { received } } }": typeof types.SeedsComplaintAnalysisDocument,
    "query SeedsEvidence($codeId: ID!, $year: Int!, $personId: ID!) {\n      iso: normCoverage(frameworkKey: \"ISO10001\", codeId: $codeId) { nodes { state evidence { kind } } }\n      srcm: normCoverage(frameworkKey: \"SRCM\", codeId: $codeId) { stateCounts { state count } nodes { state evidence { kind } } }\n      srcmReport(year: $year) { publicPart { parts { met level { level } } } }\n      promiseStatusPolicy { handlingPromiseKey }\n      codeStatus(codeId: $codeId) { promises { promise { key } handling { overdue } } }\n      promiseTrace(codeId: $codeId, promiseKey: \"P2\") { versions { version } complaintMonths { received } actions { status } }\n      a: authorisationStatus(personId: $personId) { eligibility registration { registerStatus } } }": typeof types.SeedsEvidenceDocument,
    "query SeedsLaw { organization { statutoryRulePack complaintPolicy { acknowledgeWithin acknowledgeUnit } compliance { rule } }\n      codeGaps { total words { word count } } }": typeof types.SeedsLawDocument,
    "query SeedsSurveys($codeId: ID!) {\n      codeStatus(codeId: $codeId) { promises { promise { key } customerPerceived { responses averageScore sufficient } } }\n      satisfactionSurveys(first: 100) { totalCount edges { node { status } } } }": typeof types.SeedsSurveysDocument,
    "\n  query SrcmReportYear($year: Int!) {\n    srcmReport(year: $year) {\n      year\n      publicPart {\n        principles\n        partsMet\n        partsTotal\n        parts {\n          ref\n          theme\n          title\n          met\n          previousLevel\n          level {\n            level\n            name\n            meetsNorm\n          }\n        }\n      }\n      internalPart {\n        ref\n        level\n        previousLevel\n        change\n        assessmentEvidence\n        assessedOn\n        requirementCount\n        coveredCount\n        evidence\n        plannedImprovements\n      }\n    }\n  }\n": typeof types.SrcmReportYearDocument,
    "\n  query SrcmReportLevels {\n    normFramework(key: \"SRCM\") {\n      maturityLevels {\n        level\n        name\n        meetsNorm\n      }\n      requirements {\n        ref\n        kind\n        title\n        children {\n          ref\n          kind\n          title\n        }\n      }\n    }\n  }\n": typeof types.SrcmReportLevelsDocument,
    "\n  mutation SrcmReportRecordMaturity($input: RecordMaturityAssessmentInput!) {\n    recordMaturityAssessment(input: $input) {\n      level\n      levelInfo {\n        name\n        meetsNorm\n      }\n    }\n  }\n": typeof types.SrcmReportRecordMaturityDocument,
    "\n  mutation SrcmReportAddEvidence($input: AddRequirementEvidenceInput!) {\n    addRequirementEvidence(input: $input) {\n      id\n    }\n  }\n": typeof types.SrcmReportAddEvidenceDocument,
    "query StatementsComplaintList($status: [ComplaintStatus!], $promiseId: ID) {\n  complaints(first: 50, status: $status, promiseId: $promiseId) {\n    edges { node { id reference status promises { key } handler { name } correctiveActions { totalCount } } } } }": typeof types.StatementsComplaintListDocument,
    "query StatementsCodeStatus($codeId: ID!) { codeStatus(codeId: $codeId) {\n  code { key } codeVersion { version } period { from to } status statusCounts { status count }\n  promises { promise { key title } status reasons kpis { name status } kpiStatusCounts { status count }\n    complaints { received open overdue upheld acknowledgement { rate } resolution { rate } }\n    correctiveActions { open overdue notEffective verifiedEffective } } } }": typeof types.StatementsCodeStatusDocument,
    "query StatementsComplaintTimeline($id: ID!) { complaint(id: $id) {\n  id reference status subject receivedAt handler { name } registeredBy { name } timeline { at from to note actor { name } } } }": typeof types.StatementsComplaintTimelineDocument,
    "query StatementsPage { complaints(first: 3) { edges { node { id } } } }": typeof types.StatementsPageDocument,
    "query StatementsPageTotal { complaints(first: 3) { totalCount edges { node { id } } } }": typeof types.StatementsPageTotalDocument,
    "query StatementsNestedCounts { complaints(first: 3) { edges { node { id correctiveActions(first: 2) { totalCount } } } } }": typeof types.StatementsNestedCountsDocument,
    "query StatementsNestedNodes { complaints(first: 3) { edges { node { id\n  correctiveActions(first: 2) { totalCount edges { node { id title } } } } } } }": typeof types.StatementsNestedNodesDocument,
    "query StatementsAnalysis($year: Int!) { complaintAnalysis(year: $year) {\n  totals { received resolved unresolved overdue upheld } byCategory { category complaints } byPromise { promiseKey complaints upheld }\n  byChannel { channel complaints } byMonth { month complaints } acknowledgementTime { medianHours p90Hours } resolutionTime { medianHours p90Hours }\n  outcomes { outcome complaints } recurringRootCauses { rootCause actions } actions { kind opened effectivenessRate } changes { figure change } } }": typeof types.StatementsAnalysisDocument,
    "mutation StatementsSubmit($slug: String!, $input: SubmitComplaintInput!) { submitComplaint(organizationSlug: $slug, input: $input) { reference } }": typeof types.StatementsSubmitDocument,
    "query StatementsSubmittedTimeline($reference: String!) { complaints(first: 1, search: $reference) { edges { node { reference status timeline { to } } } } }": typeof types.StatementsSubmittedTimelineDocument,
    "fragment InvitationsSurveyFields on SatisfactionSurvey { id link language respondentEmail expiresAt invitedAt status }": typeof types.InvitationsSurveyFieldsFragmentDoc,
    "mutation InvitationsResolve($id: ID!, $input: ResolveComplaintInput!) {\n  resolveComplaint(id: $id, input: $input) { id version satisfactionSurvey { ...InvitationsSurveyFields } } }": typeof types.InvitationsResolveDocument,
    "mutation InvitationsClose($id: ID!, $input: ComplaintStepInput!) { closeComplaint(id: $id, input: $input) { id version } }": typeof types.InvitationsCloseDocument,
    "mutation InvitationsAnonymize($id: ID!, $expectedVersion: Int!) { anonymizeComplaint(id: $id, expectedVersion: $expectedVersion) { id anonymizedAt } }": typeof types.InvitationsAnonymizeDocument,
    "mutation InvitationsCreate($input: CreateSatisfactionSurveysInput!) { createSatisfactionSurveys(input: $input) { ...InvitationsSurveyFields } }": typeof types.InvitationsCreateDocument,
    "query InvitationsSurveys { satisfactionSurveys(first: 100) { edges { node { ...InvitationsSurveyFields } } } }": typeof types.InvitationsSurveysDocument,
    "query InvitationsPublic($token: String!) { satisfactionSurvey(token: $token) { language organizationName codeTitle title questions { promiseKey title } } }": typeof types.InvitationsPublicDocument,
    "mutation InvitationsAnswer($token: String!, $input: AnswerSatisfactionSurveyInput!) { answerSatisfactionSurvey(token: $token, input: $input) { message } }": typeof types.InvitationsAnswerDocument,
    "mutation SurveyPageCreate($input: CreateSatisfactionSurveysInput!) { createSatisfactionSurveys(input: $input) { id link } }": typeof types.SurveyPageCreateDocument,
    "query TracingComplaints($search: String) { complaints(search: $search, first: 5) { edges { node { id reference } } } }": typeof types.TracingComplaintsDocument,
    "query TracingUsers($first: Int!) { users(first: $first) { edges { node { id name roles } } } }": typeof types.TracingUsersDocument,
    "query TracingTypename { __typename }": typeof types.TracingTypenameDocument,
    "mutation TracingAddMember($input: [CreateUserInput!]!) { createUsers(input: $input) { id } }": typeof types.TracingAddMemberDocument,
    "mutation TrainingCreateRequirement($input: CreateTrainingRequirementInput!) { createTrainingRequirement(input: $input) { id version title topic assessment roles validityMonths } }": typeof types.TrainingCreateRequirementDocument,
    "mutation TrainingUpdateRequirement($id: ID!, $input: UpdateTrainingRequirementInput!) { updateTrainingRequirement(id: $id, input: $input) { id version roles validityMonths } }": typeof types.TrainingUpdateRequirementDocument,
    "mutation TrainingDeleteRequirement($id: ID!, $v: Int!) { deleteTrainingRequirement(id: $id, expectedVersion: $v) { id } }": typeof types.TrainingDeleteRequirementDocument,
    "query TrainingRequirements { trainingRequirements(first: 100) { totalCount edges { node { title } } } }": typeof types.TrainingRequirementsDocument,
    "mutation TrainingCreateRecord($input: CreateTrainingRecordInput!) { createTrainingRecord(input: $input) { id version topic assessment completedOn result score validUntil evidence person { id } } }": typeof types.TrainingCreateRecordDocument,
    "mutation TrainingUpdateRecord($id: ID!, $input: UpdateTrainingRecordInput!) { updateTrainingRecord(id: $id, input: $input) { id version score validUntil evidence } }": typeof types.TrainingUpdateRecordDocument,
    "mutation TrainingDeleteRecord($id: ID!, $v: Int!) { deleteTrainingRecord(id: $id, expectedVersion: $v) { id } }": typeof types.TrainingDeleteRecordDocument,
    "query TrainingRecords($personId: ID, $first: Int, $after: String) { trainingRecords(personId: $personId, first: $first, after: $after) {\n  totalCount edges { node { id completedOn person { id } } } pageInfo { hasNextPage endCursor } } }": typeof types.TrainingRecordsDocument,
    "query TrainingRecord($id: ID!) { trainingRecord(id: $id) { id person { id } } }": typeof types.TrainingRecordDocument,
    "query TrainingOverview($personId: ID, $role: Role, $days: Int, $first: Int, $after: String) {\n  competenceOverview(personId: $personId, role: $role, expiringWithinDays: $days, first: $first, after: $after) {\n    asOf expiringWithinDays\n    requirements { requirement { title } valid expiring expired missing }\n    people { totalCount pageInfo { hasNextPage endCursor } edges { node { person { id name } competent requirements { requirement { title } status validUntil record { id } } } } }\n  } }": typeof types.TrainingOverviewDocument,
    "query TrainingAuthorisation($personId: ID!, $days: Int) { authorisationStatus(personId: $personId, expiringWithinDays: $days) {\n  person { id } asOf authorised authorisedUntil elements { assessment status validUntil record { id } } missing { assessment status } } }": typeof types.TrainingAuthorisationDocument,
    "\n  mutation WebhooksCreate($input: CreateWebhookSubscriptionInput!) {\n    createWebhookSubscription(input: $input) { secret subscription { id version url events enabled } }\n  }\n": typeof types.WebhooksCreateDocument,
    "\n  mutation WebhooksUpdate($id: ID!, $input: UpdateWebhookSubscriptionInput!) {\n    updateWebhookSubscription(id: $id, input: $input) { id version enabled disabledReason consecutiveFailures }\n  }\n": typeof types.WebhooksUpdateDocument,
    "\n  query WebhooksSubscriptions { webhookSubscriptions { edges { node { id version enabled disabledReason consecutiveFailures } } } }\n": typeof types.WebhooksSubscriptionsDocument,
    "\n  query WebhooksDeliveries($subscriptionId: ID!, $status: WebhookDeliveryStatus) {\n    webhookDeliveries(subscriptionId: $subscriptionId, status: $status, first: 100) {\n      edges { node { id messageId eventType entityType entityId status attempts lastStatusCode lastError payload attemptLog { statusCode error } } }\n    }\n  }\n": typeof types.WebhooksDeliveriesDocument,
    "mutation WebhooksRedeliver($id: ID!) { redeliverWebhook(id: $id) { id status attempts } }": typeof types.WebhooksRedeliverDocument,
    "mutation WebhooksSubmit($slug: String!, $input: SubmitComplaintInput!) { submitComplaint(organizationSlug: $slug, input: $input) { reference } }": typeof types.WebhooksSubmitDocument,
    "mutation WebhooksRename($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { name version } }": typeof types.WebhooksRenameDocument,
    "query WebhooksOrgVersion { organization { version } }": typeof types.WebhooksOrgVersionDocument,
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
    "mutation FlowRegister($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id version } }": typeof types.FlowRegisterDocument,
    "mutation FlowAcknowledge($id: ID!, $input: AcknowledgeComplaintInput!) { acknowledgeComplaint(id: $id, input: $input) { id version } }": typeof types.FlowAcknowledgeDocument,
    "mutation FlowStart($id: ID!, $input: StartComplaintHandlingInput!) { startComplaintHandling(id: $id, input: $input) { id version } }": typeof types.FlowStartDocument,
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
    "query LanguagesOrganization { organization { languages version } }": types.LanguagesOrganizationDocument,
    "mutation LanguagesUpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { languages version } }": types.LanguagesUpdateOrganizationDocument,
    "mutation LanguagesTranslate($id: ID!, $input: TranslateCodeVersionInput!) {\n  translateCodeVersion(id: $id, input: $input) { id revision language missingLanguages translations { language title policyStatement promises { key title text } } } }": types.LanguagesTranslateDocument,
    "query LanguagesVersion($id: ID!) {\n  codeVersion(id: $id) { id revision status language missingLanguages staleLanguages translations { language title policyStatement promises { key title text } } } }": types.LanguagesVersionDocument,
    "query LanguagesPublishedCode($slug: String!, $key: String!, $language: String) {\n  publishedCode(organizationSlug: $slug, codeKey: $key, language: $language) {\n    key title language availableLanguages currentVersion { version policyStatement promises { key title text } } } }": types.LanguagesPublishedCodeDocument,
    "query LanguagesPublishedCodes($slug: String!, $language: String) {\n  publishedCodes(organizationSlug: $slug, language: $language) { key title language availableLanguages } }": types.LanguagesPublishedCodesDocument,
    "mutation LanguagesSubmitComplaint($slug: String!, $input: SubmitComplaintInput!) { submitComplaint(organizationSlug: $slug, input: $input) { reference } }": types.LanguagesSubmitComplaintDocument,
    "mutation LanguagesRegister($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id version language } }": types.LanguagesRegisterDocument,
    "mutation LanguagesUpdateComplaint($id: ID!, $input: UpdateComplaintInput!) { updateComplaint(id: $id, input: $input) { id version language } }": types.LanguagesUpdateComplaintDocument,
    "query LanguagesComplaint($id: ID!) { complaint(id: $id) { id version language letters { kind language subject body } } }": types.LanguagesComplaintDocument,
    "mutation LanguagesCreateTemplate($input: CreateLetterTemplateInput!) { createLetterTemplate(input: $input) { id language } }": types.LanguagesCreateTemplateDocument,
    "mutation LanguagesAcknowledge($id: ID!, $input: AcknowledgeComplaintInput!) {\n  acknowledgeComplaint(id: $id, input: $input) { id status letters { kind language subject body } } }": types.LanguagesAcknowledgeDocument,
    "mutation LanguagesReturn($id: ID!, $input: ReturnCodeVersionInput!) { returnCodeVersionToDraft(id: $id, input: $input) { revision } }": types.LanguagesReturnDocument,
    "mutation LanguagesReturnStale($id: ID!, $input: ReturnCodeVersionInput!) { returnCodeVersionToDraft(id: $id, input: $input) { revision } }": types.LanguagesReturnStaleDocument,
    "query CodesDue($within: Int!) { codesDueForReview(within: $within) { id nextReviewDue code { key } } }": types.CodesDueDocument,
    "fragment CommunicationPlanFields on CommunicationPlan {\n  id version audience channel message frequency plannedOn executedOn status evidence cancellationReason codeVersion { id version } owner { id } }": types.CommunicationPlanFieldsFragmentDoc,
    "mutation CommunicationCreate($input: CreateCommunicationPlanInput!) { createCommunicationPlan(input: $input) { ...CommunicationPlanFields } }": types.CommunicationCreateDocument,
    "mutation CommunicationUpdate($id: ID!, $input: UpdateCommunicationPlanInput!) { updateCommunicationPlan(id: $id, input: $input) { ...CommunicationPlanFields } }": types.CommunicationUpdateDocument,
    "mutation CommunicationComplete($id: ID!, $input: CompleteCommunicationPlanInput!) { completeCommunicationPlan(id: $id, input: $input) { ...CommunicationPlanFields } }": types.CommunicationCompleteDocument,
    "mutation CommunicationCancel($id: ID!, $input: CancelCommunicationPlanInput!) { cancelCommunicationPlan(id: $id, input: $input) { ...CommunicationPlanFields } }": types.CommunicationCancelDocument,
    "mutation CommunicationDelete($id: ID!, $v: Int!) { deleteCommunicationPlan(id: $id, expectedVersion: $v) { id } }": types.CommunicationDeleteDocument,
    "query CommunicationPlan($id: ID!) { communicationPlan(id: $id) { ...CommunicationPlanFields } }": types.CommunicationPlanDocument,
    "query CommunicationPlans($codeVersionId: ID, $audience: CommunicationAudience, $status: CommunicationPlanStatus, $first: Int, $after: String) {\n  communicationPlans(codeVersionId: $codeVersionId, audience: $audience, status: $status, first: $first, after: $after) {\n    totalCount edges { node { message plannedOn } } pageInfo { hasNextPage endCursor } } }": types.CommunicationPlansDocument,
    "query CommunicationCoverage($id: ID!) { communicationCoverage(codeVersionId: $id) {\n  codeVersion { id } inForce reached notReached audiences { audience reached donePlans plannedPlans lastReachedOn nextPlannedOn } } }": types.CommunicationCoverageDocument,
    "fragment LawComplaintFields on Complaint { id version reference status kind receivedAt\n  acknowledgementDueAt resolutionDueAt extendedResolutionDueAt workingResolutionDueAt pausedAt pausedWorkingDays\n  resolvedAt resolvedOnTime closedAt reopenedAt reopenCount outsideCodeReason isOverdue anonymizedAt\n  complainantType complainantMandate employeeInformedAt employeeConcerned { id } handler { id } registeredBy { id }\n  complainant { name address mandateReference }\n  timeline { kind from to note dueAt actor { id } } }": types.LawComplaintFieldsFragmentDoc,
    "query LawLetters($id: ID!) { complaint(id: $id) { letters { id kind language body } timeline { kind letter { id kind } } } }": types.LawLettersDocument,
    "query LawOrganization { organization { version statutoryRulePack complaintPolicy { acknowledgeWithin acknowledgeUnit resolveWithin resolveUnit }\n  statutoryRules { pack title acknowledgement { within unit source { law article url } } disputesBody { required source { law } } retention { years source { law article url } } notes }\n  compliance { rule field description currentValue requiredValue source { law article url } } } }": types.LawOrganizationDocument,
    "mutation LawUpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { version statutoryRulePack\n  complaintPolicy { acknowledgeWithin acknowledgeUnit } compliance { rule currentValue requiredValue } } }": types.LawUpdateOrganizationDocument,
    "mutation LawRegister($input: RegisterComplaintInput!) { registerComplaint(input: $input) { ...LawComplaintFields } }": types.LawRegisterDocument,
    "mutation LawSubmit($slug: String!, $input: SubmitComplaintInput!) { submitComplaint(organizationSlug: $slug, input: $input) { reference } }": types.LawSubmitDocument,
    "query LawComplaint($id: ID!) { complaint(id: $id) { ...LawComplaintFields } }": types.LawComplaintDocument,
    "query LawList($overdue: Boolean, $kind: ComplaintKind, $search: String) { complaints(first: 100, overdue: $overdue, kind: $kind, search: $search) {\n  totalCount edges { node { id reference isOverdue } } } }": types.LawListDocument,
    "mutation LawUpdate($id: ID!, $input: UpdateComplaintInput!) { updateComplaint(id: $id, input: $input) { ...LawComplaintFields } }": types.LawUpdateDocument,
    "mutation LawAcknowledge($id: ID!, $input: AcknowledgeComplaintInput!) { acknowledgeComplaint(id: $id, input: $input) { ...LawComplaintFields } }": types.LawAcknowledgeDocument,
    "mutation LawStart($id: ID!, $input: StartComplaintHandlingInput!) { startComplaintHandling(id: $id, input: $input) { ...LawComplaintFields } }": types.LawStartDocument,
    "mutation LawResolve($id: ID!, $input: ResolveComplaintInput!) { resolveComplaint(id: $id, input: $input) { ...LawComplaintFields } }": types.LawResolveDocument,
    "mutation LawClose($id: ID!, $input: ComplaintStepInput!) { closeComplaint(id: $id, input: $input) { ...LawComplaintFields } }": types.LawCloseDocument,
    "mutation LawInform($id: ID!, $input: ComplaintStepInput!) { informEmployeeConcerned(id: $id, input: $input) { ...LawComplaintFields } }": types.LawInformDocument,
    "mutation LawExtend($id: ID!, $input: ExtendComplaintDeadlineInput!) { extendComplaintDeadline(id: $id, input: $input) { ...LawComplaintFields } }": types.LawExtendDocument,
    "mutation LawPause($id: ID!, $input: ComplaintReasonInput!) { pauseComplaint(id: $id, input: $input) { ...LawComplaintFields } }": types.LawPauseDocument,
    "mutation LawResume($id: ID!, $input: ComplaintStepInput!) { resumeComplaint(id: $id, input: $input) { ...LawComplaintFields } }": types.LawResumeDocument,
    "mutation LawReopen($id: ID!, $input: ComplaintReasonInput!) { reopenComplaint(id: $id, input: $input) { ...LawComplaintFields } }": types.LawReopenDocument,
    "mutation LawAnonymize($id: ID!, $expectedVersion: Int!) { anonymizeComplaint(id: $id, expectedVersion: $expectedVersion) { ...LawComplaintFields } }": types.LawAnonymizeDocument,
    "query LawDue { complaintsDueForAnonymisation { dryRun due references } }": types.LawDueDocument,
    "mutation LawAnonymizeDue($input: AnonymizeDueComplaintsInput!) { anonymizeDueComplaints(input: $input) { dryRun due references } }": types.LawAnonymizeDueDocument,
    "query LawCodeGaps { codeGaps { total words { word count } byCategory { category count words { word count } } } }": types.LawCodeGapsDocument,
    "query LawAnalysis($year: Int!) { complaintAnalysis(year: $year) { totals { received resolved unresolved withoutPromise } } }": types.LawAnalysisDocument,
    "query LawCodeStatus($codeId: ID!) { codeStatus(codeId: $codeId) { promises { promise { key } complaints { received open } } } }": types.LawCodeStatusDocument,
    "query LawAudit($id: ID) { auditEvents(entityId: $id, first: 50) { edges { node { action changes } } } }": types.LawAuditDocument,
    "mutation TrackingSubmit($slug: String!, $input: SubmitComplaintInput!) { submitComplaint(organizationSlug: $slug, input: $input) { reference trackingSecret } }": types.TrackingSubmitDocument,
    "query TrackingStatus($slug: String!, $reference: String!, $secret: String!) {\n  complaintStatus(organizationSlug: $slug, reference: $reference, secret: $secret) {\n    reference status receivedAt acknowledgementDueAt resolutionDueAt extensionReason\n    letters { kind sentAt language subject body } outcome disputesRoute { name postalAddress website appealWithinMonths } } }": types.TrackingStatusDocument,
    "query TrackingComplaints($search: String) { complaints(first: 5, search: $search) { edges { node { id version reference } } } }": types.TrackingComplaintsDocument,
    "mutation TrackingRegister($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id version reference } }": types.TrackingRegisterDocument,
    "mutation TrackingIssue($id: ID!) { issueComplaintTrackingSecret(id: $id) { reference trackingSecret } }": types.TrackingIssueDocument,
    "mutation TrackingUpdate($id: ID!, $input: UpdateComplaintInput!) { updateComplaint(id: $id, input: $input) { version } }": types.TrackingUpdateDocument,
    "mutation TrackingAcknowledge($id: ID!, $input: AcknowledgeComplaintInput!) { acknowledgeComplaint(id: $id, input: $input) { version } }": types.TrackingAcknowledgeDocument,
    "mutation TrackingStart($id: ID!, $input: StartComplaintHandlingInput!) { startComplaintHandling(id: $id, input: $input) { version } }": types.TrackingStartDocument,
    "mutation TrackingExtend($id: ID!, $input: ExtendComplaintDeadlineInput!) { extendComplaintDeadline(id: $id, input: $input) { version workingResolutionDueAt } }": types.TrackingExtendDocument,
    "mutation TrackingResolve($id: ID!, $input: ResolveComplaintInput!) { resolveComplaint(id: $id, input: $input) { version } }": types.TrackingResolveDocument,
    "mutation TrackingClose($id: ID!, $input: ComplaintStepInput!) { closeComplaint(id: $id, input: $input) { version } }": types.TrackingCloseDocument,
    "mutation TrackingAnonymize($id: ID!, $expectedVersion: Int!) { anonymizeComplaint(id: $id, expectedVersion: $expectedVersion) { anonymizedAt } }": types.TrackingAnonymizeDocument,
    "query TrackingAudit($id: ID!) { auditEvents(first: 20, entityId: $id) { edges { node { action changes } } } }": types.TrackingAuditDocument,
    "query ComplaintsByPromisePage($promiseId: ID!, $status: [ComplaintStatus!], $first: Int, $after: String) {\n  complaints(promiseId: $promiseId, status: $status, first: $first, after: $after) {\n    totalCount pageInfo { hasNextPage endCursor } edges { node { id receivedAt } } } }": types.ComplaintsByPromisePageDocument,
    "fragment ComplaintsComplaintFields on Complaint { id version reference receivedAt channel subject description status categories\n  acknowledgementDueAt acknowledgedAt acknowledgedOnTime resolutionDueAt resolvedAt resolvedOnTime\n  decision outcome closedAt isOverdue satisfaction anonymizedAt\n  complainant { name email phone customerReference }\n  handler { id } registeredBy { id }\n  promises { id key }\n  escalation { body escalatedAt outcome binding decidedAt }\n  timeline { at from to note actor { id } } }": types.ComplaintsComplaintFieldsFragmentDoc,
    "mutation ComplaintsRegister($input: RegisterComplaintInput!) { registerComplaint(input: $input) { ...ComplaintsComplaintFields } }": types.ComplaintsRegisterDocument,
    "mutation ComplaintsSubmit($slug: String!, $input: SubmitComplaintInput!) { submitComplaint(organizationSlug: $slug, input: $input) { reference } }": types.ComplaintsSubmitDocument,
    "mutation ComplaintsUpdate($id: ID!, $input: UpdateComplaintInput!) { updateComplaint(id: $id, input: $input) { ...ComplaintsComplaintFields } }": types.ComplaintsUpdateDocument,
    "query ComplaintsComplaint($id: ID!) { complaint(id: $id) { ...ComplaintsComplaintFields } }": types.ComplaintsComplaintDocument,
    "mutation ComplaintsAcknowledge($id: ID!, $input: AcknowledgeComplaintInput!) { acknowledgeComplaint(id: $id, input: $input) { ...ComplaintsComplaintFields } }": types.ComplaintsAcknowledgeDocument,
    "mutation ComplaintsStart($id: ID!, $input: StartComplaintHandlingInput!) { startComplaintHandling(id: $id, input: $input) { ...ComplaintsComplaintFields } }": types.ComplaintsStartDocument,
    "mutation ComplaintsResolve($id: ID!, $input: ResolveComplaintInput!) { resolveComplaint(id: $id, input: $input) { ...ComplaintsComplaintFields } }": types.ComplaintsResolveDocument,
    "mutation ComplaintsClose($id: ID!, $input: ComplaintStepInput!) { closeComplaint(id: $id, input: $input) { ...ComplaintsComplaintFields } }": types.ComplaintsCloseDocument,
    "mutation ComplaintsEscalate($id: ID!, $input: EscalateComplaintInput!) { escalateComplaint(id: $id, input: $input) { ...ComplaintsComplaintFields } }": types.ComplaintsEscalateDocument,
    "mutation ComplaintsDecide($id: ID!, $input: RecordEscalationDecisionInput!) { recordEscalationDecision(id: $id, input: $input) { ...ComplaintsComplaintFields } }": types.ComplaintsDecideDocument,
    "query ComplaintsDisputesCase($id: ID!) { complaint(id: $id) { disputesCase { status outcome binding body { name outcomeKind } } } }": types.ComplaintsDisputesCaseDocument,
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
    "fragment ActionsActionFields on CorrectiveAction {\n  id version kind title rootCause plannedAction dueOn status startedAt doneAt reopenNote cancellationReason cancelledAt decidedAt isOverdue\n  promise { id key } complaints { edges { node { id } } } owner { id } decidedBy { id } createdBy { id }\n  effectivenessCheck { verifiedBy { id } verifiedOn effective note } }": types.ActionsActionFieldsFragmentDoc,
    "mutation ActionsCreate($input: CreateCorrectiveActionInput!) { createCorrectiveAction(input: $input) { ...ActionsActionFields } }": types.ActionsCreateDocument,
    "mutation ActionsUpdate($id: ID!, $input: UpdateCorrectiveActionInput!) { updateCorrectiveAction(id: $id, input: $input) { ...ActionsActionFields } }": types.ActionsUpdateDocument,
    "mutation ActionsStart($id: ID!, $input: CorrectiveActionStepInput!) { startCorrectiveAction(id: $id, input: $input) { ...ActionsActionFields } }": types.ActionsStartDocument,
    "mutation ActionsComplete($id: ID!, $input: CorrectiveActionStepInput!) { completeCorrectiveAction(id: $id, input: $input) { ...ActionsActionFields } }": types.ActionsCompleteDocument,
    "mutation ActionsCheck($id: ID!, $input: CheckEffectivenessInput!) { checkCorrectiveActionEffectiveness(id: $id, input: $input) { ...ActionsActionFields } }": types.ActionsCheckDocument,
    "mutation ActionsReopen($id: ID!, $input: ReopenCorrectiveActionInput!) { reopenCorrectiveAction(id: $id, input: $input) { ...ActionsActionFields } }": types.ActionsReopenDocument,
    "mutation ActionsCancel($id: ID!, $input: CancelCorrectiveActionInput!) { cancelCorrectiveAction(id: $id, input: $input) { ...ActionsActionFields } }": types.ActionsCancelDocument,
    "query ActionsAction($id: ID!) { correctiveAction(id: $id) { ...ActionsActionFields } }": types.ActionsActionDocument,
    "query ActionsList($status: [CorrectiveActionStatus!], $kind: CorrectiveActionKind, $promiseId: ID, $overdue: Boolean) {\n  correctiveActions(first: 100, status: $status, kind: $kind, promiseId: $promiseId, overdue: $overdue) { totalCount edges { node { id dueOn } } } }": types.ActionsListDocument,
    "query ActionsOverdue($first: Int, $after: String) { overdueCorrectiveActions(first: $first, after: $after) {\n  totalCount edges { node { id dueOn status isOverdue } } pageInfo { hasNextPage endCursor } } }": types.ActionsOverdueDocument,
    "mutation ActionsRegisterComplaint($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id version reference } }": types.ActionsRegisterComplaintDocument,
    "query ActionsComplaintActions($id: ID!) { complaint(id: $id) { correctiveActions { edges { node { id promise { key complaints { edges { node { id } } } correctiveActions { edges { node { id } } } } } } } } }": types.ActionsComplaintActionsDocument,
    "query ActionsComplaintPromises($id: ID!) { complaint(id: $id) { promises { id correctiveActions { edges { node { id } } } } } }": types.ActionsComplaintPromisesDocument,
    "query ActionsAuditEvents($id: ID) { auditEvents(entityId: $id, first: 10) { edges { node { action changes } } } }": types.ActionsAuditEventsDocument,
    "fragment CorrespondenceTemplateFields on LetterTemplate { id kind language subject body version }": types.CorrespondenceTemplateFieldsFragmentDoc,
    "mutation CorrespondenceCreateTemplate($input: CreateLetterTemplateInput!) { createLetterTemplate(input: $input) { ...CorrespondenceTemplateFields } }": types.CorrespondenceCreateTemplateDocument,
    "mutation CorrespondenceUpdateTemplate($id: ID!, $input: UpdateLetterTemplateInput!) { updateLetterTemplate(id: $id, input: $input) { ...CorrespondenceTemplateFields } }": types.CorrespondenceUpdateTemplateDocument,
    "mutation CorrespondenceDeleteTemplate($id: ID!, $v: Int!) { deleteLetterTemplate(id: $id, expectedVersion: $v) { id } }": types.CorrespondenceDeleteTemplateDocument,
    "query CorrespondenceTemplates($kind: LetterKind, $language: String) { letterTemplates(kind: $kind, language: $language) { totalCount edges { node { kind language } } } }": types.CorrespondenceTemplatesDocument,
    "query CorrespondencePlaceholders { letterPlaceholders { name description requiredIn } }": types.CorrespondencePlaceholdersDocument,
    "query CorrespondencePreview($complaintId: ID!, $kind: LetterKind!, $language: String, $decision: String) {\n  previewLetter(complaintId: $complaintId, kind: $kind, language: $language, decision: $decision) { kind language templateId subject body missing } }": types.CorrespondencePreviewDocument,
    "mutation CorrespondenceRegister($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id version reference receivedAt resolutionDueAt } }": types.CorrespondenceRegisterDocument,
    "mutation CorrespondenceAcknowledge($id: ID!, $input: AcknowledgeComplaintInput!) {\n  acknowledgeComplaint(id: $id, input: $input) { id version status acknowledgedAt acknowledgedOnTime\n    letters { id kind language channel sentAt subject body edited sentBy { id } }\n    timeline { to letter { id kind } } } }": types.CorrespondenceAcknowledgeDocument,
    "mutation CorrespondenceStart($id: ID!, $input: StartComplaintHandlingInput!) { startComplaintHandling(id: $id, input: $input) { id version } }": types.CorrespondenceStartDocument,
    "mutation CorrespondenceResolve($id: ID!, $input: ResolveComplaintInput!) {\n  resolveComplaint(id: $id, input: $input) { id version status resolvedAt letters { kind language channel body edited } timeline { to letter { kind } } } }": types.CorrespondenceResolveDocument,
    "query CorrespondenceComplaint($id: ID!) { complaint(id: $id) { status version letters { kind body subject } } }": types.CorrespondenceComplaintDocument,
    "query CorrespondenceMember($id: ID!) { user(id: $id) { name } }": types.CorrespondenceMemberDocument,
    "mutation CorrespondenceExtend($id: ID!, $input: ExtendComplaintDeadlineInput!) {\n  extendComplaintDeadline(id: $id, input: $input) { id version workingResolutionDueAt\n    letters { id kind language channel sentAt subject body edited }\n    timeline { kind dueAt note letter { id kind } } } }": types.CorrespondenceExtendDocument,
    "query CorrespondenceExtended($id: ID!) { complaint(id: $id) { version workingResolutionDueAt extendedResolutionDueAt letters { kind } timeline { kind } } }": types.CorrespondenceExtendedDocument,
    "mutation FaultsCreateResource($input: CreateResourceInput!) { createResource(input: $input) { id description } }": types.FaultsCreateResourceDocument,
    "mutation FaultsRenameOrganization($name: String!) { updateOrganization(input: { expectedVersion: 1, name: $name }) { name } }": types.FaultsRenameOrganizationDocument,
    "query FaultsMe { me { id } }": types.FaultsMeDocument,
    "fragment DisputesBodyFields on DisputesBody { id name outcomeKind feeCents currency feeRefundRule responseWithin responseUnit appealWithinMonths website source isDefault version }": types.DisputesBodyFieldsFragmentDoc,
    "fragment DisputesCaseFields on DisputesCase { id version origin status bodyReference filedAt responseDueAt respondedAt respondedOnTime outcome decidedAt binding\n  adviceFollowed feeCents feeCurrency feeRefundDue feeRefundedOn closedAt compliance { on description documentReference }\n  body { id name } complaint { id status version reference escalation { body escalatedAt outcome binding decidedAt } timeline { from to } } }": types.DisputesCaseFieldsFragmentDoc,
    "mutation DisputesCreateBody($input: CreateDisputesBodyInput!) { createDisputesBody(input: $input) { ...DisputesBodyFields } }": types.DisputesCreateBodyDocument,
    "mutation DisputesUpdateBody($id: ID!, $input: UpdateDisputesBodyInput!) { updateDisputesBody(id: $id, input: $input) { ...DisputesBodyFields } }": types.DisputesUpdateBodyDocument,
    "query DisputesBodies { disputesBodies(first: 50) { edges { node { name isDefault } } } }": types.DisputesBodiesDocument,
    "mutation DisputesOpen($input: OpenDisputesCaseInput!) { openDisputesCase(input: $input) { ...DisputesCaseFields } }": types.DisputesOpenDocument,
    "mutation DisputesForwarded($input: RegisterForwardedDisputesCaseInput!) { registerForwardedDisputesCase(input: $input) { ...DisputesCaseFields } }": types.DisputesForwardedDocument,
    "mutation DisputesRespond($id: ID!, $input: RespondToDisputesCaseInput!) { respondToDisputesCase(id: $id, input: $input) { ...DisputesCaseFields } }": types.DisputesRespondDocument,
    "mutation DisputesDecide($id: ID!, $input: DecideDisputesCaseInput!) { decideDisputesCase(id: $id, input: $input) { ...DisputesCaseFields } }": types.DisputesDecideDocument,
    "mutation DisputesClose($id: ID!, $input: CloseDisputesCaseInput!) { closeDisputesCase(id: $id, input: $input) { ...DisputesCaseFields } }": types.DisputesCloseDocument,
    "query DisputesCases($status: [DisputesCaseStatus!]) { disputesCases(status: $status, first: 100) { totalCount edges { node { id status } } } }": types.DisputesCasesDocument,
    "query DisputesComplaint($id: ID!) { complaint(id: $id) { id status version disputesCase { id status } } }": types.DisputesComplaintDocument,
    "mutation DisputesRegister($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id version } }": types.DisputesRegisterDocument,
    "mutation DisputesAcknowledge($id: ID!, $input: AcknowledgeComplaintInput!) { acknowledgeComplaint(id: $id, input: $input) { id version } }": types.DisputesAcknowledgeDocument,
    "mutation DisputesStart($id: ID!, $input: StartComplaintHandlingInput!) { startComplaintHandling(id: $id, input: $input) { id version } }": types.DisputesStartDocument,
    "mutation DisputesResolve($id: ID!, $input: ResolveComplaintInput!) { resolveComplaint(id: $id, input: $input) { id version resolvedAt } }": types.DisputesResolveDocument,
    "mutation DisputesCloseComplaint($id: ID!, $input: ComplaintStepInput!) { closeComplaint(id: $id, input: $input) { id version } }": types.DisputesCloseComplaintDocument,
    "mutation DisputesAnonymize($id: ID!, $v: Int!) { anonymizeComplaint(id: $id, expectedVersion: $v) { id anonymizedAt } }": types.DisputesAnonymizeDocument,
    "query DisputesCodeStatus($codeId: ID!) { codeStatus(codeId: $codeId) { promises { promise { key } complaints { received disputes { cases rated overturned overturnRate } } } } }": types.DisputesCodeStatusDocument,
    "query DisputesAnalysis($year: Int!) { complaintAnalysis(year: $year) { byPromise { promiseKey complaints disputes { cases rated overturned overturnRate } } } }": types.DisputesAnalysisDocument,
    "mutation PayloadsSubscribe($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { secret } }": types.PayloadsSubscribeDocument,
    "mutation PayloadsRegister($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id version } }": types.PayloadsRegisterDocument,
    "mutation PayloadsAcknowledge($id: ID!, $input: AcknowledgeComplaintInput!) { acknowledgeComplaint(id: $id, input: $input) { id version } }": types.PayloadsAcknowledgeDocument,
    "mutation PayloadsRenameMember($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id version } }": types.PayloadsRenameMemberDocument,
    "query PayloadsMember($id: ID!) { user(id: $id) { version } }": types.PayloadsMemberDocument,
    "query ExamplesClientComplaintCount { complaints(first: 1) { totalCount } }": types.ExamplesClientComplaintCountDocument,
    "query ExamplesClientFirstCode { codes(first: 1) { edges { node { id version } } } }": types.ExamplesClientFirstCodeDocument,
    "\n  mutation FinautCreateRequirement($input: CreateTrainingRequirementInput!) {\n    createTrainingRequirement(input: $input) {\n      id\n      authorisation\n      subject\n    }\n  }\n": types.FinautCreateRequirementDocument,
    "\n  mutation FinautCreateRecord($input: CreateTrainingRecordInput!) {\n    createTrainingRecord(input: $input) {\n      id\n    }\n  }\n": types.FinautCreateRecordDocument,
    "\n  query FinautStatus($personId: ID!) {\n    authorisationStatus(personId: $personId) {\n      eligibility\n      missingItems\n      practice {\n        requiredMonths\n        documentedMonths\n      }\n      elements {\n        assessment\n        topic\n        subject\n        status\n        validUntil\n        requirement {\n          title\n        }\n      }\n      registration {\n        version\n        practiceMonths\n        registerStatus\n        registerNumber\n      }\n    }\n  }\n": types.FinautStatusDocument,
    "\n  mutation FinautRegister($input: RecordAuthorisationRegistrationInput!) {\n    recordAuthorisationRegistration(input: $input) {\n      version\n      practiceMonths\n      registerStatus\n      registerNumber\n      registerStatusSince\n    }\n  }\n": types.FinautRegisterDocument,
    "query FoundationUsers($first: Int, $after: String) { users(first: $first, after: $after) { totalCount edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }": types.FoundationUsersDocument,
    "mutation FoundationCreateUsers($input: [CreateUserInput!]!) { createUsers(input: $input) { id email version } }": types.FoundationCreateUsersDocument,
    "mutation FoundationUpdateUser($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id name version } }": types.FoundationUpdateUserDocument,
    "query FoundationUser($id: ID!) { user(id: $id) { id name } }": types.FoundationUserDocument,
    "query FoundationDashboard { me { id } }": types.FoundationDashboardDocument,
    "query FoundationWhoAmI { me { id roles organizationSlug user { name } } organization { slug timezone holidayCountry } }": types.FoundationWhoAmIDocument,
    "query FoundationPartialDashboard { me { id roles } auditEvents(first: 5) { totalCount } organization { slug } }": types.FoundationPartialDashboardDocument,
    "query FoundationAudit($entityId: ID, $first: Int, $after: String) { auditEvents(entityId: $entityId, first: $first, after: $after) {\n      totalCount edges { cursor node { action entityType entityId actorId actorRoles changes } } pageInfo { hasNextPage endCursor } } }": types.FoundationAuditDocument,
    "mutation ShutdownRename { updateOrganization(input: { expectedVersion: 1, name: \"Renamed\" }) { name } }": types.ShutdownRenameDocument,
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
    "\n  query IsoClausesFramework {\n    normFramework(key: \"ISO10001\") {\n      requirements {\n        ref\n        title\n        children {\n          ref\n          title\n        }\n      }\n    }\n  }\n": types.IsoClausesFrameworkDocument,
    "\n  mutation InstancesSubscribe($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { secret subscription { id } } }\n": types.InstancesSubscribeDocument,
    "mutation InstancesRename($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { version } }": types.InstancesRenameDocument,
    "query InstancesVersion { organization { version } }": types.InstancesVersionDocument,
    "\n  query OperationsJobs($state: JobState, $queue: String) {\n    jobs(state: $state, queue: $queue) { enabled queues { name waiting retrying active completed failed } jobs { id queue state retryCount retryLimit createdAt completedAt error } }\n  }\n": types.OperationsJobsDocument,
    "mutation JobsShutdownSubscribe($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { secret } }": types.JobsShutdownSubscribeDocument,
    "mutation JobsShutdownRename { updateOrganization(input: { expectedVersion: 1, name: \"Renamed\" }) { name } }": types.JobsShutdownRenameDocument,
    "query JwksWhoAmI { me { id roles organizationSlug } }": types.JwksWhoAmIDocument,
    "query JwksMeId { me { id } }": types.JwksMeIdDocument,
    "query JwksMember { me { id roles user { id email externalSubject } } }": types.JwksMemberDocument,
    "fragment KpisKpiFields on Kpi { id version name kind unit direction target threshold frequency promiseKey archived archivedAt\n  chain { id name } code { id key } promise { id key title } }": types.KpisKpiFieldsFragmentDoc,
    "mutation KpisCreateChain($input: CreateKpiChainInput!) { createKpiChain(input: $input) { id name version activeKpiCount kpiLimit capacityWarning } }": types.KpisCreateChainDocument,
    "query KpisChain($id: ID!) { kpiChain(id: $id) { id name activeKpiCount kpiLimit capacityWarning kpis { name } links { cause { name } effect { name } } } }": types.KpisChainDocument,
    "mutation KpisCreate($input: CreateKpiInput!) { createKpi(input: $input) { ...KpisKpiFields } }": types.KpisCreateDocument,
    "mutation KpisUpdate($id: ID!, $input: UpdateKpiInput!) { updateKpi(id: $id, input: $input) { ...KpisKpiFields } }": types.KpisUpdateDocument,
    "mutation KpisArchive($id: ID!, $v: Int!) { archiveKpi(id: $id, expectedVersion: $v) { id version archived archivedAt } }": types.KpisArchiveDocument,
    "mutation KpisRestore($id: ID!, $v: Int!) { restoreKpi(id: $id, expectedVersion: $v) { id version archived } }": types.KpisRestoreDocument,
    "query KpisKpi($id: ID!) { kpi(id: $id) { ...KpisKpiFields } }": types.KpisKpiDocument,
    "query KpisList($chainId: ID, $codeId: ID, $promiseKey: String, $includeArchived: Boolean, $first: Int, $after: String) {\n  kpis(chainId: $chainId, codeId: $codeId, promiseKey: $promiseKey, includeArchived: $includeArchived, first: $first, after: $after) {\n    totalCount edges { node { name archived } } pageInfo { hasNextPage endCursor } } }": types.KpisListDocument,
    "mutation KpisLink($c: ID!, $e: ID!) { linkKpis(causeId: $c, effectId: $e) { id cause { name } effect { name } } }": types.KpisLinkDocument,
    "mutation KpisUnlink($c: ID!, $e: ID!) { unlinkKpis(causeId: $c, effectId: $e) { id cause { name } effect { name } } }": types.KpisUnlinkDocument,
    "query KpisGraph($id: ID!) { kpi(id: $id) { name causes { name } effects { name } allCauses: causes(transitive: true) { name } allEffects: effects(transitive: true) { name } } }": types.KpisGraphDocument,
    "mutation KpisRecord($input: [RecordKpiMeasurementInput!]!) { recordMeasurements(input: $input) { id periodStart periodEnd value note corrected version recordedBy { id } kpi { id } } }": types.KpisRecordDocument,
    "query KpisStatus($id: ID!, $periods: Int) { kpi(id: $id) { status trend(periods: $periods) expectedPeriod { start end } latestMeasurement { periodStart value } } }": types.KpisStatusDocument,
    "query KpisHistory($id: ID!, $from: LocalDate, $to: LocalDate, $first: Int, $after: String) { kpi(id: $id) {\n  measurements(from: $from, to: $to, first: $first, after: $after) { totalCount edges { cursor node { periodStart value } } pageInfo { hasNextPage endCursor } } } }": types.KpisHistoryDocument,
    "query KpisPromiseKpis($id: ID!) { kpi(id: $id) { promise { kpis { totalCount edges { node { name } } } } } }": types.KpisPromiseKpisDocument,
    "query KpisAuditEvents($id: ID!) { auditEvents(entityId: $id) { edges { node { action changes } } } }": types.KpisAuditEventsDocument,
    "query KpisAllWithHistory { kpis(first: 100) { edges { node { name status trend measurements(first: 2) { totalCount edges { node { value } } } } } } }": types.KpisAllWithHistoryDocument,
    "mutation LoadersRegister($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id } }": types.LoadersRegisterDocument,
    "mutation LoadersCreateAction($input: CreateCorrectiveActionInput!) { createCorrectiveAction(input: $input) { id } }": types.LoadersCreateActionDocument,
    "query LoadersActionComplaints($id: ID!) { correctiveAction(id: $id) {\n  complaints { edges { node { id subject } } }\n  promise { complaints { edges { node { id subject } } } }\n} }": types.LoadersActionComplaintsDocument,
    "query LoadersComplaintActions($id: ID!) { complaint(id: $id) {\n  correctiveActions { edges { node { id title } } }\n  promises { correctiveActions { edges { node { id title } } } }\n} }": types.LoadersComplaintActionsDocument,
    "query LoadersPromiseComplaintCount($id: ID!) { complaint(id: $id) { promises { complaints { totalCount } } } }": types.LoadersPromiseComplaintCountDocument,
    "mutation LoadersRegisterTwice($input: RegisterComplaintInput!) {\n  a: registerComplaint(input: $input) { promises { complaints { totalCount edges { node { id } } } } }\n  b: registerComplaint(input: $input) { id promises { complaints { totalCount edges { node { id } } } } }\n}": types.LoadersRegisterTwiceDocument,
    "mutation LostUpdatesRegisterComplaint($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id version } }": types.LostUpdatesRegisterComplaintDocument,
    "mutation LostUpdatesUpdateComplaint($id: ID!, $input: UpdateComplaintInput!) { updateComplaint(id: $id, input: $input) { id version } }": types.LostUpdatesUpdateComplaintDocument,
    "mutation LostUpdatesAcknowledgeComplaint($id: ID!, $input: AcknowledgeComplaintInput!) { acknowledgeComplaint(id: $id, input: $input) { id version } }": types.LostUpdatesAcknowledgeComplaintDocument,
    "mutation LostUpdatesAddClosureDay($input: AddClosureDayInput!) { addClosureDay(input: $input) { id version } }": types.LostUpdatesAddClosureDayDocument,
    "mutation LostUpdatesRemoveClosureDay($date: LocalDate!, $v: Int!) { removeClosureDay(date: $date, expectedVersion: $v) { id } }": types.LostUpdatesRemoveClosureDayDocument,
    "mutation LostUpdatesCreateCorrectiveAction($input: CreateCorrectiveActionInput!) { createCorrectiveAction(input: $input) { id version kind title dueOn } }": types.LostUpdatesCreateCorrectiveActionDocument,
    "mutation LostUpdatesUpdateCorrectiveAction($id: ID!, $input: UpdateCorrectiveActionInput!) { updateCorrectiveAction(id: $id, input: $input) { id version } }": types.LostUpdatesUpdateCorrectiveActionDocument,
    "mutation LostUpdatesStartCorrectiveAction($id: ID!, $input: CorrectiveActionStepInput!) { startCorrectiveAction(id: $id, input: $input) { id version } }": types.LostUpdatesStartCorrectiveActionDocument,
    "mutation LostUpdatesCreateKpiChain($input: CreateKpiChainInput!) { createKpiChain(input: $input) { id version } }": types.LostUpdatesCreateKpiChainDocument,
    "mutation LostUpdatesCreateKpi($input: CreateKpiInput!) { createKpi(input: $input) { id version } }": types.LostUpdatesCreateKpiDocument,
    "mutation LostUpdatesUpdateKpi($id: ID!, $input: UpdateKpiInput!) { updateKpi(id: $id, input: $input) { id version } }": types.LostUpdatesUpdateKpiDocument,
    "mutation LostUpdatesArchiveKpi($id: ID!, $v: Int!) { archiveKpi(id: $id, expectedVersion: $v) { id version } }": types.LostUpdatesArchiveKpiDocument,
    "mutation LostUpdatesCreateManagementReview($input: CreateManagementReviewInput!) { createManagementReview(input: $input) { id version year title status decisions analysisTakenAt } }": types.LostUpdatesCreateManagementReviewDocument,
    "mutation LostUpdatesUpdateManagementReview($id: ID!, $input: UpdateManagementReviewInput!) { updateManagementReview(id: $id, input: $input) { id version } }": types.LostUpdatesUpdateManagementReviewDocument,
    "mutation LostUpdatesLinkPreventiveAction($r: ID!, $a: ID!, $v: Int!) { linkPreventiveAction(reviewId: $r, correctiveActionId: $a, expectedVersion: $v) { id version } }": types.LostUpdatesLinkPreventiveActionDocument,
    "mutation LostUpdatesCreateTrainingRequirement($input: CreateTrainingRequirementInput!) { createTrainingRequirement(input: $input) { id version } }": types.LostUpdatesCreateTrainingRequirementDocument,
    "mutation LostUpdatesUpdateTrainingRequirement($id: ID!, $input: UpdateTrainingRequirementInput!) { updateTrainingRequirement(id: $id, input: $input) { id version } }": types.LostUpdatesUpdateTrainingRequirementDocument,
    "mutation LostUpdatesDeleteTrainingRequirement($id: ID!, $v: Int!) { deleteTrainingRequirement(id: $id, expectedVersion: $v) { id } }": types.LostUpdatesDeleteTrainingRequirementDocument,
    "mutation LostUpdatesCreateResource($input: CreateResourceInput!) { createResource(input: $input) { id version } }": types.LostUpdatesCreateResourceDocument,
    "mutation LostUpdatesUpdateResource($id: ID!, $input: UpdateResourceInput!) { updateResource(id: $id, input: $input) { id version } }": types.LostUpdatesUpdateResourceDocument,
    "mutation LostUpdatesDeleteResource($id: ID!, $v: Int!) { deleteResource(id: $id, expectedVersion: $v) { id } }": types.LostUpdatesDeleteResourceDocument,
    "mutation LostUpdatesCreateCommunicationPlan($input: CreateCommunicationPlanInput!) { createCommunicationPlan(input: $input) { id version } }": types.LostUpdatesCreateCommunicationPlanDocument,
    "mutation LostUpdatesUpdateCommunicationPlan($id: ID!, $input: UpdateCommunicationPlanInput!) { updateCommunicationPlan(id: $id, input: $input) { id version } }": types.LostUpdatesUpdateCommunicationPlanDocument,
    "mutation LostUpdatesCancelCommunicationPlan($id: ID!, $input: CancelCommunicationPlanInput!) { cancelCommunicationPlan(id: $id, input: $input) { id version } }": types.LostUpdatesCancelCommunicationPlanDocument,
    "query LostUpdatesOrganization { organization { id version } }": types.LostUpdatesOrganizationDocument,
    "mutation LostUpdatesUpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id version } }": types.LostUpdatesUpdateOrganizationDocument,
    "mutation LostUpdatesCreateUsers($input: [CreateUserInput!]!) { createUsers(input: $input) { id version } }": types.LostUpdatesCreateUsersDocument,
    "mutation LostUpdatesUpdateUser($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id version } }": types.LostUpdatesUpdateUserDocument,
    "fragment ReviewsAnalysisFields on ComplaintAnalysis {\n  year totals { received resolved unresolved overdue upheld } byPromise { promiseKey complaints upheld }\n  acknowledgement { rated onTime rate } resolution { rated onTime rate } outcomes { outcome complaints }\n  previousYear { year totals { received } } changes { figure current previous change } }": types.ReviewsAnalysisFieldsFragmentDoc,
    "fragment ReviewsReviewFields on ManagementReview {\n  id version year period { from to } title status decisions analysisTakenAt signedAt signedBy { id } createdBy { id }\n  preventiveActions { edges { node { id kind title } } } analysis { ...ReviewsAnalysisFields } }": types.ReviewsReviewFieldsFragmentDoc,
    "mutation ReviewsCreate($input: CreateManagementReviewInput!) { createManagementReview(input: $input) { ...ReviewsReviewFields } }": types.ReviewsCreateDocument,
    "mutation ReviewsUpdate($id: ID!, $input: UpdateManagementReviewInput!) { updateManagementReview(id: $id, input: $input) { ...ReviewsReviewFields } }": types.ReviewsUpdateDocument,
    "mutation ReviewsRefresh($id: ID!, $v: Int!) { refreshManagementReviewAnalysis(id: $id, expectedVersion: $v) { ...ReviewsReviewFields } }": types.ReviewsRefreshDocument,
    "mutation ReviewsLink($r: ID!, $a: ID!, $v: Int!) { linkPreventiveAction(reviewId: $r, correctiveActionId: $a, expectedVersion: $v) { ...ReviewsReviewFields } }": types.ReviewsLinkDocument,
    "mutation ReviewsUnlink($r: ID!, $a: ID!, $v: Int!) { unlinkPreventiveAction(reviewId: $r, correctiveActionId: $a, expectedVersion: $v) { ...ReviewsReviewFields } }": types.ReviewsUnlinkDocument,
    "mutation ReviewsSign($id: ID!, $v: Int!) { signManagementReview(id: $id, expectedVersion: $v) { ...ReviewsReviewFields } }": types.ReviewsSignDocument,
    "query ReviewsReview($id: ID!) { managementReview(id: $id) { ...ReviewsReviewFields } }": types.ReviewsReviewDocument,
    "query ReviewsReviews($year: Int, $status: ManagementReviewStatus) { managementReviews(first: 10, year: $year, status: $status) {\n  totalCount edges { node { id year status } } } }": types.ReviewsReviewsDocument,
    "query ReviewsAnalysis($year: Int!) { complaintAnalysis(year: $year) { ...ReviewsAnalysisFields } }": types.ReviewsAnalysisDocument,
    "mutation ReviewsRegisterComplaint($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id version } }": types.ReviewsRegisterComplaintDocument,
    "mutation ReviewsAcknowledgeComplaint($id: ID!, $input: AcknowledgeComplaintInput!) { acknowledgeComplaint(id: $id, input: $input) { id version } }": types.ReviewsAcknowledgeComplaintDocument,
    "mutation ReviewsCreateAction($input: CreateCorrectiveActionInput!) { createCorrectiveAction(input: $input) { id kind title } }": types.ReviewsCreateActionDocument,
    "query MetricsNames { __typename }": types.MetricsNamesDocument,
    "query CachedCodeStatus($codeId: ID!) { codeStatus(codeId: $codeId) {\n  code { key } codeVersion { version } period { from to } status statusCounts { status count }\n  promises { promise { key title } status reasons kpis { name status latestMeasurement { value } } kpiStatusCounts { status count }\n    complaints { received open overdue upheld partiallyUpheld decided overturned acknowledgement { rate } resolution { rate } disputes { cases overturned } }\n    handling { overdue } correctiveActions { open overdue notEffective verifiedEffective } customerPerceived { responses } } } }": types.CachedCodeStatusDocument,
    "query CachedAnalysis($year: Int!) { complaintAnalysis(year: $year) {\n  totals { received resolved unresolved overdue upheld partiallyUpheld unclassified withoutPromise }\n  byCategory { category complaints } byPromise { promiseKey complaints upheld } byChannel { channel complaints } byMonth { month complaints }\n  acknowledgement { rate } resolution { rate } acknowledgementTime { medianHours p90Hours } resolutionTime { medianHours p90Hours }\n  outcomes { outcome complaints } escalations { escalated pending decided binding overturned }\n  actions { kind opened open overdue verifiedEffective notEffective effectivenessRate } recurringRootCauses { rootCause actions }\n  changes { figure change } previousYear { totals { received overdue } } } }": types.CachedAnalysisDocument,
    "query CachedAnalysisWithSurveys($year: Int!) { complaintAnalysis(year: $year) {\n  totals { received } customerSatisfaction { responses { sent answered } } } }": types.CachedAnalysisWithSurveysDocument,
    "\n  query RollupsCodeStatus($codeId: ID!, $period: PeriodInput) {\n    codeStatus(codeId: $codeId, period: $period) {\n      period {\n        from\n        to\n      }\n      promises {\n        promise {\n          key\n        }\n        complaints {\n          received\n          open\n          overdue\n          upheld\n          partiallyUpheld\n          decided\n          decidedUpheld\n          overturned\n          acknowledgement {\n            rated\n            onTime\n            rate\n          }\n          resolution {\n            rated\n            onTime\n            rate\n          }\n          disputes {\n            cases\n            rated\n            overturned\n            overturnRate\n          }\n        }\n        handling {\n          overdue\n          acknowledgement {\n            rated\n            onTime\n            rate\n          }\n          resolution {\n            rated\n            onTime\n            rate\n          }\n        }\n        correctiveActions {\n          open\n          overdue\n          notEffective\n          verifiedEffective\n        }\n      }\n    }\n  }\n": types.RollupsCodeStatusDocument,
    "\n  fragment RollupsAnalysisFields on ComplaintAnalysis {\n    year\n    period {\n      from\n      to\n    }\n    totals {\n      received\n      resolved\n      unresolved\n      overdue\n      upheld\n      partiallyUpheld\n      unclassified\n      withoutPromise\n    }\n    byCategory {\n      category\n      complaints\n      upheld\n    }\n    byPromise {\n      codeId\n      codeKey\n      promiseKey\n      promiseTitle\n      complaints\n      upheld\n      disputes {\n        cases\n        rated\n        overturned\n        overturnRate\n      }\n    }\n    byChannel {\n      channel\n      complaints\n      upheld\n    }\n    byMonth {\n      month\n      complaints\n      upheld\n    }\n    acknowledgement {\n      rated\n      onTime\n      rate\n    }\n    resolution {\n      rated\n      onTime\n      rate\n    }\n    acknowledgementTime {\n      measured\n      medianHours\n      p90Hours\n    }\n    resolutionTime {\n      measured\n      medianHours\n      p90Hours\n    }\n    outcomes {\n      outcome\n      complaints\n    }\n    escalations {\n      escalated\n      pending\n      decided\n      binding\n      overturned\n      outcomes {\n        outcome\n        complaints\n      }\n    }\n    satisfaction {\n      rated\n      average\n    }\n    recurringRootCauses {\n      rootCause\n      actions\n      promiseKeys\n    }\n    actions {\n      kind\n      opened\n      open\n      overdue\n      awaitingCheck\n      verifiedEffective\n      notEffective\n      cancelled\n      effectivenessRate\n    }\n  }\n": types.RollupsAnalysisFieldsFragmentDoc,
    "\n  fragment RollupsPreviousYearFields on ComplaintYearFigures {\n    year\n    period {\n      from\n      to\n    }\n    totals {\n      received\n      resolved\n      unresolved\n      overdue\n      upheld\n      partiallyUpheld\n      unclassified\n      withoutPromise\n    }\n    byCategory {\n      category\n      complaints\n      upheld\n    }\n    byPromise {\n      codeId\n      codeKey\n      promiseKey\n      promiseTitle\n      complaints\n      upheld\n      disputes {\n        cases\n        rated\n        overturned\n        overturnRate\n      }\n    }\n    byChannel {\n      channel\n      complaints\n      upheld\n    }\n    byMonth {\n      month\n      complaints\n      upheld\n    }\n    acknowledgement {\n      rated\n      onTime\n      rate\n    }\n    resolution {\n      rated\n      onTime\n      rate\n    }\n    acknowledgementTime {\n      measured\n      medianHours\n      p90Hours\n    }\n    resolutionTime {\n      measured\n      medianHours\n      p90Hours\n    }\n    outcomes {\n      outcome\n      complaints\n    }\n    escalations {\n      escalated\n      pending\n      decided\n      binding\n      overturned\n      outcomes {\n        outcome\n        complaints\n      }\n    }\n    satisfaction {\n      rated\n      average\n    }\n    recurringRootCauses {\n      rootCause\n      actions\n      promiseKeys\n    }\n    actions {\n      kind\n      opened\n      open\n      overdue\n      awaitingCheck\n      verifiedEffective\n      notEffective\n      cancelled\n      effectivenessRate\n    }\n  }\n": types.RollupsPreviousYearFieldsFragmentDoc,
    "\n  query RollupsAnalysis($year: Int!) {\n    complaintAnalysis(year: $year) {\n      ...RollupsAnalysisFields\n      previousYear {\n        ...RollupsPreviousYearFields\n      }\n      changes {\n        figure\n        current\n        previous\n        change\n      }\n    }\n  }\n": types.RollupsAnalysisDocument,
    "query MonitoringCodeStatus($codeId: ID!, $period: PeriodInput) {\n  codeStatus(codeId: $codeId, period: $period) {\n    code { id key } codeVersion { id version } period { from to } status statusCounts { status count }\n    promises {\n      promise { id key title } status reasons\n      kpis { name status } kpiStatusCounts { status count }\n      complaints { received open overdue upheld partiallyUpheld acknowledgement { rated onTime rate } resolution { rated onTime rate } }\n      correctiveActions { open overdue notEffective verifiedEffective }\n    } } }": types.MonitoringCodeStatusDocument,
    "fragment MonitoringYearFields on ComplaintAnalysis { year period { from to }\n  totals { received resolved unresolved overdue upheld partiallyUpheld unclassified withoutPromise }\n  byCategory { category complaints upheld }\n  byPromise { codeId codeKey promiseKey promiseTitle complaints upheld }\n  byChannel { channel complaints upheld }\n  byMonth { month complaints upheld }\n  acknowledgement { rated onTime rate } resolution { rated onTime rate }\n  acknowledgementTime { measured medianHours p90Hours } resolutionTime { measured medianHours p90Hours }\n  outcomes { outcome complaints }\n  escalations { escalated pending decided binding overturned outcomes { outcome complaints } }\n  satisfaction { rated average }\n  recurringRootCauses { rootCause actions promiseKeys }\n  actions { kind opened open overdue awaitingCheck verifiedEffective notEffective cancelled effectivenessRate } }": types.MonitoringYearFieldsFragmentDoc,
    "fragment MonitoringPreviousYearFields on ComplaintYearFigures { year period { from to }\n  totals { received resolved unresolved overdue upheld partiallyUpheld unclassified withoutPromise }\n  byCategory { category complaints upheld }\n  byPromise { codeId codeKey promiseKey promiseTitle complaints upheld }\n  byChannel { channel complaints upheld }\n  byMonth { month complaints upheld }\n  acknowledgement { rated onTime rate } resolution { rated onTime rate }\n  acknowledgementTime { measured medianHours p90Hours } resolutionTime { measured medianHours p90Hours }\n  outcomes { outcome complaints }\n  escalations { escalated pending decided binding overturned outcomes { outcome complaints } }\n  satisfaction { rated average }\n  recurringRootCauses { rootCause actions promiseKeys }\n  actions { kind opened open overdue awaitingCheck verifiedEffective notEffective cancelled effectivenessRate } }": types.MonitoringPreviousYearFieldsFragmentDoc,
    "query MonitoringAnalysis($year: Int!) { complaintAnalysis(year: $year) { ...MonitoringYearFields\n  previousYear { ...MonitoringPreviousYearFields } changes { figure current previous change } } }": types.MonitoringAnalysisDocument,
    "query MonitoringAnalysisWithSurveys($year: Int!) { complaintAnalysis(year: $year) { totals { received }\n  customerSatisfaction { overall { responses } responses { sent } } } }": types.MonitoringAnalysisWithSurveysDocument,
    "query MonitoringCodeVersions($id: ID!) { code(id: $id) { versions { totalCount edges { node { version promises { key status } } } } } }": types.MonitoringCodeVersionsDocument,
    "query MonitoringMe { me { id } }": types.MonitoringMeDocument,
    "query MonitoringCodeStatusWithRelations($codeId: ID!) { codeStatus(codeId: $codeId) { status code { key }\n  promises { status reasons promise { key owner { id } codeVersion { version } } kpis { name status latestMeasurement { value } }\n    complaints { received } correctiveActions { open } } } }": types.MonitoringCodeStatusWithRelationsDocument,
    "mutation MonitoringCreateChain($input: CreateKpiChainInput!) { createKpiChain(input: $input) { id } }": types.MonitoringCreateChainDocument,
    "mutation MonitoringCreateKpi($input: CreateKpiInput!) { createKpi(input: $input) { id version } }": types.MonitoringCreateKpiDocument,
    "mutation MonitoringRecordMeasurements($input: [RecordKpiMeasurementInput!]!) { recordMeasurements(input: $input) { id } }": types.MonitoringRecordMeasurementsDocument,
    "mutation MonitoringArchiveKpi($id: ID!, $v: Int!) { archiveKpi(id: $id, expectedVersion: $v) { id } }": types.MonitoringArchiveKpiDocument,
    "query NormsFrameworks { normFrameworks { key title language requirements { ref title kind } } }": types.NormsFrameworksDocument,
    "query NormsFramework($key: String!) { normFramework(key: $key) { key title description\n  requirements { ref kind title objective children { ref kind title objective children { ref kind title } } } } }": types.NormsFrameworkDocument,
    "query NormsRequirement($ref: String!) { normRequirement(ref: $ref) { id ref kind title objective position\n  framework { key } parent { ref title parent { ref } } children { ref title } } }": types.NormsRequirementDocument,
    "mutation NormsRecordMaturity($input: RecordMaturityAssessmentInput!) { recordMaturityAssessment(input: $input) {\n  level evidence assessedOn assessedBy { id } requirement { ref } } }": types.NormsRecordMaturityDocument,
    "query NormsMaturity($ref: String!) { normRequirement(ref: $ref) { maturity { level evidence assessedOn assessedBy { id } }\n  maturityAssessments { totalCount edges { node { level assessedOn } } } } }": types.NormsMaturityDocument,
    "query NormsCoverage($frameworkKey: String!, $codeId: ID!, $codeVersionId: ID) {\n  normCoverage(frameworkKey: $frameworkKey, codeId: $codeId, codeVersionId: $codeVersionId) {\n    framework { key } code { id } codeVersion { id version status }\n    state requirementCount coveredCount gapCount coverageRate\n    sections { requirement { ref title } state requirementCount coveredCount gapCount promises { key } }\n    nodes { requirement { ref kind } depth state requirementCount coveredCount gapCount promises { key } } } }": types.NormsCoverageDocument,
    "mutation NormsRecordMaturityOnce($input: RecordMaturityAssessmentInput!) { recordMaturityAssessment(input: $input) { id level } }": types.NormsRecordMaturityOnceDocument,
    "query OneConnectionCodeStatus($codeId: ID!) { codeStatus(codeId: $codeId) { status\n  promises { status promise { key } kpis { name status } complaints { received open overdue } correctiveActions { open overdue } } } }": types.OneConnectionCodeStatusDocument,
    "query OneConnectionComplaints($promiseId: ID) { complaints(first: 50, promiseId: $promiseId) { totalCount\n  edges { node { id reference status promises { key } handler { name } correctiveActions { totalCount } } } } }": types.OneConnectionComplaintsDocument,
    "query OneConnectionComplaint($id: ID!) { complaint(id: $id) { id reference status handler { name }\n  promises { key complaints { totalCount } } correctiveActions { totalCount edges { node { title } } } timeline { at to actor { name } } } }": types.OneConnectionComplaintDocument,
    "mutation OneConnectionRegister($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id reference\n  promises { key complaints { totalCount } } } }": types.OneConnectionRegisterDocument,
    "query PreparedCodeStatus($codeId: ID!) { codeStatus(codeId: $codeId) {\n  status promises { promise { key } status complaints { received open upheld } correctiveActions { open } } } }": types.PreparedCodeStatusDocument,
    "query PreparedComplaints($promiseId: ID) { complaints(first: 10, promiseId: $promiseId) {\n  totalCount edges { node { reference status promises { key } } } } }": types.PreparedComplaintsDocument,
    "query PreparedComplaint($id: ID!) { complaint(id: $id) { reference status timeline { to } } }": types.PreparedComplaintDocument,
    "mutation PrivacySubmit($slug: String!, $input: SubmitComplaintInput!) { submitComplaint(organizationSlug: $slug, input: $input) { reference } }": types.PrivacySubmitDocument,
    "mutation PrivacyRegister($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id version reference } }": types.PrivacyRegisterDocument,
    "query PrivacyByReference($search: String) { complaints(search: $search, first: 5) { edges { node { id version reference } } } }": types.PrivacyByReferenceDocument,
    "mutation PrivacyUpdate($id: ID!, $input: UpdateComplaintInput!) { updateComplaint(id: $id, input: $input) { id version } }": types.PrivacyUpdateDocument,
    "mutation PrivacyAcknowledge($id: ID!, $input: AcknowledgeComplaintInput!) { acknowledgeComplaint(id: $id, input: $input) { id version } }": types.PrivacyAcknowledgeDocument,
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
    "query ProductionComplaints($status: [ComplaintStatus!]) { complaints(status: $status) { totalCount } }": types.ProductionComplaintsDocument,
    "\n  query PromiseStatusV2Status($codeId: ID!, $period: PeriodInput) {\n    codeStatus(codeId: $codeId, period: $period) {\n      status\n      promises {\n        promise {\n          key\n        }\n        status\n        reasons\n        complaints {\n          received\n          open\n          overdue\n          upheld\n          partiallyUpheld\n          decided\n          decidedUpheld\n          overturned\n          acknowledgement {\n            rated\n            onTime\n            rate\n          }\n          resolution {\n            rated\n            onTime\n            rate\n          }\n        }\n        handling {\n          overdue\n          acknowledgement {\n            rated\n            onTime\n            rate\n          }\n          resolution {\n            rated\n            onTime\n            rate\n          }\n        }\n      }\n    }\n  }\n": types.PromiseStatusV2StatusDocument,
    "\n  query PromiseStatusV2Policy {\n    promiseStatusPolicy {\n      upheldShareBrokenFrom\n      upheldComplaintsBrokenFrom\n      upheldShareAtRiskFrom\n      onTimeMinimum\n      onTimeTarget\n      minimumRated\n      handlingPromiseKey\n    }\n    organization {\n      version\n    }\n  }\n": types.PromiseStatusV2PolicyDocument,
    "\n  mutation PromiseStatusV2Update($input: PromiseStatusPolicyInput!) {\n    updatePromiseStatusPolicy(input: $input) {\n      upheldShareBrokenFrom\n      upheldComplaintsBrokenFrom\n      upheldShareAtRiskFrom\n      onTimeMinimum\n      onTimeTarget\n      minimumRated\n      handlingPromiseKey\n    }\n  }\n": types.PromiseStatusV2UpdateDocument,
    "\n  query PromiseStatusV2Version {\n    organization {\n      version\n    }\n  }\n": types.PromiseStatusV2VersionDocument,
    "\n  query TracePromise($codeId: ID!, $promiseKey: String!) {\n    promiseTrace(codeId: $codeId, promiseKey: $promiseKey) {\n      codeKey\n      promiseKey\n      title\n      versions {\n        version\n        status\n        title\n        text\n        textChanged\n        changeSummary\n        publishedAt\n      }\n      kpis {\n        name\n        target\n        threshold\n        measurements {\n          periodStart\n          periodEnd\n          value\n        }\n      }\n      complaintMonths {\n        month\n        received\n        upheld\n        decided\n        decidedUpheld\n        overturned\n      }\n      actions {\n        kind\n        title\n        status\n        rootCause\n        dueOn\n        verifiedOn\n        effective\n      }\n      reviews {\n        year\n        decisions\n        preventiveActionIds\n      }\n      evidence {\n        requirementRef\n        via\n        versions\n      }\n      timeline {\n        at\n        kind\n        summary\n      }\n    }\n  }\n": types.TracePromiseDocument,
    "query PublicCodesPublished($slug: String!) { publishedCodes(organizationSlug: $slug) {\n  key title scope organizationName currentVersion { version policyStatement changeSummary publishedAt promises { key title text position } } } }": types.PublicCodesPublishedDocument,
    "query PublicCodesOne($slug: String!, $key: String!) { publishedCode(organizationSlug: $slug, codeKey: $key) {\n  key title currentVersion { version changeSummary promises { key title text } } } }": types.PublicCodesOneDocument,
    "query PublicCodesVersions($id: ID!) { code(id: $id) { versions { edges { node { id status } } } } }": types.PublicCodesVersionsDocument,
    "query PagesComplaint($search: String) { complaints(first: 1, search: $search) { edges { node { id version } } } }": types.PagesComplaintDocument,
    "mutation PagesLink($id: ID!, $input: UpdateComplaintInput!) { updateComplaint(id: $id, input: $input) { version } }": types.PagesLinkDocument,
    "mutation PagesAcknowledge($id: ID!, $input: AcknowledgeComplaintInput!) { acknowledgeComplaint(id: $id, input: $input) { version } }": types.PagesAcknowledgeDocument,
    "query PagesOrganization { organization { version } }": types.PagesOrganizationDocument,
    "mutation PagesRegister($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id reference receivedAt } }": types.PagesRegisterDocument,
    "mutation PagesIssue($id: ID!) { issueComplaintTrackingSecret(id: $id) { reference trackingSecret } }": types.PagesIssueDocument,
    "mutation PagesLanguages($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { languages } }": types.PagesLanguagesDocument,
    "mutation PagesTranslate($id: ID!, $input: TranslateCodeVersionInput!) { translateCodeVersion(id: $id, input: $input) { missingLanguages } }": types.PagesTranslateDocument,
    "query QueryPlansComplaints(\n  $first: Int!, $after: String, $status: [ComplaintStatus!], $category: ComplaintCategory, $handlerId: ID, $promiseId: ID,\n  $overdue: Boolean, $receivedFrom: DateTime, $receivedTo: DateTime, $search: String, $sort: ComplaintSort! = RECEIVED_AT, $kind: ComplaintKind\n) {\n  complaints(first: $first, after: $after, status: $status, category: $category, handlerId: $handlerId, promiseId: $promiseId,\n    overdue: $overdue, receivedFrom: $receivedFrom, receivedTo: $receivedTo, search: $search, sort: $sort, kind: $kind) {\n    totalCount pageInfo { endCursor hasNextPage }\n    edges { node { id reference subject timeline { at } promises { id } correctiveActions(first: 5) { totalCount edges { node { id } } } } }\n  }\n}": types.QueryPlansComplaintsDocument,
    "query QueryPlansStaffComplaints($after: String) {\n  complaints(first: 20, after: $after) { totalCount pageInfo { endCursor } edges { node { id reference } } }\n}": types.QueryPlansStaffComplaintsDocument,
    "query QueryPlansRetention { complaintsDueForAnonymisation { due references } codeGaps { total words { word count } } }": types.QueryPlansRetentionDocument,
    "query QueryPlansActions($after: String, $status: [CorrectiveActionStatus!], $kind: CorrectiveActionKind, $promiseId: ID, $overdue: Boolean) {\n  correctiveActions(first: 20, after: $after, status: $status, kind: $kind, promiseId: $promiseId, overdue: $overdue) {\n    totalCount pageInfo { endCursor hasNextPage }\n    edges { node { id complaints(first: 5) { totalCount edges { node { id } } } } }\n  }\n}": types.QueryPlansActionsDocument,
    "query QueryPlansOverdueActions { overdueCorrectiveActions(first: 20) { totalCount edges { node { id } } } }": types.QueryPlansOverdueActionsDocument,
    "query QueryPlansPromise($id: ID!) { complaint(id: $id) { promises {\n  complaints(first: 10) { totalCount edges { node { id } } }\n  correctiveActions(first: 10) { totalCount edges { node { id } } }\n  kpis(first: 5) { totalCount edges { node { id measurements(first: 6) { totalCount edges { node { id } } } } } }\n} } }": types.QueryPlansPromiseDocument,
    "query QueryPlansAudit($entityId: ID, $entityType: String, $actorId: ID, $action: String, $from: DateTime, $to: DateTime) {\n  auditEvents(first: 20, entityId: $entityId, entityType: $entityType, actorId: $actorId, action: $action, from: $from, to: $to) {\n    totalCount edges { node { id } }\n  }\n}": types.QueryPlansAuditDocument,
    "query QueryPlansTraining($personId: ID, $topic: TrainingTopic, $from: LocalDate, $to: LocalDate) {\n  trainingRecords(first: 20, personId: $personId, topic: $topic, from: $from, to: $to) { totalCount edges { node { id } } }\n}": types.QueryPlansTrainingDocument,
    "query QueryPlansKpis($codeId: ID, $promiseKey: String, $kind: KpiKind, $after: String) {\n  kpis(first: 20, codeId: $codeId, promiseKey: $promiseKey, kind: $kind, after: $after) { totalCount pageInfo { endCursor } edges { node { id } } }\n}": types.QueryPlansKpisDocument,
    "query QueryPlansSearch($search: String!, $after: String) {\n  complaints(first: 100, search: $search, after: $after) { totalCount pageInfo { endCursor hasNextPage } edges { node { id } } }\n}": types.QueryPlansSearchDocument,
    "query QueryPlansOtherLists {\n  users(first: 20) { totalCount edges { node { id } } }\n  trainingRequirements(first: 20) { totalCount edges { node { id } } }\n  communicationPlans(first: 20) { totalCount edges { node { id } } }\n  resources(first: 20) { totalCount edges { node { id } } }\n  managementReviews(first: 20) { totalCount edges { node { id } } }\n  codesDueForReview(within: 60) { id }\n}": types.QueryPlansOtherListsDocument,
    "mutation RateLimitsSubmit($slug: String!, $input: SubmitComplaintInput!) { submitComplaint(organizationSlug: $slug, input: $input) { reference } }": types.RateLimitsSubmitDocument,
    "query RateLimitsPublished($slug: String!) { publishedCodes(organizationSlug: $slug) { key } }": types.RateLimitsPublishedDocument,
    "mutation RateLimitsMany($slug: String!, $input: SubmitComplaintInput!) {\n      a: submitComplaint(organizationSlug: $slug, input: $input) { reference }\n      ... on Mutation { b: submitComplaint(organizationSlug: $slug, input: $input) { reference } }\n      ...RateLimitsMore }\n      fragment RateLimitsMore on Mutation { c: submitComplaint(organizationSlug: $slug, input: $input) { reference } d: submitComplaint(organizationSlug: $slug, input: $input) { reference } }": types.RateLimitsManyDocument,
    "\n  query RemindersNotifications($unreadOnly: Boolean) {\n    notifications(first: 100, unreadOnly: $unreadOnly) { unreadCount edges { node { id kind subjectType subjectId title body read readAt } } }\n  }\n": types.RemindersNotificationsDocument,
    "\n  mutation RemindersSettings($input: UpdateMyNotificationSettingsInput!) { updateMyNotificationSettings(input: $input) { id language emailNotifications version } }\n": types.RemindersSettingsDocument,
    "query RemindersMe { me { user { version } } }": types.RemindersMeDocument,
    "mutation RemindersMark($id: ID!) { markNotificationRead(id: $id) { id read } }": types.RemindersMarkDocument,
    "mutation RemindersMarkAll { markAllNotificationsRead }": types.RemindersMarkAllDocument,
    "query RemindersRules { reminderRules { kind enabled leadDays unit version } }": types.RemindersRulesDocument,
    "mutation RemindersCreateChain($input: CreateKpiChainInput!) { createKpiChain(input: $input) { id } }": types.RemindersCreateChainDocument,
    "mutation RemindersCreateKpi($input: CreateKpiInput!) { createKpi(input: $input) { id } }": types.RemindersCreateKpiDocument,
    "mutation RemindersSetRule($input: SetReminderRuleInput!) { setReminderRule(input: $input) { kind enabled leadDays version } }": types.RemindersSetRuleDocument,
    "\n  query EvidenceCoverage($codeId: ID!) {\n    normCoverage(frameworkKey: \"SRCM\", codeId: $codeId) {\n      state\n      requirementCount\n      coveredCount\n      notApplicableCount\n      gapCount\n      coverageRate\n      stateCounts {\n        state\n        count\n      }\n      sections {\n        requirement {\n          ref\n          title\n        }\n        state\n        requirementCount\n        coveredCount\n        notApplicableCount\n        gapCount\n      }\n      nodes {\n        requirement {\n          ref\n        }\n        state\n        requirementCount\n        coveredCount\n        notApplicableCount\n        gapCount\n        promises {\n          key\n        }\n        evidence {\n          kind\n          note\n          reason\n          recordedBy {\n            id\n          }\n          recordedAt\n          requirement {\n            ref\n          }\n          document {\n            title\n            location\n            version\n          }\n          kpi {\n            name\n          }\n          correctiveAction {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.EvidenceCoverageDocument,
    "\n  mutation EvidenceAdd($input: AddRequirementEvidenceInput!) {\n    addRequirementEvidence(input: $input) {\n      id\n      kind\n      requirement {\n        ref\n      }\n    }\n  }\n": types.EvidenceAddDocument,
    "\n  mutation EvidenceNotApplicable($input: MarkRequirementNotApplicableInput!) {\n    markRequirementNotApplicable(input: $input) {\n      id\n      kind\n      reason\n      recordedBy {\n        id\n      }\n      requirement {\n        ref\n      }\n    }\n  }\n": types.EvidenceNotApplicableDocument,
    "\n  mutation EvidenceRemove($id: ID!, $v: Int!) {\n    removeRequirementEvidence(id: $id, expectedVersion: $v) {\n      id\n      kind\n    }\n  }\n": types.EvidenceRemoveDocument,
    "\n  mutation EvidenceCreateChain($input: CreateKpiChainInput!) {\n    createKpiChain(input: $input) {\n      id\n    }\n  }\n": types.EvidenceCreateChainDocument,
    "\n  mutation EvidenceCreateKpi($input: CreateKpiInput!) {\n    createKpi(input: $input) {\n      id\n    }\n  }\n": types.EvidenceCreateKpiDocument,
    "\n  query EvidenceStaffCoverage($codeId: ID!) {\n    normCoverage(frameworkKey: \"SRCM\", codeId: $codeId) {\n      coveredCount\n      nodes {\n        evidence {\n          kind\n          kpi {\n            name\n          }\n          document {\n            title\n          }\n        }\n      }\n    }\n  }\n": types.EvidenceStaffCoverageDocument,
    "fragment ResourcesResourceFields on Resource {\n  id version kind description quantity unit periodStart periodEnd code { key } codeVersion { id version } promise { key } owner { id } }": types.ResourcesResourceFieldsFragmentDoc,
    "mutation ResourcesCreate($input: CreateResourceInput!) { createResource(input: $input) { ...ResourcesResourceFields } }": types.ResourcesCreateDocument,
    "mutation ResourcesUpdate($id: ID!, $input: UpdateResourceInput!) { updateResource(id: $id, input: $input) { ...ResourcesResourceFields } }": types.ResourcesUpdateDocument,
    "mutation ResourcesDelete($id: ID!, $v: Int!) { deleteResource(id: $id, expectedVersion: $v) { id } }": types.ResourcesDeleteDocument,
    "query ResourcesResource($id: ID!) { resource(id: $id) { ...ResourcesResourceFields } }": types.ResourcesResourceDocument,
    "query ResourcesList($codeId: ID, $codeVersionId: ID, $promiseId: ID, $kind: ResourceKind, $activeOn: LocalDate, $first: Int, $after: String) {\n  resources(codeId: $codeId, codeVersionId: $codeVersionId, promiseId: $promiseId, kind: $kind, activeOn: $activeOn, first: $first, after: $after) {\n    totalCount edges { node { description periodStart } } pageInfo { hasNextPage endCursor } } }": types.ResourcesListDocument,
    "query ResourcesTotals($codeId: ID!, $codeVersionId: ID, $activeOn: LocalDate) { resourceTotals(codeId: $codeId, codeVersionId: $codeVersionId, activeOn: $activeOn) { kind unit quantity resources } }": types.ResourcesTotalsDocument,
    "fragment SurveysSurveyFields on SatisfactionSurvey { id origin status link respondentType respondentName respondentEmail caseReference\n  language expiresAt answeredAt overall comment personalDataErasedAt answers { promiseKey position score answeredOn } }": types.SurveysSurveyFieldsFragmentDoc,
    "mutation SurveysResolve($id: ID!, $input: ResolveComplaintInput!) {\n  resolveComplaint(id: $id, input: $input) { id version satisfactionSurvey { ...SurveysSurveyFields } } }": types.SurveysResolveDocument,
    "mutation SurveysClose($id: ID!, $input: ComplaintStepInput!) { closeComplaint(id: $id, input: $input) { id version } }": types.SurveysCloseDocument,
    "mutation SurveysReopen($id: ID!, $input: ComplaintReasonInput!) { reopenComplaint(id: $id, input: $input) { id version } }": types.SurveysReopenDocument,
    "mutation SurveysAnonymize($id: ID!, $expectedVersion: Int!) { anonymizeComplaint(id: $id, expectedVersion: $expectedVersion) { id anonymizedAt } }": types.SurveysAnonymizeDocument,
    "query SurveysComplaint($id: ID!) { complaint(id: $id) { id satisfactionSurvey { ...SurveysSurveyFields } } }": types.SurveysComplaintDocument,
    "mutation SurveysCreate($input: CreateSatisfactionSurveysInput!) { createSatisfactionSurveys(input: $input) { ...SurveysSurveyFields } }": types.SurveysCreateDocument,
    "query SurveysList($status: SurveyStatus, $origin: SurveyOrigin) {\n  satisfactionSurveys(first: 100, status: $status, origin: $origin) { totalCount edges { node { ...SurveysSurveyFields } } } }": types.SurveysListDocument,
    "query SurveysPublic($token: String!) { satisfactionSurvey(token: $token) {\n  language organizationName codeTitle title intro overallQuestion commentLabel expiresAt\n  overallScale { score label } questions { promiseKey title text question scale { score label } } } }": types.SurveysPublicDocument,
    "mutation SurveysAnswer($token: String!, $input: AnswerSatisfactionSurveyInput!) { answerSatisfactionSurvey(token: $token, input: $input) { message } }": types.SurveysAnswerDocument,
    "query SurveysPolicy { surveyPolicy { linkValidDays minimumResponses respondentDataRetentionDays } organization { version } }": types.SurveysPolicyDocument,
    "mutation SurveysUpdatePolicy($input: SurveyPolicyInput!) { updateSurveyPolicy(input: $input) { linkValidDays minimumResponses respondentDataRetentionDays } }": types.SurveysUpdatePolicyDocument,
    "query SurveysCodeStatus($codeId: ID!) { codeStatus(codeId: $codeId) {\n  promises { promise { key } status complaints { received } customerPerceived { responses averageScore satisfiedShare sufficient minimumResponses } } } }": types.SurveysCodeStatusDocument,
    "query SurveysAnalysis($year: Int!) { complaintAnalysis(year: $year) { year customerSatisfaction {\n  byPromise { codeKey promiseKey promiseTitle customerPerceived { responses averageScore satisfiedShare sufficient } }\n  overall { responses averageScore satisfiedShare sufficient }\n  responses { sent answered expired pending responseRate } } } }": types.SurveysAnalysisDocument,
    "mutation SurveysRetention($input: AnonymizeDueComplaintsInput!) { anonymizeDueComplaints(input: $input) { dryRun references erasedElsewhere } }": types.SurveysRetentionDocument,
    "query SeedsPublishedCode { publishedCode(organizationSlug: \"demo\", codeKey: \"klantbeloften\") {\n      organizationName currentVersion { version promises { key text } } } }": types.SeedsPublishedCodeDocument,
    "query SeedsCodes { codes(first: 5) { edges { node { currentVersion { promises { key requirements { ref } } } } } } }": types.SeedsCodesDocument,
    "mutation SeedsRegisterComplaint($input: RegisterComplaintInput!) { registerComplaint(input: $input) { reference } }": types.SeedsRegisterComplaintDocument,
    "query SeedsComplaintCounts { complaintCounts { total unresolvedOverdue byStatus { status count } } }": types.SeedsComplaintCountsDocument,
    "query SeedsComplaintTotals {\n      conduct: complaints(category: CONDUCT) { totalCount } legal: complaints(category: LEGAL) { totalCount }\n      financial: complaints(category: FINANCIAL) { totalCount } execution: complaints(category: EXECUTION) { totalCount }\n      escalated: complaints(first: 50, status: [CLOSED, ESCALATED]) { edges { node { escalation { outcome binding } } } } }": types.SeedsComplaintTotalsDocument,
    "query SeedsKpiChains { kpiChains { edges { node { kpis { kind status causes { id } effects { id } measurements(first: 20) { totalCount } } } } } }": types.SeedsKpiChainsDocument,
    "query SeedsCompetenceOverview { competenceOverview { requirements { valid expiring expired missing } people { totalCount } } }": types.SeedsCompetenceOverviewDocument,
    "query SeedsCorrectiveActions {\n      correctiveActions(first: 50) { edges { node { kind status promise { key } decidedBy { roles } complaints { totalCount } } } }\n      overdue: correctiveActions(overdue: true) { totalCount } }": types.SeedsCorrectiveActionsDocument,
    "query SeedsManagementReviews {\n      managementReviews { edges { node { year status signedAt analysisTakenAt signedBy { roles } decisions\n        analysis { year totals { received } } preventiveActions { edges { node { kind decidedBy { roles } } } } } } } }": types.SeedsManagementReviewsDocument,
    "query SeedsComplaintAnalysis($year: Int!) { complaintAnalysis(year: $year) { totals { received } } }": types.SeedsComplaintAnalysisDocument,
    "query SeedsEvidence($codeId: ID!, $year: Int!, $personId: ID!) {\n      iso: normCoverage(frameworkKey: \"ISO10001\", codeId: $codeId) { nodes { state evidence { kind } } }\n      srcm: normCoverage(frameworkKey: \"SRCM\", codeId: $codeId) { stateCounts { state count } nodes { state evidence { kind } } }\n      srcmReport(year: $year) { publicPart { parts { met level { level } } } }\n      promiseStatusPolicy { handlingPromiseKey }\n      codeStatus(codeId: $codeId) { promises { promise { key } handling { overdue } } }\n      promiseTrace(codeId: $codeId, promiseKey: \"P2\") { versions { version } complaintMonths { received } actions { status } }\n      a: authorisationStatus(personId: $personId) { eligibility registration { registerStatus } } }": types.SeedsEvidenceDocument,
    "query SeedsLaw { organization { statutoryRulePack complaintPolicy { acknowledgeWithin acknowledgeUnit } compliance { rule } }\n      codeGaps { total words { word count } } }": types.SeedsLawDocument,
    "query SeedsSurveys($codeId: ID!) {\n      codeStatus(codeId: $codeId) { promises { promise { key } customerPerceived { responses averageScore sufficient } } }\n      satisfactionSurveys(first: 100) { totalCount edges { node { status } } } }": types.SeedsSurveysDocument,
    "\n  query SrcmReportYear($year: Int!) {\n    srcmReport(year: $year) {\n      year\n      publicPart {\n        principles\n        partsMet\n        partsTotal\n        parts {\n          ref\n          theme\n          title\n          met\n          previousLevel\n          level {\n            level\n            name\n            meetsNorm\n          }\n        }\n      }\n      internalPart {\n        ref\n        level\n        previousLevel\n        change\n        assessmentEvidence\n        assessedOn\n        requirementCount\n        coveredCount\n        evidence\n        plannedImprovements\n      }\n    }\n  }\n": types.SrcmReportYearDocument,
    "\n  query SrcmReportLevels {\n    normFramework(key: \"SRCM\") {\n      maturityLevels {\n        level\n        name\n        meetsNorm\n      }\n      requirements {\n        ref\n        kind\n        title\n        children {\n          ref\n          kind\n          title\n        }\n      }\n    }\n  }\n": types.SrcmReportLevelsDocument,
    "\n  mutation SrcmReportRecordMaturity($input: RecordMaturityAssessmentInput!) {\n    recordMaturityAssessment(input: $input) {\n      level\n      levelInfo {\n        name\n        meetsNorm\n      }\n    }\n  }\n": types.SrcmReportRecordMaturityDocument,
    "\n  mutation SrcmReportAddEvidence($input: AddRequirementEvidenceInput!) {\n    addRequirementEvidence(input: $input) {\n      id\n    }\n  }\n": types.SrcmReportAddEvidenceDocument,
    "query StatementsComplaintList($status: [ComplaintStatus!], $promiseId: ID) {\n  complaints(first: 50, status: $status, promiseId: $promiseId) {\n    edges { node { id reference status promises { key } handler { name } correctiveActions { totalCount } } } } }": types.StatementsComplaintListDocument,
    "query StatementsCodeStatus($codeId: ID!) { codeStatus(codeId: $codeId) {\n  code { key } codeVersion { version } period { from to } status statusCounts { status count }\n  promises { promise { key title } status reasons kpis { name status } kpiStatusCounts { status count }\n    complaints { received open overdue upheld acknowledgement { rate } resolution { rate } }\n    correctiveActions { open overdue notEffective verifiedEffective } } } }": types.StatementsCodeStatusDocument,
    "query StatementsComplaintTimeline($id: ID!) { complaint(id: $id) {\n  id reference status subject receivedAt handler { name } registeredBy { name } timeline { at from to note actor { name } } } }": types.StatementsComplaintTimelineDocument,
    "query StatementsPage { complaints(first: 3) { edges { node { id } } } }": types.StatementsPageDocument,
    "query StatementsPageTotal { complaints(first: 3) { totalCount edges { node { id } } } }": types.StatementsPageTotalDocument,
    "query StatementsNestedCounts { complaints(first: 3) { edges { node { id correctiveActions(first: 2) { totalCount } } } } }": types.StatementsNestedCountsDocument,
    "query StatementsNestedNodes { complaints(first: 3) { edges { node { id\n  correctiveActions(first: 2) { totalCount edges { node { id title } } } } } } }": types.StatementsNestedNodesDocument,
    "query StatementsAnalysis($year: Int!) { complaintAnalysis(year: $year) {\n  totals { received resolved unresolved overdue upheld } byCategory { category complaints } byPromise { promiseKey complaints upheld }\n  byChannel { channel complaints } byMonth { month complaints } acknowledgementTime { medianHours p90Hours } resolutionTime { medianHours p90Hours }\n  outcomes { outcome complaints } recurringRootCauses { rootCause actions } actions { kind opened effectivenessRate } changes { figure change } } }": types.StatementsAnalysisDocument,
    "mutation StatementsSubmit($slug: String!, $input: SubmitComplaintInput!) { submitComplaint(organizationSlug: $slug, input: $input) { reference } }": types.StatementsSubmitDocument,
    "query StatementsSubmittedTimeline($reference: String!) { complaints(first: 1, search: $reference) { edges { node { reference status timeline { to } } } } }": types.StatementsSubmittedTimelineDocument,
    "fragment InvitationsSurveyFields on SatisfactionSurvey { id link language respondentEmail expiresAt invitedAt status }": types.InvitationsSurveyFieldsFragmentDoc,
    "mutation InvitationsResolve($id: ID!, $input: ResolveComplaintInput!) {\n  resolveComplaint(id: $id, input: $input) { id version satisfactionSurvey { ...InvitationsSurveyFields } } }": types.InvitationsResolveDocument,
    "mutation InvitationsClose($id: ID!, $input: ComplaintStepInput!) { closeComplaint(id: $id, input: $input) { id version } }": types.InvitationsCloseDocument,
    "mutation InvitationsAnonymize($id: ID!, $expectedVersion: Int!) { anonymizeComplaint(id: $id, expectedVersion: $expectedVersion) { id anonymizedAt } }": types.InvitationsAnonymizeDocument,
    "mutation InvitationsCreate($input: CreateSatisfactionSurveysInput!) { createSatisfactionSurveys(input: $input) { ...InvitationsSurveyFields } }": types.InvitationsCreateDocument,
    "query InvitationsSurveys { satisfactionSurveys(first: 100) { edges { node { ...InvitationsSurveyFields } } } }": types.InvitationsSurveysDocument,
    "query InvitationsPublic($token: String!) { satisfactionSurvey(token: $token) { language organizationName codeTitle title questions { promiseKey title } } }": types.InvitationsPublicDocument,
    "mutation InvitationsAnswer($token: String!, $input: AnswerSatisfactionSurveyInput!) { answerSatisfactionSurvey(token: $token, input: $input) { message } }": types.InvitationsAnswerDocument,
    "mutation SurveyPageCreate($input: CreateSatisfactionSurveysInput!) { createSatisfactionSurveys(input: $input) { id link } }": types.SurveyPageCreateDocument,
    "query TracingComplaints($search: String) { complaints(search: $search, first: 5) { edges { node { id reference } } } }": types.TracingComplaintsDocument,
    "query TracingUsers($first: Int!) { users(first: $first) { edges { node { id name roles } } } }": types.TracingUsersDocument,
    "query TracingTypename { __typename }": types.TracingTypenameDocument,
    "mutation TracingAddMember($input: [CreateUserInput!]!) { createUsers(input: $input) { id } }": types.TracingAddMemberDocument,
    "mutation TrainingCreateRequirement($input: CreateTrainingRequirementInput!) { createTrainingRequirement(input: $input) { id version title topic assessment roles validityMonths } }": types.TrainingCreateRequirementDocument,
    "mutation TrainingUpdateRequirement($id: ID!, $input: UpdateTrainingRequirementInput!) { updateTrainingRequirement(id: $id, input: $input) { id version roles validityMonths } }": types.TrainingUpdateRequirementDocument,
    "mutation TrainingDeleteRequirement($id: ID!, $v: Int!) { deleteTrainingRequirement(id: $id, expectedVersion: $v) { id } }": types.TrainingDeleteRequirementDocument,
    "query TrainingRequirements { trainingRequirements(first: 100) { totalCount edges { node { title } } } }": types.TrainingRequirementsDocument,
    "mutation TrainingCreateRecord($input: CreateTrainingRecordInput!) { createTrainingRecord(input: $input) { id version topic assessment completedOn result score validUntil evidence person { id } } }": types.TrainingCreateRecordDocument,
    "mutation TrainingUpdateRecord($id: ID!, $input: UpdateTrainingRecordInput!) { updateTrainingRecord(id: $id, input: $input) { id version score validUntil evidence } }": types.TrainingUpdateRecordDocument,
    "mutation TrainingDeleteRecord($id: ID!, $v: Int!) { deleteTrainingRecord(id: $id, expectedVersion: $v) { id } }": types.TrainingDeleteRecordDocument,
    "query TrainingRecords($personId: ID, $first: Int, $after: String) { trainingRecords(personId: $personId, first: $first, after: $after) {\n  totalCount edges { node { id completedOn person { id } } } pageInfo { hasNextPage endCursor } } }": types.TrainingRecordsDocument,
    "query TrainingRecord($id: ID!) { trainingRecord(id: $id) { id person { id } } }": types.TrainingRecordDocument,
    "query TrainingOverview($personId: ID, $role: Role, $days: Int, $first: Int, $after: String) {\n  competenceOverview(personId: $personId, role: $role, expiringWithinDays: $days, first: $first, after: $after) {\n    asOf expiringWithinDays\n    requirements { requirement { title } valid expiring expired missing }\n    people { totalCount pageInfo { hasNextPage endCursor } edges { node { person { id name } competent requirements { requirement { title } status validUntil record { id } } } } }\n  } }": types.TrainingOverviewDocument,
    "query TrainingAuthorisation($personId: ID!, $days: Int) { authorisationStatus(personId: $personId, expiringWithinDays: $days) {\n  person { id } asOf authorised authorisedUntil elements { assessment status validUntil record { id } } missing { assessment status } } }": types.TrainingAuthorisationDocument,
    "\n  mutation WebhooksCreate($input: CreateWebhookSubscriptionInput!) {\n    createWebhookSubscription(input: $input) { secret subscription { id version url events enabled } }\n  }\n": types.WebhooksCreateDocument,
    "\n  mutation WebhooksUpdate($id: ID!, $input: UpdateWebhookSubscriptionInput!) {\n    updateWebhookSubscription(id: $id, input: $input) { id version enabled disabledReason consecutiveFailures }\n  }\n": types.WebhooksUpdateDocument,
    "\n  query WebhooksSubscriptions { webhookSubscriptions { edges { node { id version enabled disabledReason consecutiveFailures } } } }\n": types.WebhooksSubscriptionsDocument,
    "\n  query WebhooksDeliveries($subscriptionId: ID!, $status: WebhookDeliveryStatus) {\n    webhookDeliveries(subscriptionId: $subscriptionId, status: $status, first: 100) {\n      edges { node { id messageId eventType entityType entityId status attempts lastStatusCode lastError payload attemptLog { statusCode error } } }\n    }\n  }\n": types.WebhooksDeliveriesDocument,
    "mutation WebhooksRedeliver($id: ID!) { redeliverWebhook(id: $id) { id status attempts } }": types.WebhooksRedeliverDocument,
    "mutation WebhooksSubmit($slug: String!, $input: SubmitComplaintInput!) { submitComplaint(organizationSlug: $slug, input: $input) { reference } }": types.WebhooksSubmitDocument,
    "mutation WebhooksRename($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { name version } }": types.WebhooksRenameDocument,
    "query WebhooksOrgVersion { organization { version } }": types.WebhooksOrgVersionDocument,
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
    "mutation FlowRegister($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id version } }": types.FlowRegisterDocument,
    "mutation FlowAcknowledge($id: ID!, $input: AcknowledgeComplaintInput!) { acknowledgeComplaint(id: $id, input: $input) { id version } }": types.FlowAcknowledgeDocument,
    "mutation FlowStart($id: ID!, $input: StartComplaintHandlingInput!) { startComplaintHandling(id: $id, input: $input) { id version } }": types.FlowStartDocument,
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
export function graphql(source: "query LanguagesOrganization { organization { languages version } }"): typeof import('./graphql').LanguagesOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LanguagesUpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { languages version } }"): typeof import('./graphql').LanguagesUpdateOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LanguagesTranslate($id: ID!, $input: TranslateCodeVersionInput!) {\n  translateCodeVersion(id: $id, input: $input) { id revision language missingLanguages translations { language title policyStatement promises { key title text } } } }"): typeof import('./graphql').LanguagesTranslateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LanguagesVersion($id: ID!) {\n  codeVersion(id: $id) { id revision status language missingLanguages staleLanguages translations { language title policyStatement promises { key title text } } } }"): typeof import('./graphql').LanguagesVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LanguagesPublishedCode($slug: String!, $key: String!, $language: String) {\n  publishedCode(organizationSlug: $slug, codeKey: $key, language: $language) {\n    key title language availableLanguages currentVersion { version policyStatement promises { key title text } } } }"): typeof import('./graphql').LanguagesPublishedCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LanguagesPublishedCodes($slug: String!, $language: String) {\n  publishedCodes(organizationSlug: $slug, language: $language) { key title language availableLanguages } }"): typeof import('./graphql').LanguagesPublishedCodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LanguagesSubmitComplaint($slug: String!, $input: SubmitComplaintInput!) { submitComplaint(organizationSlug: $slug, input: $input) { reference } }"): typeof import('./graphql').LanguagesSubmitComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LanguagesRegister($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id version language } }"): typeof import('./graphql').LanguagesRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LanguagesUpdateComplaint($id: ID!, $input: UpdateComplaintInput!) { updateComplaint(id: $id, input: $input) { id version language } }"): typeof import('./graphql').LanguagesUpdateComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LanguagesComplaint($id: ID!) { complaint(id: $id) { id version language letters { kind language subject body } } }"): typeof import('./graphql').LanguagesComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LanguagesCreateTemplate($input: CreateLetterTemplateInput!) { createLetterTemplate(input: $input) { id language } }"): typeof import('./graphql').LanguagesCreateTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LanguagesAcknowledge($id: ID!, $input: AcknowledgeComplaintInput!) {\n  acknowledgeComplaint(id: $id, input: $input) { id status letters { kind language subject body } } }"): typeof import('./graphql').LanguagesAcknowledgeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LanguagesReturn($id: ID!, $input: ReturnCodeVersionInput!) { returnCodeVersionToDraft(id: $id, input: $input) { revision } }"): typeof import('./graphql').LanguagesReturnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LanguagesReturnStale($id: ID!, $input: ReturnCodeVersionInput!) { returnCodeVersionToDraft(id: $id, input: $input) { revision } }"): typeof import('./graphql').LanguagesReturnStaleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CodesDue($within: Int!) { codesDueForReview(within: $within) { id nextReviewDue code { key } } }"): typeof import('./graphql').CodesDueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CommunicationPlanFields on CommunicationPlan {\n  id version audience channel message frequency plannedOn executedOn status evidence cancellationReason codeVersion { id version } owner { id } }"): typeof import('./graphql').CommunicationPlanFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommunicationCreate($input: CreateCommunicationPlanInput!) { createCommunicationPlan(input: $input) { ...CommunicationPlanFields } }"): typeof import('./graphql').CommunicationCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommunicationUpdate($id: ID!, $input: UpdateCommunicationPlanInput!) { updateCommunicationPlan(id: $id, input: $input) { ...CommunicationPlanFields } }"): typeof import('./graphql').CommunicationUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommunicationComplete($id: ID!, $input: CompleteCommunicationPlanInput!) { completeCommunicationPlan(id: $id, input: $input) { ...CommunicationPlanFields } }"): typeof import('./graphql').CommunicationCompleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommunicationCancel($id: ID!, $input: CancelCommunicationPlanInput!) { cancelCommunicationPlan(id: $id, input: $input) { ...CommunicationPlanFields } }"): typeof import('./graphql').CommunicationCancelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommunicationDelete($id: ID!, $v: Int!) { deleteCommunicationPlan(id: $id, expectedVersion: $v) { id } }"): typeof import('./graphql').CommunicationDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommunicationPlan($id: ID!) { communicationPlan(id: $id) { ...CommunicationPlanFields } }"): typeof import('./graphql').CommunicationPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommunicationPlans($codeVersionId: ID, $audience: CommunicationAudience, $status: CommunicationPlanStatus, $first: Int, $after: String) {\n  communicationPlans(codeVersionId: $codeVersionId, audience: $audience, status: $status, first: $first, after: $after) {\n    totalCount edges { node { message plannedOn } } pageInfo { hasNextPage endCursor } } }"): typeof import('./graphql').CommunicationPlansDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommunicationCoverage($id: ID!) { communicationCoverage(codeVersionId: $id) {\n  codeVersion { id } inForce reached notReached audiences { audience reached donePlans plannedPlans lastReachedOn nextPlannedOn } } }"): typeof import('./graphql').CommunicationCoverageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment LawComplaintFields on Complaint { id version reference status kind receivedAt\n  acknowledgementDueAt resolutionDueAt extendedResolutionDueAt workingResolutionDueAt pausedAt pausedWorkingDays\n  resolvedAt resolvedOnTime closedAt reopenedAt reopenCount outsideCodeReason isOverdue anonymizedAt\n  complainantType complainantMandate employeeInformedAt employeeConcerned { id } handler { id } registeredBy { id }\n  complainant { name address mandateReference }\n  timeline { kind from to note dueAt actor { id } } }"): typeof import('./graphql').LawComplaintFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LawLetters($id: ID!) { complaint(id: $id) { letters { id kind language body } timeline { kind letter { id kind } } } }"): typeof import('./graphql').LawLettersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LawOrganization { organization { version statutoryRulePack complaintPolicy { acknowledgeWithin acknowledgeUnit resolveWithin resolveUnit }\n  statutoryRules { pack title acknowledgement { within unit source { law article url } } disputesBody { required source { law } } retention { years source { law article url } } notes }\n  compliance { rule field description currentValue requiredValue source { law article url } } } }"): typeof import('./graphql').LawOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LawUpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { version statutoryRulePack\n  complaintPolicy { acknowledgeWithin acknowledgeUnit } compliance { rule currentValue requiredValue } } }"): typeof import('./graphql').LawUpdateOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LawRegister($input: RegisterComplaintInput!) { registerComplaint(input: $input) { ...LawComplaintFields } }"): typeof import('./graphql').LawRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LawSubmit($slug: String!, $input: SubmitComplaintInput!) { submitComplaint(organizationSlug: $slug, input: $input) { reference } }"): typeof import('./graphql').LawSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LawComplaint($id: ID!) { complaint(id: $id) { ...LawComplaintFields } }"): typeof import('./graphql').LawComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LawList($overdue: Boolean, $kind: ComplaintKind, $search: String) { complaints(first: 100, overdue: $overdue, kind: $kind, search: $search) {\n  totalCount edges { node { id reference isOverdue } } } }"): typeof import('./graphql').LawListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LawUpdate($id: ID!, $input: UpdateComplaintInput!) { updateComplaint(id: $id, input: $input) { ...LawComplaintFields } }"): typeof import('./graphql').LawUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LawAcknowledge($id: ID!, $input: AcknowledgeComplaintInput!) { acknowledgeComplaint(id: $id, input: $input) { ...LawComplaintFields } }"): typeof import('./graphql').LawAcknowledgeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LawStart($id: ID!, $input: StartComplaintHandlingInput!) { startComplaintHandling(id: $id, input: $input) { ...LawComplaintFields } }"): typeof import('./graphql').LawStartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LawResolve($id: ID!, $input: ResolveComplaintInput!) { resolveComplaint(id: $id, input: $input) { ...LawComplaintFields } }"): typeof import('./graphql').LawResolveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LawClose($id: ID!, $input: ComplaintStepInput!) { closeComplaint(id: $id, input: $input) { ...LawComplaintFields } }"): typeof import('./graphql').LawCloseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LawInform($id: ID!, $input: ComplaintStepInput!) { informEmployeeConcerned(id: $id, input: $input) { ...LawComplaintFields } }"): typeof import('./graphql').LawInformDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LawExtend($id: ID!, $input: ExtendComplaintDeadlineInput!) { extendComplaintDeadline(id: $id, input: $input) { ...LawComplaintFields } }"): typeof import('./graphql').LawExtendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LawPause($id: ID!, $input: ComplaintReasonInput!) { pauseComplaint(id: $id, input: $input) { ...LawComplaintFields } }"): typeof import('./graphql').LawPauseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LawResume($id: ID!, $input: ComplaintStepInput!) { resumeComplaint(id: $id, input: $input) { ...LawComplaintFields } }"): typeof import('./graphql').LawResumeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LawReopen($id: ID!, $input: ComplaintReasonInput!) { reopenComplaint(id: $id, input: $input) { ...LawComplaintFields } }"): typeof import('./graphql').LawReopenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LawAnonymize($id: ID!, $expectedVersion: Int!) { anonymizeComplaint(id: $id, expectedVersion: $expectedVersion) { ...LawComplaintFields } }"): typeof import('./graphql').LawAnonymizeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LawDue { complaintsDueForAnonymisation { dryRun due references } }"): typeof import('./graphql').LawDueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LawAnonymizeDue($input: AnonymizeDueComplaintsInput!) { anonymizeDueComplaints(input: $input) { dryRun due references } }"): typeof import('./graphql').LawAnonymizeDueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LawCodeGaps { codeGaps { total words { word count } byCategory { category count words { word count } } } }"): typeof import('./graphql').LawCodeGapsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LawAnalysis($year: Int!) { complaintAnalysis(year: $year) { totals { received resolved unresolved withoutPromise } } }"): typeof import('./graphql').LawAnalysisDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LawCodeStatus($codeId: ID!) { codeStatus(codeId: $codeId) { promises { promise { key } complaints { received open } } } }"): typeof import('./graphql').LawCodeStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LawAudit($id: ID) { auditEvents(entityId: $id, first: 50) { edges { node { action changes } } } }"): typeof import('./graphql').LawAuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrackingSubmit($slug: String!, $input: SubmitComplaintInput!) { submitComplaint(organizationSlug: $slug, input: $input) { reference trackingSecret } }"): typeof import('./graphql').TrackingSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TrackingStatus($slug: String!, $reference: String!, $secret: String!) {\n  complaintStatus(organizationSlug: $slug, reference: $reference, secret: $secret) {\n    reference status receivedAt acknowledgementDueAt resolutionDueAt extensionReason\n    letters { kind sentAt language subject body } outcome disputesRoute { name postalAddress website appealWithinMonths } } }"): typeof import('./graphql').TrackingStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TrackingComplaints($search: String) { complaints(first: 5, search: $search) { edges { node { id version reference } } } }"): typeof import('./graphql').TrackingComplaintsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrackingRegister($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id version reference } }"): typeof import('./graphql').TrackingRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrackingIssue($id: ID!) { issueComplaintTrackingSecret(id: $id) { reference trackingSecret } }"): typeof import('./graphql').TrackingIssueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrackingUpdate($id: ID!, $input: UpdateComplaintInput!) { updateComplaint(id: $id, input: $input) { version } }"): typeof import('./graphql').TrackingUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrackingAcknowledge($id: ID!, $input: AcknowledgeComplaintInput!) { acknowledgeComplaint(id: $id, input: $input) { version } }"): typeof import('./graphql').TrackingAcknowledgeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrackingStart($id: ID!, $input: StartComplaintHandlingInput!) { startComplaintHandling(id: $id, input: $input) { version } }"): typeof import('./graphql').TrackingStartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrackingExtend($id: ID!, $input: ExtendComplaintDeadlineInput!) { extendComplaintDeadline(id: $id, input: $input) { version workingResolutionDueAt } }"): typeof import('./graphql').TrackingExtendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrackingResolve($id: ID!, $input: ResolveComplaintInput!) { resolveComplaint(id: $id, input: $input) { version } }"): typeof import('./graphql').TrackingResolveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrackingClose($id: ID!, $input: ComplaintStepInput!) { closeComplaint(id: $id, input: $input) { version } }"): typeof import('./graphql').TrackingCloseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrackingAnonymize($id: ID!, $expectedVersion: Int!) { anonymizeComplaint(id: $id, expectedVersion: $expectedVersion) { anonymizedAt } }"): typeof import('./graphql').TrackingAnonymizeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TrackingAudit($id: ID!) { auditEvents(first: 20, entityId: $id) { edges { node { action changes } } } }"): typeof import('./graphql').TrackingAuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ComplaintsByPromisePage($promiseId: ID!, $status: [ComplaintStatus!], $first: Int, $after: String) {\n  complaints(promiseId: $promiseId, status: $status, first: $first, after: $after) {\n    totalCount pageInfo { hasNextPage endCursor } edges { node { id receivedAt } } } }"): typeof import('./graphql').ComplaintsByPromisePageDocument;
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
export function graphql(source: "mutation ComplaintsAcknowledge($id: ID!, $input: AcknowledgeComplaintInput!) { acknowledgeComplaint(id: $id, input: $input) { ...ComplaintsComplaintFields } }"): typeof import('./graphql').ComplaintsAcknowledgeDocument;
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
export function graphql(source: "query ComplaintsDisputesCase($id: ID!) { complaint(id: $id) { disputesCase { status outcome binding body { name outcomeKind } } } }"): typeof import('./graphql').ComplaintsDisputesCaseDocument;
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
export function graphql(source: "fragment ActionsActionFields on CorrectiveAction {\n  id version kind title rootCause plannedAction dueOn status startedAt doneAt reopenNote cancellationReason cancelledAt decidedAt isOverdue\n  promise { id key } complaints { edges { node { id } } } owner { id } decidedBy { id } createdBy { id }\n  effectivenessCheck { verifiedBy { id } verifiedOn effective note } }"): typeof import('./graphql').ActionsActionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ActionsCreate($input: CreateCorrectiveActionInput!) { createCorrectiveAction(input: $input) { ...ActionsActionFields } }"): typeof import('./graphql').ActionsCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ActionsUpdate($id: ID!, $input: UpdateCorrectiveActionInput!) { updateCorrectiveAction(id: $id, input: $input) { ...ActionsActionFields } }"): typeof import('./graphql').ActionsUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ActionsStart($id: ID!, $input: CorrectiveActionStepInput!) { startCorrectiveAction(id: $id, input: $input) { ...ActionsActionFields } }"): typeof import('./graphql').ActionsStartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ActionsComplete($id: ID!, $input: CorrectiveActionStepInput!) { completeCorrectiveAction(id: $id, input: $input) { ...ActionsActionFields } }"): typeof import('./graphql').ActionsCompleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ActionsCheck($id: ID!, $input: CheckEffectivenessInput!) { checkCorrectiveActionEffectiveness(id: $id, input: $input) { ...ActionsActionFields } }"): typeof import('./graphql').ActionsCheckDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ActionsReopen($id: ID!, $input: ReopenCorrectiveActionInput!) { reopenCorrectiveAction(id: $id, input: $input) { ...ActionsActionFields } }"): typeof import('./graphql').ActionsReopenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ActionsCancel($id: ID!, $input: CancelCorrectiveActionInput!) { cancelCorrectiveAction(id: $id, input: $input) { ...ActionsActionFields } }"): typeof import('./graphql').ActionsCancelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ActionsAction($id: ID!) { correctiveAction(id: $id) { ...ActionsActionFields } }"): typeof import('./graphql').ActionsActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ActionsList($status: [CorrectiveActionStatus!], $kind: CorrectiveActionKind, $promiseId: ID, $overdue: Boolean) {\n  correctiveActions(first: 100, status: $status, kind: $kind, promiseId: $promiseId, overdue: $overdue) { totalCount edges { node { id dueOn } } } }"): typeof import('./graphql').ActionsListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ActionsOverdue($first: Int, $after: String) { overdueCorrectiveActions(first: $first, after: $after) {\n  totalCount edges { node { id dueOn status isOverdue } } pageInfo { hasNextPage endCursor } } }"): typeof import('./graphql').ActionsOverdueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ActionsRegisterComplaint($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id version reference } }"): typeof import('./graphql').ActionsRegisterComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ActionsComplaintActions($id: ID!) { complaint(id: $id) { correctiveActions { edges { node { id promise { key complaints { edges { node { id } } } correctiveActions { edges { node { id } } } } } } } } }"): typeof import('./graphql').ActionsComplaintActionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ActionsComplaintPromises($id: ID!) { complaint(id: $id) { promises { id correctiveActions { edges { node { id } } } } } }"): typeof import('./graphql').ActionsComplaintPromisesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ActionsAuditEvents($id: ID) { auditEvents(entityId: $id, first: 10) { edges { node { action changes } } } }"): typeof import('./graphql').ActionsAuditEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CorrespondenceTemplateFields on LetterTemplate { id kind language subject body version }"): typeof import('./graphql').CorrespondenceTemplateFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CorrespondenceCreateTemplate($input: CreateLetterTemplateInput!) { createLetterTemplate(input: $input) { ...CorrespondenceTemplateFields } }"): typeof import('./graphql').CorrespondenceCreateTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CorrespondenceUpdateTemplate($id: ID!, $input: UpdateLetterTemplateInput!) { updateLetterTemplate(id: $id, input: $input) { ...CorrespondenceTemplateFields } }"): typeof import('./graphql').CorrespondenceUpdateTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CorrespondenceDeleteTemplate($id: ID!, $v: Int!) { deleteLetterTemplate(id: $id, expectedVersion: $v) { id } }"): typeof import('./graphql').CorrespondenceDeleteTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CorrespondenceTemplates($kind: LetterKind, $language: String) { letterTemplates(kind: $kind, language: $language) { totalCount edges { node { kind language } } } }"): typeof import('./graphql').CorrespondenceTemplatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CorrespondencePlaceholders { letterPlaceholders { name description requiredIn } }"): typeof import('./graphql').CorrespondencePlaceholdersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CorrespondencePreview($complaintId: ID!, $kind: LetterKind!, $language: String, $decision: String) {\n  previewLetter(complaintId: $complaintId, kind: $kind, language: $language, decision: $decision) { kind language templateId subject body missing } }"): typeof import('./graphql').CorrespondencePreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CorrespondenceRegister($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id version reference receivedAt resolutionDueAt } }"): typeof import('./graphql').CorrespondenceRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CorrespondenceAcknowledge($id: ID!, $input: AcknowledgeComplaintInput!) {\n  acknowledgeComplaint(id: $id, input: $input) { id version status acknowledgedAt acknowledgedOnTime\n    letters { id kind language channel sentAt subject body edited sentBy { id } }\n    timeline { to letter { id kind } } } }"): typeof import('./graphql').CorrespondenceAcknowledgeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CorrespondenceStart($id: ID!, $input: StartComplaintHandlingInput!) { startComplaintHandling(id: $id, input: $input) { id version } }"): typeof import('./graphql').CorrespondenceStartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CorrespondenceResolve($id: ID!, $input: ResolveComplaintInput!) {\n  resolveComplaint(id: $id, input: $input) { id version status resolvedAt letters { kind language channel body edited } timeline { to letter { kind } } } }"): typeof import('./graphql').CorrespondenceResolveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CorrespondenceComplaint($id: ID!) { complaint(id: $id) { status version letters { kind body subject } } }"): typeof import('./graphql').CorrespondenceComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CorrespondenceMember($id: ID!) { user(id: $id) { name } }"): typeof import('./graphql').CorrespondenceMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CorrespondenceExtend($id: ID!, $input: ExtendComplaintDeadlineInput!) {\n  extendComplaintDeadline(id: $id, input: $input) { id version workingResolutionDueAt\n    letters { id kind language channel sentAt subject body edited }\n    timeline { kind dueAt note letter { id kind } } } }"): typeof import('./graphql').CorrespondenceExtendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CorrespondenceExtended($id: ID!) { complaint(id: $id) { version workingResolutionDueAt extendedResolutionDueAt letters { kind } timeline { kind } } }"): typeof import('./graphql').CorrespondenceExtendedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FaultsCreateResource($input: CreateResourceInput!) { createResource(input: $input) { id description } }"): typeof import('./graphql').FaultsCreateResourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FaultsRenameOrganization($name: String!) { updateOrganization(input: { expectedVersion: 1, name: $name }) { name } }"): typeof import('./graphql').FaultsRenameOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FaultsMe { me { id } }"): typeof import('./graphql').FaultsMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment DisputesBodyFields on DisputesBody { id name outcomeKind feeCents currency feeRefundRule responseWithin responseUnit appealWithinMonths website source isDefault version }"): typeof import('./graphql').DisputesBodyFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment DisputesCaseFields on DisputesCase { id version origin status bodyReference filedAt responseDueAt respondedAt respondedOnTime outcome decidedAt binding\n  adviceFollowed feeCents feeCurrency feeRefundDue feeRefundedOn closedAt compliance { on description documentReference }\n  body { id name } complaint { id status version reference escalation { body escalatedAt outcome binding decidedAt } timeline { from to } } }"): typeof import('./graphql').DisputesCaseFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DisputesCreateBody($input: CreateDisputesBodyInput!) { createDisputesBody(input: $input) { ...DisputesBodyFields } }"): typeof import('./graphql').DisputesCreateBodyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DisputesUpdateBody($id: ID!, $input: UpdateDisputesBodyInput!) { updateDisputesBody(id: $id, input: $input) { ...DisputesBodyFields } }"): typeof import('./graphql').DisputesUpdateBodyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DisputesBodies { disputesBodies(first: 50) { edges { node { name isDefault } } } }"): typeof import('./graphql').DisputesBodiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DisputesOpen($input: OpenDisputesCaseInput!) { openDisputesCase(input: $input) { ...DisputesCaseFields } }"): typeof import('./graphql').DisputesOpenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DisputesForwarded($input: RegisterForwardedDisputesCaseInput!) { registerForwardedDisputesCase(input: $input) { ...DisputesCaseFields } }"): typeof import('./graphql').DisputesForwardedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DisputesRespond($id: ID!, $input: RespondToDisputesCaseInput!) { respondToDisputesCase(id: $id, input: $input) { ...DisputesCaseFields } }"): typeof import('./graphql').DisputesRespondDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DisputesDecide($id: ID!, $input: DecideDisputesCaseInput!) { decideDisputesCase(id: $id, input: $input) { ...DisputesCaseFields } }"): typeof import('./graphql').DisputesDecideDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DisputesClose($id: ID!, $input: CloseDisputesCaseInput!) { closeDisputesCase(id: $id, input: $input) { ...DisputesCaseFields } }"): typeof import('./graphql').DisputesCloseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DisputesCases($status: [DisputesCaseStatus!]) { disputesCases(status: $status, first: 100) { totalCount edges { node { id status } } } }"): typeof import('./graphql').DisputesCasesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DisputesComplaint($id: ID!) { complaint(id: $id) { id status version disputesCase { id status } } }"): typeof import('./graphql').DisputesComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DisputesRegister($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id version } }"): typeof import('./graphql').DisputesRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DisputesAcknowledge($id: ID!, $input: AcknowledgeComplaintInput!) { acknowledgeComplaint(id: $id, input: $input) { id version } }"): typeof import('./graphql').DisputesAcknowledgeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DisputesStart($id: ID!, $input: StartComplaintHandlingInput!) { startComplaintHandling(id: $id, input: $input) { id version } }"): typeof import('./graphql').DisputesStartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DisputesResolve($id: ID!, $input: ResolveComplaintInput!) { resolveComplaint(id: $id, input: $input) { id version resolvedAt } }"): typeof import('./graphql').DisputesResolveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DisputesCloseComplaint($id: ID!, $input: ComplaintStepInput!) { closeComplaint(id: $id, input: $input) { id version } }"): typeof import('./graphql').DisputesCloseComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DisputesAnonymize($id: ID!, $v: Int!) { anonymizeComplaint(id: $id, expectedVersion: $v) { id anonymizedAt } }"): typeof import('./graphql').DisputesAnonymizeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DisputesCodeStatus($codeId: ID!) { codeStatus(codeId: $codeId) { promises { promise { key } complaints { received disputes { cases rated overturned overturnRate } } } } }"): typeof import('./graphql').DisputesCodeStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DisputesAnalysis($year: Int!) { complaintAnalysis(year: $year) { byPromise { promiseKey complaints disputes { cases rated overturned overturnRate } } } }"): typeof import('./graphql').DisputesAnalysisDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PayloadsSubscribe($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { secret } }"): typeof import('./graphql').PayloadsSubscribeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PayloadsRegister($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id version } }"): typeof import('./graphql').PayloadsRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PayloadsAcknowledge($id: ID!, $input: AcknowledgeComplaintInput!) { acknowledgeComplaint(id: $id, input: $input) { id version } }"): typeof import('./graphql').PayloadsAcknowledgeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PayloadsRenameMember($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id version } }"): typeof import('./graphql').PayloadsRenameMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PayloadsMember($id: ID!) { user(id: $id) { version } }"): typeof import('./graphql').PayloadsMemberDocument;
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
export function graphql(source: "\n  mutation FinautCreateRequirement($input: CreateTrainingRequirementInput!) {\n    createTrainingRequirement(input: $input) {\n      id\n      authorisation\n      subject\n    }\n  }\n"): typeof import('./graphql').FinautCreateRequirementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FinautCreateRecord($input: CreateTrainingRecordInput!) {\n    createTrainingRecord(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').FinautCreateRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FinautStatus($personId: ID!) {\n    authorisationStatus(personId: $personId) {\n      eligibility\n      missingItems\n      practice {\n        requiredMonths\n        documentedMonths\n      }\n      elements {\n        assessment\n        topic\n        subject\n        status\n        validUntil\n        requirement {\n          title\n        }\n      }\n      registration {\n        version\n        practiceMonths\n        registerStatus\n        registerNumber\n      }\n    }\n  }\n"): typeof import('./graphql').FinautStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FinautRegister($input: RecordAuthorisationRegistrationInput!) {\n    recordAuthorisationRegistration(input: $input) {\n      version\n      practiceMonths\n      registerStatus\n      registerNumber\n      registerStatusSince\n    }\n  }\n"): typeof import('./graphql').FinautRegisterDocument;
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
export function graphql(source: "mutation ShutdownRename { updateOrganization(input: { expectedVersion: 1, name: \"Renamed\" }) { name } }"): typeof import('./graphql').ShutdownRenameDocument;
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
export function graphql(source: "\n  query IsoClausesFramework {\n    normFramework(key: \"ISO10001\") {\n      requirements {\n        ref\n        title\n        children {\n          ref\n          title\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').IsoClausesFrameworkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InstancesSubscribe($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { secret subscription { id } } }\n"): typeof import('./graphql').InstancesSubscribeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InstancesRename($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { version } }"): typeof import('./graphql').InstancesRenameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InstancesVersion { organization { version } }"): typeof import('./graphql').InstancesVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperationsJobs($state: JobState, $queue: String) {\n    jobs(state: $state, queue: $queue) { enabled queues { name waiting retrying active completed failed } jobs { id queue state retryCount retryLimit createdAt completedAt error } }\n  }\n"): typeof import('./graphql').OperationsJobsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation JobsShutdownSubscribe($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { secret } }"): typeof import('./graphql').JobsShutdownSubscribeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation JobsShutdownRename { updateOrganization(input: { expectedVersion: 1, name: \"Renamed\" }) { name } }"): typeof import('./graphql').JobsShutdownRenameDocument;
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
export function graphql(source: "fragment KpisKpiFields on Kpi { id version name kind unit direction target threshold frequency promiseKey archived archivedAt\n  chain { id name } code { id key } promise { id key title } }"): typeof import('./graphql').KpisKpiFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KpisCreateChain($input: CreateKpiChainInput!) { createKpiChain(input: $input) { id name version activeKpiCount kpiLimit capacityWarning } }"): typeof import('./graphql').KpisCreateChainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KpisChain($id: ID!) { kpiChain(id: $id) { id name activeKpiCount kpiLimit capacityWarning kpis { name } links { cause { name } effect { name } } } }"): typeof import('./graphql').KpisChainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KpisCreate($input: CreateKpiInput!) { createKpi(input: $input) { ...KpisKpiFields } }"): typeof import('./graphql').KpisCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KpisUpdate($id: ID!, $input: UpdateKpiInput!) { updateKpi(id: $id, input: $input) { ...KpisKpiFields } }"): typeof import('./graphql').KpisUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KpisArchive($id: ID!, $v: Int!) { archiveKpi(id: $id, expectedVersion: $v) { id version archived archivedAt } }"): typeof import('./graphql').KpisArchiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KpisRestore($id: ID!, $v: Int!) { restoreKpi(id: $id, expectedVersion: $v) { id version archived } }"): typeof import('./graphql').KpisRestoreDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KpisKpi($id: ID!) { kpi(id: $id) { ...KpisKpiFields } }"): typeof import('./graphql').KpisKpiDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KpisList($chainId: ID, $codeId: ID, $promiseKey: String, $includeArchived: Boolean, $first: Int, $after: String) {\n  kpis(chainId: $chainId, codeId: $codeId, promiseKey: $promiseKey, includeArchived: $includeArchived, first: $first, after: $after) {\n    totalCount edges { node { name archived } } pageInfo { hasNextPage endCursor } } }"): typeof import('./graphql').KpisListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KpisLink($c: ID!, $e: ID!) { linkKpis(causeId: $c, effectId: $e) { id cause { name } effect { name } } }"): typeof import('./graphql').KpisLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KpisUnlink($c: ID!, $e: ID!) { unlinkKpis(causeId: $c, effectId: $e) { id cause { name } effect { name } } }"): typeof import('./graphql').KpisUnlinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KpisGraph($id: ID!) { kpi(id: $id) { name causes { name } effects { name } allCauses: causes(transitive: true) { name } allEffects: effects(transitive: true) { name } } }"): typeof import('./graphql').KpisGraphDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KpisRecord($input: [RecordKpiMeasurementInput!]!) { recordMeasurements(input: $input) { id periodStart periodEnd value note corrected version recordedBy { id } kpi { id } } }"): typeof import('./graphql').KpisRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KpisStatus($id: ID!, $periods: Int) { kpi(id: $id) { status trend(periods: $periods) expectedPeriod { start end } latestMeasurement { periodStart value } } }"): typeof import('./graphql').KpisStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KpisHistory($id: ID!, $from: LocalDate, $to: LocalDate, $first: Int, $after: String) { kpi(id: $id) {\n  measurements(from: $from, to: $to, first: $first, after: $after) { totalCount edges { cursor node { periodStart value } } pageInfo { hasNextPage endCursor } } } }"): typeof import('./graphql').KpisHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KpisPromiseKpis($id: ID!) { kpi(id: $id) { promise { kpis { totalCount edges { node { name } } } } } }"): typeof import('./graphql').KpisPromiseKpisDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KpisAuditEvents($id: ID!) { auditEvents(entityId: $id) { edges { node { action changes } } } }"): typeof import('./graphql').KpisAuditEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KpisAllWithHistory { kpis(first: 100) { edges { node { name status trend measurements(first: 2) { totalCount edges { node { value } } } } } } }"): typeof import('./graphql').KpisAllWithHistoryDocument;
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
export function graphql(source: "mutation LostUpdatesRegisterComplaint($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id version } }"): typeof import('./graphql').LostUpdatesRegisterComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LostUpdatesUpdateComplaint($id: ID!, $input: UpdateComplaintInput!) { updateComplaint(id: $id, input: $input) { id version } }"): typeof import('./graphql').LostUpdatesUpdateComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LostUpdatesAcknowledgeComplaint($id: ID!, $input: AcknowledgeComplaintInput!) { acknowledgeComplaint(id: $id, input: $input) { id version } }"): typeof import('./graphql').LostUpdatesAcknowledgeComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LostUpdatesAddClosureDay($input: AddClosureDayInput!) { addClosureDay(input: $input) { id version } }"): typeof import('./graphql').LostUpdatesAddClosureDayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LostUpdatesRemoveClosureDay($date: LocalDate!, $v: Int!) { removeClosureDay(date: $date, expectedVersion: $v) { id } }"): typeof import('./graphql').LostUpdatesRemoveClosureDayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LostUpdatesCreateCorrectiveAction($input: CreateCorrectiveActionInput!) { createCorrectiveAction(input: $input) { id version kind title dueOn } }"): typeof import('./graphql').LostUpdatesCreateCorrectiveActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LostUpdatesUpdateCorrectiveAction($id: ID!, $input: UpdateCorrectiveActionInput!) { updateCorrectiveAction(id: $id, input: $input) { id version } }"): typeof import('./graphql').LostUpdatesUpdateCorrectiveActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LostUpdatesStartCorrectiveAction($id: ID!, $input: CorrectiveActionStepInput!) { startCorrectiveAction(id: $id, input: $input) { id version } }"): typeof import('./graphql').LostUpdatesStartCorrectiveActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LostUpdatesCreateKpiChain($input: CreateKpiChainInput!) { createKpiChain(input: $input) { id version } }"): typeof import('./graphql').LostUpdatesCreateKpiChainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LostUpdatesCreateKpi($input: CreateKpiInput!) { createKpi(input: $input) { id version } }"): typeof import('./graphql').LostUpdatesCreateKpiDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LostUpdatesUpdateKpi($id: ID!, $input: UpdateKpiInput!) { updateKpi(id: $id, input: $input) { id version } }"): typeof import('./graphql').LostUpdatesUpdateKpiDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LostUpdatesArchiveKpi($id: ID!, $v: Int!) { archiveKpi(id: $id, expectedVersion: $v) { id version } }"): typeof import('./graphql').LostUpdatesArchiveKpiDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LostUpdatesCreateManagementReview($input: CreateManagementReviewInput!) { createManagementReview(input: $input) { id version year title status decisions analysisTakenAt } }"): typeof import('./graphql').LostUpdatesCreateManagementReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LostUpdatesUpdateManagementReview($id: ID!, $input: UpdateManagementReviewInput!) { updateManagementReview(id: $id, input: $input) { id version } }"): typeof import('./graphql').LostUpdatesUpdateManagementReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LostUpdatesLinkPreventiveAction($r: ID!, $a: ID!, $v: Int!) { linkPreventiveAction(reviewId: $r, correctiveActionId: $a, expectedVersion: $v) { id version } }"): typeof import('./graphql').LostUpdatesLinkPreventiveActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LostUpdatesCreateTrainingRequirement($input: CreateTrainingRequirementInput!) { createTrainingRequirement(input: $input) { id version } }"): typeof import('./graphql').LostUpdatesCreateTrainingRequirementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LostUpdatesUpdateTrainingRequirement($id: ID!, $input: UpdateTrainingRequirementInput!) { updateTrainingRequirement(id: $id, input: $input) { id version } }"): typeof import('./graphql').LostUpdatesUpdateTrainingRequirementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LostUpdatesDeleteTrainingRequirement($id: ID!, $v: Int!) { deleteTrainingRequirement(id: $id, expectedVersion: $v) { id } }"): typeof import('./graphql').LostUpdatesDeleteTrainingRequirementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LostUpdatesCreateResource($input: CreateResourceInput!) { createResource(input: $input) { id version } }"): typeof import('./graphql').LostUpdatesCreateResourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LostUpdatesUpdateResource($id: ID!, $input: UpdateResourceInput!) { updateResource(id: $id, input: $input) { id version } }"): typeof import('./graphql').LostUpdatesUpdateResourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LostUpdatesDeleteResource($id: ID!, $v: Int!) { deleteResource(id: $id, expectedVersion: $v) { id } }"): typeof import('./graphql').LostUpdatesDeleteResourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LostUpdatesCreateCommunicationPlan($input: CreateCommunicationPlanInput!) { createCommunicationPlan(input: $input) { id version } }"): typeof import('./graphql').LostUpdatesCreateCommunicationPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LostUpdatesUpdateCommunicationPlan($id: ID!, $input: UpdateCommunicationPlanInput!) { updateCommunicationPlan(id: $id, input: $input) { id version } }"): typeof import('./graphql').LostUpdatesUpdateCommunicationPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LostUpdatesCancelCommunicationPlan($id: ID!, $input: CancelCommunicationPlanInput!) { cancelCommunicationPlan(id: $id, input: $input) { id version } }"): typeof import('./graphql').LostUpdatesCancelCommunicationPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LostUpdatesOrganization { organization { id version } }"): typeof import('./graphql').LostUpdatesOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LostUpdatesUpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id version } }"): typeof import('./graphql').LostUpdatesUpdateOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LostUpdatesCreateUsers($input: [CreateUserInput!]!) { createUsers(input: $input) { id version } }"): typeof import('./graphql').LostUpdatesCreateUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LostUpdatesUpdateUser($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id version } }"): typeof import('./graphql').LostUpdatesUpdateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ReviewsAnalysisFields on ComplaintAnalysis {\n  year totals { received resolved unresolved overdue upheld } byPromise { promiseKey complaints upheld }\n  acknowledgement { rated onTime rate } resolution { rated onTime rate } outcomes { outcome complaints }\n  previousYear { year totals { received } } changes { figure current previous change } }"): typeof import('./graphql').ReviewsAnalysisFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ReviewsReviewFields on ManagementReview {\n  id version year period { from to } title status decisions analysisTakenAt signedAt signedBy { id } createdBy { id }\n  preventiveActions { edges { node { id kind title } } } analysis { ...ReviewsAnalysisFields } }"): typeof import('./graphql').ReviewsReviewFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviewsCreate($input: CreateManagementReviewInput!) { createManagementReview(input: $input) { ...ReviewsReviewFields } }"): typeof import('./graphql').ReviewsCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviewsUpdate($id: ID!, $input: UpdateManagementReviewInput!) { updateManagementReview(id: $id, input: $input) { ...ReviewsReviewFields } }"): typeof import('./graphql').ReviewsUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviewsRefresh($id: ID!, $v: Int!) { refreshManagementReviewAnalysis(id: $id, expectedVersion: $v) { ...ReviewsReviewFields } }"): typeof import('./graphql').ReviewsRefreshDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviewsLink($r: ID!, $a: ID!, $v: Int!) { linkPreventiveAction(reviewId: $r, correctiveActionId: $a, expectedVersion: $v) { ...ReviewsReviewFields } }"): typeof import('./graphql').ReviewsLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviewsUnlink($r: ID!, $a: ID!, $v: Int!) { unlinkPreventiveAction(reviewId: $r, correctiveActionId: $a, expectedVersion: $v) { ...ReviewsReviewFields } }"): typeof import('./graphql').ReviewsUnlinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviewsSign($id: ID!, $v: Int!) { signManagementReview(id: $id, expectedVersion: $v) { ...ReviewsReviewFields } }"): typeof import('./graphql').ReviewsSignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReviewsReview($id: ID!) { managementReview(id: $id) { ...ReviewsReviewFields } }"): typeof import('./graphql').ReviewsReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReviewsReviews($year: Int, $status: ManagementReviewStatus) { managementReviews(first: 10, year: $year, status: $status) {\n  totalCount edges { node { id year status } } } }"): typeof import('./graphql').ReviewsReviewsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReviewsAnalysis($year: Int!) { complaintAnalysis(year: $year) { ...ReviewsAnalysisFields } }"): typeof import('./graphql').ReviewsAnalysisDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviewsRegisterComplaint($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id version } }"): typeof import('./graphql').ReviewsRegisterComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviewsAcknowledgeComplaint($id: ID!, $input: AcknowledgeComplaintInput!) { acknowledgeComplaint(id: $id, input: $input) { id version } }"): typeof import('./graphql').ReviewsAcknowledgeComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviewsCreateAction($input: CreateCorrectiveActionInput!) { createCorrectiveAction(input: $input) { id kind title } }"): typeof import('./graphql').ReviewsCreateActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MetricsNames { __typename }"): typeof import('./graphql').MetricsNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CachedCodeStatus($codeId: ID!) { codeStatus(codeId: $codeId) {\n  code { key } codeVersion { version } period { from to } status statusCounts { status count }\n  promises { promise { key title } status reasons kpis { name status latestMeasurement { value } } kpiStatusCounts { status count }\n    complaints { received open overdue upheld partiallyUpheld decided overturned acknowledgement { rate } resolution { rate } disputes { cases overturned } }\n    handling { overdue } correctiveActions { open overdue notEffective verifiedEffective } customerPerceived { responses } } } }"): typeof import('./graphql').CachedCodeStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CachedAnalysis($year: Int!) { complaintAnalysis(year: $year) {\n  totals { received resolved unresolved overdue upheld partiallyUpheld unclassified withoutPromise }\n  byCategory { category complaints } byPromise { promiseKey complaints upheld } byChannel { channel complaints } byMonth { month complaints }\n  acknowledgement { rate } resolution { rate } acknowledgementTime { medianHours p90Hours } resolutionTime { medianHours p90Hours }\n  outcomes { outcome complaints } escalations { escalated pending decided binding overturned }\n  actions { kind opened open overdue verifiedEffective notEffective effectivenessRate } recurringRootCauses { rootCause actions }\n  changes { figure change } previousYear { totals { received overdue } } } }"): typeof import('./graphql').CachedAnalysisDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CachedAnalysisWithSurveys($year: Int!) { complaintAnalysis(year: $year) {\n  totals { received } customerSatisfaction { responses { sent answered } } } }"): typeof import('./graphql').CachedAnalysisWithSurveysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RollupsCodeStatus($codeId: ID!, $period: PeriodInput) {\n    codeStatus(codeId: $codeId, period: $period) {\n      period {\n        from\n        to\n      }\n      promises {\n        promise {\n          key\n        }\n        complaints {\n          received\n          open\n          overdue\n          upheld\n          partiallyUpheld\n          decided\n          decidedUpheld\n          overturned\n          acknowledgement {\n            rated\n            onTime\n            rate\n          }\n          resolution {\n            rated\n            onTime\n            rate\n          }\n          disputes {\n            cases\n            rated\n            overturned\n            overturnRate\n          }\n        }\n        handling {\n          overdue\n          acknowledgement {\n            rated\n            onTime\n            rate\n          }\n          resolution {\n            rated\n            onTime\n            rate\n          }\n        }\n        correctiveActions {\n          open\n          overdue\n          notEffective\n          verifiedEffective\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RollupsCodeStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RollupsAnalysisFields on ComplaintAnalysis {\n    year\n    period {\n      from\n      to\n    }\n    totals {\n      received\n      resolved\n      unresolved\n      overdue\n      upheld\n      partiallyUpheld\n      unclassified\n      withoutPromise\n    }\n    byCategory {\n      category\n      complaints\n      upheld\n    }\n    byPromise {\n      codeId\n      codeKey\n      promiseKey\n      promiseTitle\n      complaints\n      upheld\n      disputes {\n        cases\n        rated\n        overturned\n        overturnRate\n      }\n    }\n    byChannel {\n      channel\n      complaints\n      upheld\n    }\n    byMonth {\n      month\n      complaints\n      upheld\n    }\n    acknowledgement {\n      rated\n      onTime\n      rate\n    }\n    resolution {\n      rated\n      onTime\n      rate\n    }\n    acknowledgementTime {\n      measured\n      medianHours\n      p90Hours\n    }\n    resolutionTime {\n      measured\n      medianHours\n      p90Hours\n    }\n    outcomes {\n      outcome\n      complaints\n    }\n    escalations {\n      escalated\n      pending\n      decided\n      binding\n      overturned\n      outcomes {\n        outcome\n        complaints\n      }\n    }\n    satisfaction {\n      rated\n      average\n    }\n    recurringRootCauses {\n      rootCause\n      actions\n      promiseKeys\n    }\n    actions {\n      kind\n      opened\n      open\n      overdue\n      awaitingCheck\n      verifiedEffective\n      notEffective\n      cancelled\n      effectivenessRate\n    }\n  }\n"): typeof import('./graphql').RollupsAnalysisFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RollupsPreviousYearFields on ComplaintYearFigures {\n    year\n    period {\n      from\n      to\n    }\n    totals {\n      received\n      resolved\n      unresolved\n      overdue\n      upheld\n      partiallyUpheld\n      unclassified\n      withoutPromise\n    }\n    byCategory {\n      category\n      complaints\n      upheld\n    }\n    byPromise {\n      codeId\n      codeKey\n      promiseKey\n      promiseTitle\n      complaints\n      upheld\n      disputes {\n        cases\n        rated\n        overturned\n        overturnRate\n      }\n    }\n    byChannel {\n      channel\n      complaints\n      upheld\n    }\n    byMonth {\n      month\n      complaints\n      upheld\n    }\n    acknowledgement {\n      rated\n      onTime\n      rate\n    }\n    resolution {\n      rated\n      onTime\n      rate\n    }\n    acknowledgementTime {\n      measured\n      medianHours\n      p90Hours\n    }\n    resolutionTime {\n      measured\n      medianHours\n      p90Hours\n    }\n    outcomes {\n      outcome\n      complaints\n    }\n    escalations {\n      escalated\n      pending\n      decided\n      binding\n      overturned\n      outcomes {\n        outcome\n        complaints\n      }\n    }\n    satisfaction {\n      rated\n      average\n    }\n    recurringRootCauses {\n      rootCause\n      actions\n      promiseKeys\n    }\n    actions {\n      kind\n      opened\n      open\n      overdue\n      awaitingCheck\n      verifiedEffective\n      notEffective\n      cancelled\n      effectivenessRate\n    }\n  }\n"): typeof import('./graphql').RollupsPreviousYearFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RollupsAnalysis($year: Int!) {\n    complaintAnalysis(year: $year) {\n      ...RollupsAnalysisFields\n      previousYear {\n        ...RollupsPreviousYearFields\n      }\n      changes {\n        figure\n        current\n        previous\n        change\n      }\n    }\n  }\n"): typeof import('./graphql').RollupsAnalysisDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MonitoringCodeStatus($codeId: ID!, $period: PeriodInput) {\n  codeStatus(codeId: $codeId, period: $period) {\n    code { id key } codeVersion { id version } period { from to } status statusCounts { status count }\n    promises {\n      promise { id key title } status reasons\n      kpis { name status } kpiStatusCounts { status count }\n      complaints { received open overdue upheld partiallyUpheld acknowledgement { rated onTime rate } resolution { rated onTime rate } }\n      correctiveActions { open overdue notEffective verifiedEffective }\n    } } }"): typeof import('./graphql').MonitoringCodeStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment MonitoringYearFields on ComplaintAnalysis { year period { from to }\n  totals { received resolved unresolved overdue upheld partiallyUpheld unclassified withoutPromise }\n  byCategory { category complaints upheld }\n  byPromise { codeId codeKey promiseKey promiseTitle complaints upheld }\n  byChannel { channel complaints upheld }\n  byMonth { month complaints upheld }\n  acknowledgement { rated onTime rate } resolution { rated onTime rate }\n  acknowledgementTime { measured medianHours p90Hours } resolutionTime { measured medianHours p90Hours }\n  outcomes { outcome complaints }\n  escalations { escalated pending decided binding overturned outcomes { outcome complaints } }\n  satisfaction { rated average }\n  recurringRootCauses { rootCause actions promiseKeys }\n  actions { kind opened open overdue awaitingCheck verifiedEffective notEffective cancelled effectivenessRate } }"): typeof import('./graphql').MonitoringYearFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment MonitoringPreviousYearFields on ComplaintYearFigures { year period { from to }\n  totals { received resolved unresolved overdue upheld partiallyUpheld unclassified withoutPromise }\n  byCategory { category complaints upheld }\n  byPromise { codeId codeKey promiseKey promiseTitle complaints upheld }\n  byChannel { channel complaints upheld }\n  byMonth { month complaints upheld }\n  acknowledgement { rated onTime rate } resolution { rated onTime rate }\n  acknowledgementTime { measured medianHours p90Hours } resolutionTime { measured medianHours p90Hours }\n  outcomes { outcome complaints }\n  escalations { escalated pending decided binding overturned outcomes { outcome complaints } }\n  satisfaction { rated average }\n  recurringRootCauses { rootCause actions promiseKeys }\n  actions { kind opened open overdue awaitingCheck verifiedEffective notEffective cancelled effectivenessRate } }"): typeof import('./graphql').MonitoringPreviousYearFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MonitoringAnalysis($year: Int!) { complaintAnalysis(year: $year) { ...MonitoringYearFields\n  previousYear { ...MonitoringPreviousYearFields } changes { figure current previous change } } }"): typeof import('./graphql').MonitoringAnalysisDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MonitoringAnalysisWithSurveys($year: Int!) { complaintAnalysis(year: $year) { totals { received }\n  customerSatisfaction { overall { responses } responses { sent } } } }"): typeof import('./graphql').MonitoringAnalysisWithSurveysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MonitoringCodeVersions($id: ID!) { code(id: $id) { versions { totalCount edges { node { version promises { key status } } } } } }"): typeof import('./graphql').MonitoringCodeVersionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MonitoringMe { me { id } }"): typeof import('./graphql').MonitoringMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MonitoringCodeStatusWithRelations($codeId: ID!) { codeStatus(codeId: $codeId) { status code { key }\n  promises { status reasons promise { key owner { id } codeVersion { version } } kpis { name status latestMeasurement { value } }\n    complaints { received } correctiveActions { open } } } }"): typeof import('./graphql').MonitoringCodeStatusWithRelationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MonitoringCreateChain($input: CreateKpiChainInput!) { createKpiChain(input: $input) { id } }"): typeof import('./graphql').MonitoringCreateChainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MonitoringCreateKpi($input: CreateKpiInput!) { createKpi(input: $input) { id version } }"): typeof import('./graphql').MonitoringCreateKpiDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MonitoringRecordMeasurements($input: [RecordKpiMeasurementInput!]!) { recordMeasurements(input: $input) { id } }"): typeof import('./graphql').MonitoringRecordMeasurementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MonitoringArchiveKpi($id: ID!, $v: Int!) { archiveKpi(id: $id, expectedVersion: $v) { id } }"): typeof import('./graphql').MonitoringArchiveKpiDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NormsFrameworks { normFrameworks { key title language requirements { ref title kind } } }"): typeof import('./graphql').NormsFrameworksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NormsFramework($key: String!) { normFramework(key: $key) { key title description\n  requirements { ref kind title objective children { ref kind title objective children { ref kind title } } } } }"): typeof import('./graphql').NormsFrameworkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NormsRequirement($ref: String!) { normRequirement(ref: $ref) { id ref kind title objective position\n  framework { key } parent { ref title parent { ref } } children { ref title } } }"): typeof import('./graphql').NormsRequirementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NormsRecordMaturity($input: RecordMaturityAssessmentInput!) { recordMaturityAssessment(input: $input) {\n  level evidence assessedOn assessedBy { id } requirement { ref } } }"): typeof import('./graphql').NormsRecordMaturityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NormsMaturity($ref: String!) { normRequirement(ref: $ref) { maturity { level evidence assessedOn assessedBy { id } }\n  maturityAssessments { totalCount edges { node { level assessedOn } } } } }"): typeof import('./graphql').NormsMaturityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NormsCoverage($frameworkKey: String!, $codeId: ID!, $codeVersionId: ID) {\n  normCoverage(frameworkKey: $frameworkKey, codeId: $codeId, codeVersionId: $codeVersionId) {\n    framework { key } code { id } codeVersion { id version status }\n    state requirementCount coveredCount gapCount coverageRate\n    sections { requirement { ref title } state requirementCount coveredCount gapCount promises { key } }\n    nodes { requirement { ref kind } depth state requirementCount coveredCount gapCount promises { key } } } }"): typeof import('./graphql').NormsCoverageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NormsRecordMaturityOnce($input: RecordMaturityAssessmentInput!) { recordMaturityAssessment(input: $input) { id level } }"): typeof import('./graphql').NormsRecordMaturityOnceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OneConnectionCodeStatus($codeId: ID!) { codeStatus(codeId: $codeId) { status\n  promises { status promise { key } kpis { name status } complaints { received open overdue } correctiveActions { open overdue } } } }"): typeof import('./graphql').OneConnectionCodeStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OneConnectionComplaints($promiseId: ID) { complaints(first: 50, promiseId: $promiseId) { totalCount\n  edges { node { id reference status promises { key } handler { name } correctiveActions { totalCount } } } } }"): typeof import('./graphql').OneConnectionComplaintsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OneConnectionComplaint($id: ID!) { complaint(id: $id) { id reference status handler { name }\n  promises { key complaints { totalCount } } correctiveActions { totalCount edges { node { title } } } timeline { at to actor { name } } } }"): typeof import('./graphql').OneConnectionComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OneConnectionRegister($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id reference\n  promises { key complaints { totalCount } } } }"): typeof import('./graphql').OneConnectionRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PreparedCodeStatus($codeId: ID!) { codeStatus(codeId: $codeId) {\n  status promises { promise { key } status complaints { received open upheld } correctiveActions { open } } } }"): typeof import('./graphql').PreparedCodeStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PreparedComplaints($promiseId: ID) { complaints(first: 10, promiseId: $promiseId) {\n  totalCount edges { node { reference status promises { key } } } } }"): typeof import('./graphql').PreparedComplaintsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PreparedComplaint($id: ID!) { complaint(id: $id) { reference status timeline { to } } }"): typeof import('./graphql').PreparedComplaintDocument;
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
export function graphql(source: "mutation PrivacyAcknowledge($id: ID!, $input: AcknowledgeComplaintInput!) { acknowledgeComplaint(id: $id, input: $input) { id version } }"): typeof import('./graphql').PrivacyAcknowledgeDocument;
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
export function graphql(source: "query ProductionComplaints($status: [ComplaintStatus!]) { complaints(status: $status) { totalCount } }"): typeof import('./graphql').ProductionComplaintsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PromiseStatusV2Status($codeId: ID!, $period: PeriodInput) {\n    codeStatus(codeId: $codeId, period: $period) {\n      status\n      promises {\n        promise {\n          key\n        }\n        status\n        reasons\n        complaints {\n          received\n          open\n          overdue\n          upheld\n          partiallyUpheld\n          decided\n          decidedUpheld\n          overturned\n          acknowledgement {\n            rated\n            onTime\n            rate\n          }\n          resolution {\n            rated\n            onTime\n            rate\n          }\n        }\n        handling {\n          overdue\n          acknowledgement {\n            rated\n            onTime\n            rate\n          }\n          resolution {\n            rated\n            onTime\n            rate\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PromiseStatusV2StatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PromiseStatusV2Policy {\n    promiseStatusPolicy {\n      upheldShareBrokenFrom\n      upheldComplaintsBrokenFrom\n      upheldShareAtRiskFrom\n      onTimeMinimum\n      onTimeTarget\n      minimumRated\n      handlingPromiseKey\n    }\n    organization {\n      version\n    }\n  }\n"): typeof import('./graphql').PromiseStatusV2PolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PromiseStatusV2Update($input: PromiseStatusPolicyInput!) {\n    updatePromiseStatusPolicy(input: $input) {\n      upheldShareBrokenFrom\n      upheldComplaintsBrokenFrom\n      upheldShareAtRiskFrom\n      onTimeMinimum\n      onTimeTarget\n      minimumRated\n      handlingPromiseKey\n    }\n  }\n"): typeof import('./graphql').PromiseStatusV2UpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PromiseStatusV2Version {\n    organization {\n      version\n    }\n  }\n"): typeof import('./graphql').PromiseStatusV2VersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TracePromise($codeId: ID!, $promiseKey: String!) {\n    promiseTrace(codeId: $codeId, promiseKey: $promiseKey) {\n      codeKey\n      promiseKey\n      title\n      versions {\n        version\n        status\n        title\n        text\n        textChanged\n        changeSummary\n        publishedAt\n      }\n      kpis {\n        name\n        target\n        threshold\n        measurements {\n          periodStart\n          periodEnd\n          value\n        }\n      }\n      complaintMonths {\n        month\n        received\n        upheld\n        decided\n        decidedUpheld\n        overturned\n      }\n      actions {\n        kind\n        title\n        status\n        rootCause\n        dueOn\n        verifiedOn\n        effective\n      }\n      reviews {\n        year\n        decisions\n        preventiveActionIds\n      }\n      evidence {\n        requirementRef\n        via\n        versions\n      }\n      timeline {\n        at\n        kind\n        summary\n      }\n    }\n  }\n"): typeof import('./graphql').TracePromiseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PublicCodesPublished($slug: String!) { publishedCodes(organizationSlug: $slug) {\n  key title scope organizationName currentVersion { version policyStatement changeSummary publishedAt promises { key title text position } } } }"): typeof import('./graphql').PublicCodesPublishedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PublicCodesOne($slug: String!, $key: String!) { publishedCode(organizationSlug: $slug, codeKey: $key) {\n  key title currentVersion { version changeSummary promises { key title text } } } }"): typeof import('./graphql').PublicCodesOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PublicCodesVersions($id: ID!) { code(id: $id) { versions { edges { node { id status } } } } }"): typeof import('./graphql').PublicCodesVersionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PagesComplaint($search: String) { complaints(first: 1, search: $search) { edges { node { id version } } } }"): typeof import('./graphql').PagesComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PagesLink($id: ID!, $input: UpdateComplaintInput!) { updateComplaint(id: $id, input: $input) { version } }"): typeof import('./graphql').PagesLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PagesAcknowledge($id: ID!, $input: AcknowledgeComplaintInput!) { acknowledgeComplaint(id: $id, input: $input) { version } }"): typeof import('./graphql').PagesAcknowledgeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PagesOrganization { organization { version } }"): typeof import('./graphql').PagesOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PagesRegister($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id reference receivedAt } }"): typeof import('./graphql').PagesRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PagesIssue($id: ID!) { issueComplaintTrackingSecret(id: $id) { reference trackingSecret } }"): typeof import('./graphql').PagesIssueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PagesLanguages($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { languages } }"): typeof import('./graphql').PagesLanguagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PagesTranslate($id: ID!, $input: TranslateCodeVersionInput!) { translateCodeVersion(id: $id, input: $input) { missingLanguages } }"): typeof import('./graphql').PagesTranslateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueryPlansComplaints(\n  $first: Int!, $after: String, $status: [ComplaintStatus!], $category: ComplaintCategory, $handlerId: ID, $promiseId: ID,\n  $overdue: Boolean, $receivedFrom: DateTime, $receivedTo: DateTime, $search: String, $sort: ComplaintSort! = RECEIVED_AT, $kind: ComplaintKind\n) {\n  complaints(first: $first, after: $after, status: $status, category: $category, handlerId: $handlerId, promiseId: $promiseId,\n    overdue: $overdue, receivedFrom: $receivedFrom, receivedTo: $receivedTo, search: $search, sort: $sort, kind: $kind) {\n    totalCount pageInfo { endCursor hasNextPage }\n    edges { node { id reference subject timeline { at } promises { id } correctiveActions(first: 5) { totalCount edges { node { id } } } } }\n  }\n}"): typeof import('./graphql').QueryPlansComplaintsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueryPlansStaffComplaints($after: String) {\n  complaints(first: 20, after: $after) { totalCount pageInfo { endCursor } edges { node { id reference } } }\n}"): typeof import('./graphql').QueryPlansStaffComplaintsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueryPlansRetention { complaintsDueForAnonymisation { due references } codeGaps { total words { word count } } }"): typeof import('./graphql').QueryPlansRetentionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueryPlansActions($after: String, $status: [CorrectiveActionStatus!], $kind: CorrectiveActionKind, $promiseId: ID, $overdue: Boolean) {\n  correctiveActions(first: 20, after: $after, status: $status, kind: $kind, promiseId: $promiseId, overdue: $overdue) {\n    totalCount pageInfo { endCursor hasNextPage }\n    edges { node { id complaints(first: 5) { totalCount edges { node { id } } } } }\n  }\n}"): typeof import('./graphql').QueryPlansActionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueryPlansOverdueActions { overdueCorrectiveActions(first: 20) { totalCount edges { node { id } } } }"): typeof import('./graphql').QueryPlansOverdueActionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueryPlansPromise($id: ID!) { complaint(id: $id) { promises {\n  complaints(first: 10) { totalCount edges { node { id } } }\n  correctiveActions(first: 10) { totalCount edges { node { id } } }\n  kpis(first: 5) { totalCount edges { node { id measurements(first: 6) { totalCount edges { node { id } } } } } }\n} } }"): typeof import('./graphql').QueryPlansPromiseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueryPlansAudit($entityId: ID, $entityType: String, $actorId: ID, $action: String, $from: DateTime, $to: DateTime) {\n  auditEvents(first: 20, entityId: $entityId, entityType: $entityType, actorId: $actorId, action: $action, from: $from, to: $to) {\n    totalCount edges { node { id } }\n  }\n}"): typeof import('./graphql').QueryPlansAuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueryPlansTraining($personId: ID, $topic: TrainingTopic, $from: LocalDate, $to: LocalDate) {\n  trainingRecords(first: 20, personId: $personId, topic: $topic, from: $from, to: $to) { totalCount edges { node { id } } }\n}"): typeof import('./graphql').QueryPlansTrainingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueryPlansKpis($codeId: ID, $promiseKey: String, $kind: KpiKind, $after: String) {\n  kpis(first: 20, codeId: $codeId, promiseKey: $promiseKey, kind: $kind, after: $after) { totalCount pageInfo { endCursor } edges { node { id } } }\n}"): typeof import('./graphql').QueryPlansKpisDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueryPlansSearch($search: String!, $after: String) {\n  complaints(first: 100, search: $search, after: $after) { totalCount pageInfo { endCursor hasNextPage } edges { node { id } } }\n}"): typeof import('./graphql').QueryPlansSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueryPlansOtherLists {\n  users(first: 20) { totalCount edges { node { id } } }\n  trainingRequirements(first: 20) { totalCount edges { node { id } } }\n  communicationPlans(first: 20) { totalCount edges { node { id } } }\n  resources(first: 20) { totalCount edges { node { id } } }\n  managementReviews(first: 20) { totalCount edges { node { id } } }\n  codesDueForReview(within: 60) { id }\n}"): typeof import('./graphql').QueryPlansOtherListsDocument;
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
export function graphql(source: "\n  query RemindersNotifications($unreadOnly: Boolean) {\n    notifications(first: 100, unreadOnly: $unreadOnly) { unreadCount edges { node { id kind subjectType subjectId title body read readAt } } }\n  }\n"): typeof import('./graphql').RemindersNotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemindersSettings($input: UpdateMyNotificationSettingsInput!) { updateMyNotificationSettings(input: $input) { id language emailNotifications version } }\n"): typeof import('./graphql').RemindersSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RemindersMe { me { user { version } } }"): typeof import('./graphql').RemindersMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemindersMark($id: ID!) { markNotificationRead(id: $id) { id read } }"): typeof import('./graphql').RemindersMarkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemindersMarkAll { markAllNotificationsRead }"): typeof import('./graphql').RemindersMarkAllDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RemindersRules { reminderRules { kind enabled leadDays unit version } }"): typeof import('./graphql').RemindersRulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemindersCreateChain($input: CreateKpiChainInput!) { createKpiChain(input: $input) { id } }"): typeof import('./graphql').RemindersCreateChainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemindersCreateKpi($input: CreateKpiInput!) { createKpi(input: $input) { id } }"): typeof import('./graphql').RemindersCreateKpiDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemindersSetRule($input: SetReminderRuleInput!) { setReminderRule(input: $input) { kind enabled leadDays version } }"): typeof import('./graphql').RemindersSetRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvidenceCoverage($codeId: ID!) {\n    normCoverage(frameworkKey: \"SRCM\", codeId: $codeId) {\n      state\n      requirementCount\n      coveredCount\n      notApplicableCount\n      gapCount\n      coverageRate\n      stateCounts {\n        state\n        count\n      }\n      sections {\n        requirement {\n          ref\n          title\n        }\n        state\n        requirementCount\n        coveredCount\n        notApplicableCount\n        gapCount\n      }\n      nodes {\n        requirement {\n          ref\n        }\n        state\n        requirementCount\n        coveredCount\n        notApplicableCount\n        gapCount\n        promises {\n          key\n        }\n        evidence {\n          kind\n          note\n          reason\n          recordedBy {\n            id\n          }\n          recordedAt\n          requirement {\n            ref\n          }\n          document {\n            title\n            location\n            version\n          }\n          kpi {\n            name\n          }\n          correctiveAction {\n            id\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EvidenceCoverageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvidenceAdd($input: AddRequirementEvidenceInput!) {\n    addRequirementEvidence(input: $input) {\n      id\n      kind\n      requirement {\n        ref\n      }\n    }\n  }\n"): typeof import('./graphql').EvidenceAddDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvidenceNotApplicable($input: MarkRequirementNotApplicableInput!) {\n    markRequirementNotApplicable(input: $input) {\n      id\n      kind\n      reason\n      recordedBy {\n        id\n      }\n      requirement {\n        ref\n      }\n    }\n  }\n"): typeof import('./graphql').EvidenceNotApplicableDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvidenceRemove($id: ID!, $v: Int!) {\n    removeRequirementEvidence(id: $id, expectedVersion: $v) {\n      id\n      kind\n    }\n  }\n"): typeof import('./graphql').EvidenceRemoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvidenceCreateChain($input: CreateKpiChainInput!) {\n    createKpiChain(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').EvidenceCreateChainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvidenceCreateKpi($input: CreateKpiInput!) {\n    createKpi(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').EvidenceCreateKpiDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvidenceStaffCoverage($codeId: ID!) {\n    normCoverage(frameworkKey: \"SRCM\", codeId: $codeId) {\n      coveredCount\n      nodes {\n        evidence {\n          kind\n          kpi {\n            name\n          }\n          document {\n            title\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EvidenceStaffCoverageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ResourcesResourceFields on Resource {\n  id version kind description quantity unit periodStart periodEnd code { key } codeVersion { id version } promise { key } owner { id } }"): typeof import('./graphql').ResourcesResourceFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResourcesCreate($input: CreateResourceInput!) { createResource(input: $input) { ...ResourcesResourceFields } }"): typeof import('./graphql').ResourcesCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResourcesUpdate($id: ID!, $input: UpdateResourceInput!) { updateResource(id: $id, input: $input) { ...ResourcesResourceFields } }"): typeof import('./graphql').ResourcesUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResourcesDelete($id: ID!, $v: Int!) { deleteResource(id: $id, expectedVersion: $v) { id } }"): typeof import('./graphql').ResourcesDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResourcesResource($id: ID!) { resource(id: $id) { ...ResourcesResourceFields } }"): typeof import('./graphql').ResourcesResourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResourcesList($codeId: ID, $codeVersionId: ID, $promiseId: ID, $kind: ResourceKind, $activeOn: LocalDate, $first: Int, $after: String) {\n  resources(codeId: $codeId, codeVersionId: $codeVersionId, promiseId: $promiseId, kind: $kind, activeOn: $activeOn, first: $first, after: $after) {\n    totalCount edges { node { description periodStart } } pageInfo { hasNextPage endCursor } } }"): typeof import('./graphql').ResourcesListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResourcesTotals($codeId: ID!, $codeVersionId: ID, $activeOn: LocalDate) { resourceTotals(codeId: $codeId, codeVersionId: $codeVersionId, activeOn: $activeOn) { kind unit quantity resources } }"): typeof import('./graphql').ResourcesTotalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SurveysSurveyFields on SatisfactionSurvey { id origin status link respondentType respondentName respondentEmail caseReference\n  language expiresAt answeredAt overall comment personalDataErasedAt answers { promiseKey position score answeredOn } }"): typeof import('./graphql').SurveysSurveyFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SurveysResolve($id: ID!, $input: ResolveComplaintInput!) {\n  resolveComplaint(id: $id, input: $input) { id version satisfactionSurvey { ...SurveysSurveyFields } } }"): typeof import('./graphql').SurveysResolveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SurveysClose($id: ID!, $input: ComplaintStepInput!) { closeComplaint(id: $id, input: $input) { id version } }"): typeof import('./graphql').SurveysCloseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SurveysReopen($id: ID!, $input: ComplaintReasonInput!) { reopenComplaint(id: $id, input: $input) { id version } }"): typeof import('./graphql').SurveysReopenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SurveysAnonymize($id: ID!, $expectedVersion: Int!) { anonymizeComplaint(id: $id, expectedVersion: $expectedVersion) { id anonymizedAt } }"): typeof import('./graphql').SurveysAnonymizeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SurveysComplaint($id: ID!) { complaint(id: $id) { id satisfactionSurvey { ...SurveysSurveyFields } } }"): typeof import('./graphql').SurveysComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SurveysCreate($input: CreateSatisfactionSurveysInput!) { createSatisfactionSurveys(input: $input) { ...SurveysSurveyFields } }"): typeof import('./graphql').SurveysCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SurveysList($status: SurveyStatus, $origin: SurveyOrigin) {\n  satisfactionSurveys(first: 100, status: $status, origin: $origin) { totalCount edges { node { ...SurveysSurveyFields } } } }"): typeof import('./graphql').SurveysListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SurveysPublic($token: String!) { satisfactionSurvey(token: $token) {\n  language organizationName codeTitle title intro overallQuestion commentLabel expiresAt\n  overallScale { score label } questions { promiseKey title text question scale { score label } } } }"): typeof import('./graphql').SurveysPublicDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SurveysAnswer($token: String!, $input: AnswerSatisfactionSurveyInput!) { answerSatisfactionSurvey(token: $token, input: $input) { message } }"): typeof import('./graphql').SurveysAnswerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SurveysPolicy { surveyPolicy { linkValidDays minimumResponses respondentDataRetentionDays } organization { version } }"): typeof import('./graphql').SurveysPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SurveysUpdatePolicy($input: SurveyPolicyInput!) { updateSurveyPolicy(input: $input) { linkValidDays minimumResponses respondentDataRetentionDays } }"): typeof import('./graphql').SurveysUpdatePolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SurveysCodeStatus($codeId: ID!) { codeStatus(codeId: $codeId) {\n  promises { promise { key } status complaints { received } customerPerceived { responses averageScore satisfiedShare sufficient minimumResponses } } } }"): typeof import('./graphql').SurveysCodeStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SurveysAnalysis($year: Int!) { complaintAnalysis(year: $year) { year customerSatisfaction {\n  byPromise { codeKey promiseKey promiseTitle customerPerceived { responses averageScore satisfiedShare sufficient } }\n  overall { responses averageScore satisfiedShare sufficient }\n  responses { sent answered expired pending responseRate } } } }"): typeof import('./graphql').SurveysAnalysisDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SurveysRetention($input: AnonymizeDueComplaintsInput!) { anonymizeDueComplaints(input: $input) { dryRun references erasedElsewhere } }"): typeof import('./graphql').SurveysRetentionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SeedsPublishedCode { publishedCode(organizationSlug: \"demo\", codeKey: \"klantbeloften\") {\n      organizationName currentVersion { version promises { key text } } } }"): typeof import('./graphql').SeedsPublishedCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SeedsCodes { codes(first: 5) { edges { node { currentVersion { promises { key requirements { ref } } } } } } }"): typeof import('./graphql').SeedsCodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SeedsRegisterComplaint($input: RegisterComplaintInput!) { registerComplaint(input: $input) { reference } }"): typeof import('./graphql').SeedsRegisterComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SeedsComplaintCounts { complaintCounts { total unresolvedOverdue byStatus { status count } } }"): typeof import('./graphql').SeedsComplaintCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SeedsComplaintTotals {\n      conduct: complaints(category: CONDUCT) { totalCount } legal: complaints(category: LEGAL) { totalCount }\n      financial: complaints(category: FINANCIAL) { totalCount } execution: complaints(category: EXECUTION) { totalCount }\n      escalated: complaints(first: 50, status: [CLOSED, ESCALATED]) { edges { node { escalation { outcome binding } } } } }"): typeof import('./graphql').SeedsComplaintTotalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SeedsKpiChains { kpiChains { edges { node { kpis { kind status causes { id } effects { id } measurements(first: 20) { totalCount } } } } } }"): typeof import('./graphql').SeedsKpiChainsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SeedsCompetenceOverview { competenceOverview { requirements { valid expiring expired missing } people { totalCount } } }"): typeof import('./graphql').SeedsCompetenceOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SeedsCorrectiveActions {\n      correctiveActions(first: 50) { edges { node { kind status promise { key } decidedBy { roles } complaints { totalCount } } } }\n      overdue: correctiveActions(overdue: true) { totalCount } }"): typeof import('./graphql').SeedsCorrectiveActionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SeedsManagementReviews {\n      managementReviews { edges { node { year status signedAt analysisTakenAt signedBy { roles } decisions\n        analysis { year totals { received } } preventiveActions { edges { node { kind decidedBy { roles } } } } } } } }"): typeof import('./graphql').SeedsManagementReviewsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SeedsComplaintAnalysis($year: Int!) { complaintAnalysis(year: $year) { totals { received } } }"): typeof import('./graphql').SeedsComplaintAnalysisDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SeedsEvidence($codeId: ID!, $year: Int!, $personId: ID!) {\n      iso: normCoverage(frameworkKey: \"ISO10001\", codeId: $codeId) { nodes { state evidence { kind } } }\n      srcm: normCoverage(frameworkKey: \"SRCM\", codeId: $codeId) { stateCounts { state count } nodes { state evidence { kind } } }\n      srcmReport(year: $year) { publicPart { parts { met level { level } } } }\n      promiseStatusPolicy { handlingPromiseKey }\n      codeStatus(codeId: $codeId) { promises { promise { key } handling { overdue } } }\n      promiseTrace(codeId: $codeId, promiseKey: \"P2\") { versions { version } complaintMonths { received } actions { status } }\n      a: authorisationStatus(personId: $personId) { eligibility registration { registerStatus } } }"): typeof import('./graphql').SeedsEvidenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SeedsLaw { organization { statutoryRulePack complaintPolicy { acknowledgeWithin acknowledgeUnit } compliance { rule } }\n      codeGaps { total words { word count } } }"): typeof import('./graphql').SeedsLawDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SeedsSurveys($codeId: ID!) {\n      codeStatus(codeId: $codeId) { promises { promise { key } customerPerceived { responses averageScore sufficient } } }\n      satisfactionSurveys(first: 100) { totalCount edges { node { status } } } }"): typeof import('./graphql').SeedsSurveysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SrcmReportYear($year: Int!) {\n    srcmReport(year: $year) {\n      year\n      publicPart {\n        principles\n        partsMet\n        partsTotal\n        parts {\n          ref\n          theme\n          title\n          met\n          previousLevel\n          level {\n            level\n            name\n            meetsNorm\n          }\n        }\n      }\n      internalPart {\n        ref\n        level\n        previousLevel\n        change\n        assessmentEvidence\n        assessedOn\n        requirementCount\n        coveredCount\n        evidence\n        plannedImprovements\n      }\n    }\n  }\n"): typeof import('./graphql').SrcmReportYearDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SrcmReportLevels {\n    normFramework(key: \"SRCM\") {\n      maturityLevels {\n        level\n        name\n        meetsNorm\n      }\n      requirements {\n        ref\n        kind\n        title\n        children {\n          ref\n          kind\n          title\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SrcmReportLevelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SrcmReportRecordMaturity($input: RecordMaturityAssessmentInput!) {\n    recordMaturityAssessment(input: $input) {\n      level\n      levelInfo {\n        name\n        meetsNorm\n      }\n    }\n  }\n"): typeof import('./graphql').SrcmReportRecordMaturityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SrcmReportAddEvidence($input: AddRequirementEvidenceInput!) {\n    addRequirementEvidence(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').SrcmReportAddEvidenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StatementsComplaintList($status: [ComplaintStatus!], $promiseId: ID) {\n  complaints(first: 50, status: $status, promiseId: $promiseId) {\n    edges { node { id reference status promises { key } handler { name } correctiveActions { totalCount } } } } }"): typeof import('./graphql').StatementsComplaintListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StatementsCodeStatus($codeId: ID!) { codeStatus(codeId: $codeId) {\n  code { key } codeVersion { version } period { from to } status statusCounts { status count }\n  promises { promise { key title } status reasons kpis { name status } kpiStatusCounts { status count }\n    complaints { received open overdue upheld acknowledgement { rate } resolution { rate } }\n    correctiveActions { open overdue notEffective verifiedEffective } } } }"): typeof import('./graphql').StatementsCodeStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StatementsComplaintTimeline($id: ID!) { complaint(id: $id) {\n  id reference status subject receivedAt handler { name } registeredBy { name } timeline { at from to note actor { name } } } }"): typeof import('./graphql').StatementsComplaintTimelineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StatementsPage { complaints(first: 3) { edges { node { id } } } }"): typeof import('./graphql').StatementsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StatementsPageTotal { complaints(first: 3) { totalCount edges { node { id } } } }"): typeof import('./graphql').StatementsPageTotalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StatementsNestedCounts { complaints(first: 3) { edges { node { id correctiveActions(first: 2) { totalCount } } } } }"): typeof import('./graphql').StatementsNestedCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StatementsNestedNodes { complaints(first: 3) { edges { node { id\n  correctiveActions(first: 2) { totalCount edges { node { id title } } } } } } }"): typeof import('./graphql').StatementsNestedNodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StatementsAnalysis($year: Int!) { complaintAnalysis(year: $year) {\n  totals { received resolved unresolved overdue upheld } byCategory { category complaints } byPromise { promiseKey complaints upheld }\n  byChannel { channel complaints } byMonth { month complaints } acknowledgementTime { medianHours p90Hours } resolutionTime { medianHours p90Hours }\n  outcomes { outcome complaints } recurringRootCauses { rootCause actions } actions { kind opened effectivenessRate } changes { figure change } } }"): typeof import('./graphql').StatementsAnalysisDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StatementsSubmit($slug: String!, $input: SubmitComplaintInput!) { submitComplaint(organizationSlug: $slug, input: $input) { reference } }"): typeof import('./graphql').StatementsSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StatementsSubmittedTimeline($reference: String!) { complaints(first: 1, search: $reference) { edges { node { reference status timeline { to } } } } }"): typeof import('./graphql').StatementsSubmittedTimelineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment InvitationsSurveyFields on SatisfactionSurvey { id link language respondentEmail expiresAt invitedAt status }"): typeof import('./graphql').InvitationsSurveyFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvitationsResolve($id: ID!, $input: ResolveComplaintInput!) {\n  resolveComplaint(id: $id, input: $input) { id version satisfactionSurvey { ...InvitationsSurveyFields } } }"): typeof import('./graphql').InvitationsResolveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvitationsClose($id: ID!, $input: ComplaintStepInput!) { closeComplaint(id: $id, input: $input) { id version } }"): typeof import('./graphql').InvitationsCloseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvitationsAnonymize($id: ID!, $expectedVersion: Int!) { anonymizeComplaint(id: $id, expectedVersion: $expectedVersion) { id anonymizedAt } }"): typeof import('./graphql').InvitationsAnonymizeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvitationsCreate($input: CreateSatisfactionSurveysInput!) { createSatisfactionSurveys(input: $input) { ...InvitationsSurveyFields } }"): typeof import('./graphql').InvitationsCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvitationsSurveys { satisfactionSurveys(first: 100) { edges { node { ...InvitationsSurveyFields } } } }"): typeof import('./graphql').InvitationsSurveysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvitationsPublic($token: String!) { satisfactionSurvey(token: $token) { language organizationName codeTitle title questions { promiseKey title } } }"): typeof import('./graphql').InvitationsPublicDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvitationsAnswer($token: String!, $input: AnswerSatisfactionSurveyInput!) { answerSatisfactionSurvey(token: $token, input: $input) { message } }"): typeof import('./graphql').InvitationsAnswerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SurveyPageCreate($input: CreateSatisfactionSurveysInput!) { createSatisfactionSurveys(input: $input) { id link } }"): typeof import('./graphql').SurveyPageCreateDocument;
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
export function graphql(source: "mutation TrainingCreateRequirement($input: CreateTrainingRequirementInput!) { createTrainingRequirement(input: $input) { id version title topic assessment roles validityMonths } }"): typeof import('./graphql').TrainingCreateRequirementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrainingUpdateRequirement($id: ID!, $input: UpdateTrainingRequirementInput!) { updateTrainingRequirement(id: $id, input: $input) { id version roles validityMonths } }"): typeof import('./graphql').TrainingUpdateRequirementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrainingDeleteRequirement($id: ID!, $v: Int!) { deleteTrainingRequirement(id: $id, expectedVersion: $v) { id } }"): typeof import('./graphql').TrainingDeleteRequirementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TrainingRequirements { trainingRequirements(first: 100) { totalCount edges { node { title } } } }"): typeof import('./graphql').TrainingRequirementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrainingCreateRecord($input: CreateTrainingRecordInput!) { createTrainingRecord(input: $input) { id version topic assessment completedOn result score validUntil evidence person { id } } }"): typeof import('./graphql').TrainingCreateRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrainingUpdateRecord($id: ID!, $input: UpdateTrainingRecordInput!) { updateTrainingRecord(id: $id, input: $input) { id version score validUntil evidence } }"): typeof import('./graphql').TrainingUpdateRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrainingDeleteRecord($id: ID!, $v: Int!) { deleteTrainingRecord(id: $id, expectedVersion: $v) { id } }"): typeof import('./graphql').TrainingDeleteRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TrainingRecords($personId: ID, $first: Int, $after: String) { trainingRecords(personId: $personId, first: $first, after: $after) {\n  totalCount edges { node { id completedOn person { id } } } pageInfo { hasNextPage endCursor } } }"): typeof import('./graphql').TrainingRecordsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TrainingRecord($id: ID!) { trainingRecord(id: $id) { id person { id } } }"): typeof import('./graphql').TrainingRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TrainingOverview($personId: ID, $role: Role, $days: Int, $first: Int, $after: String) {\n  competenceOverview(personId: $personId, role: $role, expiringWithinDays: $days, first: $first, after: $after) {\n    asOf expiringWithinDays\n    requirements { requirement { title } valid expiring expired missing }\n    people { totalCount pageInfo { hasNextPage endCursor } edges { node { person { id name } competent requirements { requirement { title } status validUntil record { id } } } } }\n  } }"): typeof import('./graphql').TrainingOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TrainingAuthorisation($personId: ID!, $days: Int) { authorisationStatus(personId: $personId, expiringWithinDays: $days) {\n  person { id } asOf authorised authorisedUntil elements { assessment status validUntil record { id } } missing { assessment status } } }"): typeof import('./graphql').TrainingAuthorisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhooksCreate($input: CreateWebhookSubscriptionInput!) {\n    createWebhookSubscription(input: $input) { secret subscription { id version url events enabled } }\n  }\n"): typeof import('./graphql').WebhooksCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhooksUpdate($id: ID!, $input: UpdateWebhookSubscriptionInput!) {\n    updateWebhookSubscription(id: $id, input: $input) { id version enabled disabledReason consecutiveFailures }\n  }\n"): typeof import('./graphql').WebhooksUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhooksSubscriptions { webhookSubscriptions { edges { node { id version enabled disabledReason consecutiveFailures } } } }\n"): typeof import('./graphql').WebhooksSubscriptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhooksDeliveries($subscriptionId: ID!, $status: WebhookDeliveryStatus) {\n    webhookDeliveries(subscriptionId: $subscriptionId, status: $status, first: 100) {\n      edges { node { id messageId eventType entityType entityId status attempts lastStatusCode lastError payload attemptLog { statusCode error } } }\n    }\n  }\n"): typeof import('./graphql').WebhooksDeliveriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WebhooksRedeliver($id: ID!) { redeliverWebhook(id: $id) { id status attempts } }"): typeof import('./graphql').WebhooksRedeliverDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WebhooksSubmit($slug: String!, $input: SubmitComplaintInput!) { submitComplaint(organizationSlug: $slug, input: $input) { reference } }"): typeof import('./graphql').WebhooksSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WebhooksRename($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { name version } }"): typeof import('./graphql').WebhooksRenameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WebhooksOrgVersion { organization { version } }"): typeof import('./graphql').WebhooksOrgVersionDocument;
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FlowRegister($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id version } }"): typeof import('./graphql').FlowRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FlowAcknowledge($id: ID!, $input: AcknowledgeComplaintInput!) { acknowledgeComplaint(id: $id, input: $input) { id version } }"): typeof import('./graphql').FlowAcknowledgeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FlowStart($id: ID!, $input: StartComplaintHandlingInput!) { startComplaintHandling(id: $id, input: $input) { id version } }"): typeof import('./graphql').FlowStartDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
