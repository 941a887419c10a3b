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
    "query CodesDue($within: Int!) { codesDueForReview(within: $within) { id nextReviewDue code { key } } }": typeof types.CodesDueDocument,
    "mutation LostUpdatesRegisterComplaint($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id version } }": typeof types.LostUpdatesRegisterComplaintDocument,
    "mutation LostUpdatesUpdateComplaint($id: ID!, $input: UpdateComplaintInput!) { updateComplaint(id: $id, input: $input) { id version } }": typeof types.LostUpdatesUpdateComplaintDocument,
    "mutation LostUpdatesAcknowledgeComplaint($id: ID!, $input: ComplaintStepInput!) { acknowledgeComplaint(id: $id, input: $input) { id version } }": typeof types.LostUpdatesAcknowledgeComplaintDocument,
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
    "query NormsFrameworks { normFrameworks { key title language requirements { ref title kind } } }": typeof types.NormsFrameworksDocument,
    "query NormsFramework($key: String!) { normFramework(key: $key) { key title description\n  requirements { ref kind title objective children { ref kind title objective children { ref kind title } } } } }": typeof types.NormsFrameworkDocument,
    "query NormsRequirement($ref: String!) { normRequirement(ref: $ref) { id ref kind title objective position\n  framework { key } parent { ref title parent { ref } } children { ref title } } }": typeof types.NormsRequirementDocument,
    "mutation NormsRecordMaturity($input: RecordMaturityAssessmentInput!) { recordMaturityAssessment(input: $input) {\n  level evidence assessedOn assessedBy { id } requirement { ref } } }": typeof types.NormsRecordMaturityDocument,
    "query NormsMaturity($ref: String!) { normRequirement(ref: $ref) { maturity { level evidence assessedOn assessedBy { id } }\n  maturityAssessments { totalCount edges { node { level assessedOn } } } } }": typeof types.NormsMaturityDocument,
    "query NormsCoverage($frameworkKey: String!, $codeId: ID!, $codeVersionId: ID) {\n  normCoverage(frameworkKey: $frameworkKey, codeId: $codeId, codeVersionId: $codeVersionId) {\n    framework { key } code { id } codeVersion { id version status }\n    state requirementCount coveredCount gapCount coverageRate\n    sections { requirement { ref title } state requirementCount coveredCount gapCount promises { key } }\n    nodes { requirement { ref kind } depth state requirementCount coveredCount gapCount promises { key } } } }": typeof types.NormsCoverageDocument,
    "mutation NormsRecordMaturityOnce($input: RecordMaturityAssessmentInput!) { recordMaturityAssessment(input: $input) { id level } }": typeof types.NormsRecordMaturityOnceDocument,
    "query PublicCodesPublished($slug: String!) { publishedCodes(organizationSlug: $slug) {\n  key title scope organizationName currentVersion { version policyStatement changeSummary publishedAt promises { key title text position } } } }": typeof types.PublicCodesPublishedDocument,
    "query PublicCodesOne($slug: String!, $key: String!) { publishedCode(organizationSlug: $slug, codeKey: $key) {\n  key title currentVersion { version changeSummary promises { key title text } } } }": typeof types.PublicCodesOneDocument,
    "query PublicCodesVersions($id: ID!) { code(id: $id) { versions { edges { node { id status } } } } }": typeof types.PublicCodesVersionsDocument,
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
    "query CodesDue($within: Int!) { codesDueForReview(within: $within) { id nextReviewDue code { key } } }": types.CodesDueDocument,
    "mutation LostUpdatesRegisterComplaint($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id version } }": types.LostUpdatesRegisterComplaintDocument,
    "mutation LostUpdatesUpdateComplaint($id: ID!, $input: UpdateComplaintInput!) { updateComplaint(id: $id, input: $input) { id version } }": types.LostUpdatesUpdateComplaintDocument,
    "mutation LostUpdatesAcknowledgeComplaint($id: ID!, $input: ComplaintStepInput!) { acknowledgeComplaint(id: $id, input: $input) { id version } }": types.LostUpdatesAcknowledgeComplaintDocument,
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
    "query NormsFrameworks { normFrameworks { key title language requirements { ref title kind } } }": types.NormsFrameworksDocument,
    "query NormsFramework($key: String!) { normFramework(key: $key) { key title description\n  requirements { ref kind title objective children { ref kind title objective children { ref kind title } } } } }": types.NormsFrameworkDocument,
    "query NormsRequirement($ref: String!) { normRequirement(ref: $ref) { id ref kind title objective position\n  framework { key } parent { ref title parent { ref } } children { ref title } } }": types.NormsRequirementDocument,
    "mutation NormsRecordMaturity($input: RecordMaturityAssessmentInput!) { recordMaturityAssessment(input: $input) {\n  level evidence assessedOn assessedBy { id } requirement { ref } } }": types.NormsRecordMaturityDocument,
    "query NormsMaturity($ref: String!) { normRequirement(ref: $ref) { maturity { level evidence assessedOn assessedBy { id } }\n  maturityAssessments { totalCount edges { node { level assessedOn } } } } }": types.NormsMaturityDocument,
    "query NormsCoverage($frameworkKey: String!, $codeId: ID!, $codeVersionId: ID) {\n  normCoverage(frameworkKey: $frameworkKey, codeId: $codeId, codeVersionId: $codeVersionId) {\n    framework { key } code { id } codeVersion { id version status }\n    state requirementCount coveredCount gapCount coverageRate\n    sections { requirement { ref title } state requirementCount coveredCount gapCount promises { key } }\n    nodes { requirement { ref kind } depth state requirementCount coveredCount gapCount promises { key } } } }": types.NormsCoverageDocument,
    "mutation NormsRecordMaturityOnce($input: RecordMaturityAssessmentInput!) { recordMaturityAssessment(input: $input) { id level } }": types.NormsRecordMaturityOnceDocument,
    "query PublicCodesPublished($slug: String!) { publishedCodes(organizationSlug: $slug) {\n  key title scope organizationName currentVersion { version policyStatement changeSummary publishedAt promises { key title text position } } } }": types.PublicCodesPublishedDocument,
    "query PublicCodesOne($slug: String!, $key: String!) { publishedCode(organizationSlug: $slug, codeKey: $key) {\n  key title currentVersion { version changeSummary promises { key title text } } } }": types.PublicCodesOneDocument,
    "query PublicCodesVersions($id: ID!) { code(id: $id) { versions { edges { node { id status } } } } }": types.PublicCodesVersionsDocument,
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
export function graphql(source: "query CodesDue($within: Int!) { codesDueForReview(within: $within) { id nextReviewDue code { key } } }"): typeof import('./graphql').CodesDueDocument;
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
export function graphql(source: "mutation LostUpdatesAcknowledgeComplaint($id: ID!, $input: ComplaintStepInput!) { acknowledgeComplaint(id: $id, input: $input) { id version } }"): typeof import('./graphql').LostUpdatesAcknowledgeComplaintDocument;
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
