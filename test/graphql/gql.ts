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
    "mutation ReviewsAcknowledgeComplaint($id: ID!, $input: ComplaintStepInput!) { acknowledgeComplaint(id: $id, input: $input) { id version } }": typeof types.ReviewsAcknowledgeComplaintDocument,
    "mutation ReviewsCreateAction($input: CreateCorrectiveActionInput!) { createCorrectiveAction(input: $input) { id kind title } }": typeof types.ReviewsCreateActionDocument,
    "query MonitoringCodeStatus($codeId: ID!, $period: PeriodInput) {\n  codeStatus(codeId: $codeId, period: $period) {\n    code { id key } codeVersion { id version } period { from to } status statusCounts { status count }\n    promises {\n      promise { id key title } status reasons\n      kpis { name status } kpiStatusCounts { status count }\n      complaints { received open overdue upheld partiallyUpheld acknowledgement { rated onTime rate } resolution { rated onTime rate } }\n      correctiveActions { open overdue notEffective verifiedEffective }\n    } } }": typeof types.MonitoringCodeStatusDocument,
    "fragment MonitoringYearFields on ComplaintAnalysis { year period { from to }\n  totals { received resolved unresolved overdue upheld partiallyUpheld unclassified withoutPromise }\n  byCategory { category complaints upheld }\n  byPromise { codeId codeKey promiseKey promiseTitle complaints upheld }\n  byChannel { channel complaints upheld }\n  byMonth { month complaints upheld }\n  acknowledgement { rated onTime rate } resolution { rated onTime rate }\n  acknowledgementTime { measured medianHours p90Hours } resolutionTime { measured medianHours p90Hours }\n  outcomes { outcome complaints }\n  escalations { escalated pending decided binding overturned outcomes { outcome complaints } }\n  satisfaction { rated average }\n  recurringRootCauses { rootCause actions promiseKeys }\n  actions { kind opened open overdue awaitingCheck verifiedEffective notEffective cancelled effectivenessRate } }": typeof types.MonitoringYearFieldsFragmentDoc,
    "fragment MonitoringPreviousYearFields on ComplaintYearFigures { year period { from to }\n  totals { received resolved unresolved overdue upheld partiallyUpheld unclassified withoutPromise }\n  byCategory { category complaints upheld }\n  byPromise { codeId codeKey promiseKey promiseTitle complaints upheld }\n  byChannel { channel complaints upheld }\n  byMonth { month complaints upheld }\n  acknowledgement { rated onTime rate } resolution { rated onTime rate }\n  acknowledgementTime { measured medianHours p90Hours } resolutionTime { measured medianHours p90Hours }\n  outcomes { outcome complaints }\n  escalations { escalated pending decided binding overturned outcomes { outcome complaints } }\n  satisfaction { rated average }\n  recurringRootCauses { rootCause actions promiseKeys }\n  actions { kind opened open overdue awaitingCheck verifiedEffective notEffective cancelled effectivenessRate } }": typeof types.MonitoringPreviousYearFieldsFragmentDoc,
    "query MonitoringAnalysis($year: Int!) { complaintAnalysis(year: $year) { ...MonitoringYearFields\n  previousYear { ...MonitoringPreviousYearFields } changes { figure current previous change } } }": typeof types.MonitoringAnalysisDocument,
    "query MonitoringCodeVersions($id: ID!) { code(id: $id) { versions { totalCount edges { node { version promises { key status } } } } } }": typeof types.MonitoringCodeVersionsDocument,
    "query MonitoringMe { me { id } }": typeof types.MonitoringMeDocument,
    "query MonitoringCodeStatusWithRelations($codeId: ID!) { codeStatus(codeId: $codeId) { status code { key }\n  promises { status reasons promise { key owner { id } codeVersion { version } } kpis { name status latestMeasurement { value } }\n    complaints { received } correctiveActions { open } } } }": typeof types.MonitoringCodeStatusWithRelationsDocument,
    "mutation MonitoringCreateChain($input: CreateKpiChainInput!) { createKpiChain(input: $input) { id } }": typeof types.MonitoringCreateChainDocument,
    "mutation MonitoringCreateKpi($input: CreateKpiInput!) { createKpi(input: $input) { id version } }": typeof types.MonitoringCreateKpiDocument,
    "mutation MonitoringRecordMeasurements($input: [RecordKpiMeasurementInput!]!) { recordMeasurements(input: $input) { id } }": typeof types.MonitoringRecordMeasurementsDocument,
    "mutation MonitoringArchiveKpi($id: ID!, $v: Int!) { archiveKpi(id: $id, expectedVersion: $v) { id } }": typeof types.MonitoringArchiveKpiDocument,
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
    "mutation ReviewsAcknowledgeComplaint($id: ID!, $input: ComplaintStepInput!) { acknowledgeComplaint(id: $id, input: $input) { id version } }": types.ReviewsAcknowledgeComplaintDocument,
    "mutation ReviewsCreateAction($input: CreateCorrectiveActionInput!) { createCorrectiveAction(input: $input) { id kind title } }": types.ReviewsCreateActionDocument,
    "query MonitoringCodeStatus($codeId: ID!, $period: PeriodInput) {\n  codeStatus(codeId: $codeId, period: $period) {\n    code { id key } codeVersion { id version } period { from to } status statusCounts { status count }\n    promises {\n      promise { id key title } status reasons\n      kpis { name status } kpiStatusCounts { status count }\n      complaints { received open overdue upheld partiallyUpheld acknowledgement { rated onTime rate } resolution { rated onTime rate } }\n      correctiveActions { open overdue notEffective verifiedEffective }\n    } } }": types.MonitoringCodeStatusDocument,
    "fragment MonitoringYearFields on ComplaintAnalysis { year period { from to }\n  totals { received resolved unresolved overdue upheld partiallyUpheld unclassified withoutPromise }\n  byCategory { category complaints upheld }\n  byPromise { codeId codeKey promiseKey promiseTitle complaints upheld }\n  byChannel { channel complaints upheld }\n  byMonth { month complaints upheld }\n  acknowledgement { rated onTime rate } resolution { rated onTime rate }\n  acknowledgementTime { measured medianHours p90Hours } resolutionTime { measured medianHours p90Hours }\n  outcomes { outcome complaints }\n  escalations { escalated pending decided binding overturned outcomes { outcome complaints } }\n  satisfaction { rated average }\n  recurringRootCauses { rootCause actions promiseKeys }\n  actions { kind opened open overdue awaitingCheck verifiedEffective notEffective cancelled effectivenessRate } }": types.MonitoringYearFieldsFragmentDoc,
    "fragment MonitoringPreviousYearFields on ComplaintYearFigures { year period { from to }\n  totals { received resolved unresolved overdue upheld partiallyUpheld unclassified withoutPromise }\n  byCategory { category complaints upheld }\n  byPromise { codeId codeKey promiseKey promiseTitle complaints upheld }\n  byChannel { channel complaints upheld }\n  byMonth { month complaints upheld }\n  acknowledgement { rated onTime rate } resolution { rated onTime rate }\n  acknowledgementTime { measured medianHours p90Hours } resolutionTime { measured medianHours p90Hours }\n  outcomes { outcome complaints }\n  escalations { escalated pending decided binding overturned outcomes { outcome complaints } }\n  satisfaction { rated average }\n  recurringRootCauses { rootCause actions promiseKeys }\n  actions { kind opened open overdue awaitingCheck verifiedEffective notEffective cancelled effectivenessRate } }": types.MonitoringPreviousYearFieldsFragmentDoc,
    "query MonitoringAnalysis($year: Int!) { complaintAnalysis(year: $year) { ...MonitoringYearFields\n  previousYear { ...MonitoringPreviousYearFields } changes { figure current previous change } } }": types.MonitoringAnalysisDocument,
    "query MonitoringCodeVersions($id: ID!) { code(id: $id) { versions { totalCount edges { node { version promises { key status } } } } } }": types.MonitoringCodeVersionsDocument,
    "query MonitoringMe { me { id } }": types.MonitoringMeDocument,
    "query MonitoringCodeStatusWithRelations($codeId: ID!) { codeStatus(codeId: $codeId) { status code { key }\n  promises { status reasons promise { key owner { id } codeVersion { version } } kpis { name status latestMeasurement { value } }\n    complaints { received } correctiveActions { open } } } }": types.MonitoringCodeStatusWithRelationsDocument,
    "mutation MonitoringCreateChain($input: CreateKpiChainInput!) { createKpiChain(input: $input) { id } }": types.MonitoringCreateChainDocument,
    "mutation MonitoringCreateKpi($input: CreateKpiInput!) { createKpi(input: $input) { id version } }": types.MonitoringCreateKpiDocument,
    "mutation MonitoringRecordMeasurements($input: [RecordKpiMeasurementInput!]!) { recordMeasurements(input: $input) { id } }": types.MonitoringRecordMeasurementsDocument,
    "mutation MonitoringArchiveKpi($id: ID!, $v: Int!) { archiveKpi(id: $id, expectedVersion: $v) { id } }": types.MonitoringArchiveKpiDocument,
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
export function graphql(source: "mutation ReviewsAcknowledgeComplaint($id: ID!, $input: ComplaintStepInput!) { acknowledgeComplaint(id: $id, input: $input) { id version } }"): typeof import('./graphql').ReviewsAcknowledgeComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviewsCreateAction($input: CreateCorrectiveActionInput!) { createCorrectiveAction(input: $input) { id kind title } }"): typeof import('./graphql').ReviewsCreateActionDocument;
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
