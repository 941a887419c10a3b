import type { NonEmptyArray } from 'type-graphql';
import { OrganizationResolver } from './organization/organization.resolver';
import { UserResolver } from './user/user.resolver';
import { AuditResolver } from './audit/audit.resolver';
import { CodePromiseKpiResolver, KpiChainResolver, KpiLinkResolver, KpiMeasurementResolver, KpiResolver } from './kpi/kpi.resolver';
import {
  AuthorisationElementResolver,
  RequirementCompetenceResolver,
  RequirementCompetenceSummaryResolver,
  TrainingRecordResolver,
  TrainingRequirementResolver,
} from './training/training.resolver';
import { ResourceResolver } from './resource/resource.resolver';
import { CommunicationPlanResolver } from './communication/communication.resolver';

/** Every resolver of the API; each module adds its own here. */
export const resolvers: NonEmptyArray<Function> = [
  OrganizationResolver,
  UserResolver,
  AuditResolver,
  KpiChainResolver,
  KpiResolver,
  KpiLinkResolver,
  KpiMeasurementResolver,
  CodePromiseKpiResolver,
  TrainingRequirementResolver,
  TrainingRecordResolver,
  RequirementCompetenceResolver,
  RequirementCompetenceSummaryResolver,
  AuthorisationElementResolver,
  ResourceResolver,
  CommunicationPlanResolver,
];
