import { Arg, Args, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Allowed } from '../../common/permissions';
import { LocalDateResolver } from 'graphql-scalars';
import type { Context } from '../../common/context';
import { Connection, type ConnectionResult } from '../../common/pagination';
import { byIdLoader, ExpectedVersionArg } from '../../common/tenancy';
import { User, UserService } from '../user';
import { AuthorisationEligibility, CompetenceStatus, TrainingAssessment } from './competence';
import { AuthorisationRegistration } from './authorisation-registration.entity';
import { AuthorisationRegistrationService } from './authorisation-registration.service';
import { TrainingTopic } from './training-requirement.entity';
import { TrainingRequirement } from './training-requirement.entity';
import { TrainingRecord } from './training-record.entity';
import { TrainingRecordService, TrainingRequirementService } from './training.service';
import * as competence from './competence.service';
import { CompetenceService } from './competence.service';
import {
  CompetenceOverviewArgs,
  CreateTrainingRecordInput,
  CreateTrainingRequirementInput,
  RecordAuthorisationRegistrationInput,
  ExpiryWindowArgs,
  TrainingRecordsArgs,
  TrainingRequirementsArgs,
  UpdateTrainingRecordInput,
  UpdateTrainingRequirementInput,
} from './training.dto';

@ObjectType()
export class TrainingRequirementConnection extends Connection(TrainingRequirement, 'TrainingRequirement') {}

@ObjectType()
export class TrainingRecordConnection extends Connection(TrainingRecord, 'TrainingRecord') {}

@ObjectType({ description: "A person's standing on one requirement that applies to their roles." })
export class RequirementCompetence implements competence.RequirementCompetence {
  requirementId: string;
  recordId: string | null;

  @Field(() => CompetenceStatus)
  status: CompetenceStatus;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Last valid day of the best record; null when it does not expire or there is none.' })
  validUntil: string | null;
}

@ObjectType({ description: 'One person and the trainings their roles require.' })
export class PersonCompetence implements competence.PersonCompetence {
  @Field(() => User)
  person: User;

  @Field({ description: 'True when no required training is EXPIRED or MISSING.' })
  competent: boolean;

  @Field(() => [RequirementCompetence], { description: 'In the order of the requirements (by title).' })
  requirements: RequirementCompetence[];
}

@ObjectType()
export class PersonCompetenceConnection extends Connection(PersonCompetence, 'PersonCompetence') {}

@ObjectType({ description: 'How many of the people in view are VALID, EXPIRING, EXPIRED or MISSING on one requirement.' })
export class RequirementCompetenceSummary implements competence.RequirementCompetenceSummary {
  requirementId: string;

  @Field(() => Int)
  valid: number;

  @Field(() => Int)
  expiring: number;

  @Field(() => Int)
  expired: number;

  @Field(() => Int)
  missing: number;
}

@ObjectType({ description: 'Required trainings per person, and per requirement for everyone in view.' })
export class CompetenceOverview implements competence.CompetenceOverview {
  @Field(() => LocalDateResolver, { description: "The day judged on (today in the organisation's time zone)." })
  asOf: string;

  @Field(() => Int)
  expiringWithinDays: number;

  @Field(() => [RequirementCompetenceSummary], { description: 'Every requirement of the organisation, by title.' })
  requirements: RequirementCompetenceSummary[];

  @Field(() => PersonCompetenceConnection, { description: 'People by name.' })
  people: ConnectionResult<PersonCompetence>;
}

@ObjectType({ description: 'One element of the authorisation scheme and where the person stands on it.' })
export class AuthorisationElement {
  recordId: string | null;
  requirementId: string | null;

  @Field(() => TrainingTopic, { nullable: true, description: 'The topic the record must be on; null when any topic counts (no scheme set up).' })
  topic: TrainingTopic | null;

  @Field(() => String, { nullable: true, description: "What the test or update covers, as the requirement names it (e.g. 'Fagplan 2026')." })
  subject: string | null;

  @Field(() => TrainingAssessment)
  assessment: TrainingAssessment;

  @Field(() => CompetenceStatus)
  status: CompetenceStatus;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Last valid day; null when it does not lapse or is missing.' })
  validUntil: string | null;
}

@ObjectType({ description: 'Relevant professional practice: what the organisation asks for and what is documented on the person.' })
export class AuthorisationPractice {
  @Field(() => Int)
  requiredMonths: number;

  @Field(() => Int)
  documentedMonths: number;
}

@ObjectType({ description: 'Whether a person meets the authorisation scheme for collection advisers (FinAut).' })
export class AuthorisationStatus implements competence.AuthorisationStatus {
  @Field(() => User)
  person: User;

  @Field(() => LocalDateResolver)
  asOf: string;

  @Field({
    description: 'The training elements are all current (tests passed, yearly update done).',
    deprecationReason: 'FinAut grants the authorisation: read eligibility (which also asks for relevant practice) and registration.registerStatus.',
  })
  authorised: boolean;

  @Field(() => AuthorisationEligibility, { description: 'ELIGIBLE when every element is current and enough relevant practice is documented.' })
  eligibility: AuthorisationEligibility;

  @Field(() => [String], { description: 'What keeps the person from being eligible, one sentence each (tests, update, then practice).' })
  missingItems: string[];

  @Field(() => AuthorisationPractice)
  practice: AuthorisationPractice;

  @Field(() => AuthorisationRegistration, { nullable: true, description: "The person's file: documented practice and FinAut's register status; null when none is kept yet." })
  registration: AuthorisationRegistration | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'When the authorisation lapses unless renewed (the first element to expire); null when not authorised or nothing lapses.' })
  authorisedUntil: string | null;

  @Field(() => [AuthorisationElement], {
    description: "The scheme's elements: the requirements marked authorisation (tests, then the annual update), or knowledge, ethics, practical test and annual update on any topic when none is marked.",
  })
  elements: AuthorisationElement[];

  @Field(() => [AuthorisationElement], { description: 'The elements that are MISSING or EXPIRED.' })
  missing: AuthorisationElement[];
}

@Resolver(() => TrainingRequirement)
export class TrainingRequirementResolver {
  @Allowed('readCodes')
  @Query(() => TrainingRequirementConnection, { description: 'Required trainings, by title.' })
  trainingRequirements(@Ctx() ctx: Context, @Args() args: TrainingRequirementsArgs): Promise<ConnectionResult<TrainingRequirement>> {
    return TrainingRequirementService.list(ctx, args);
  }

  @Allowed('manageTraining')
  @Mutation(() => TrainingRequirement)
  createTrainingRequirement(@Ctx() ctx: Context, @Arg('input') input: CreateTrainingRequirementInput): Promise<TrainingRequirement> {
    return TrainingRequirementService.create(ctx, input);
  }

  @Allowed('manageTraining')
  @Mutation(() => TrainingRequirement)
  updateTrainingRequirement(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input') input: UpdateTrainingRequirementInput): Promise<TrainingRequirement> {
    return TrainingRequirementService.update(ctx, id, input);
  }

  @Allowed('manageTraining')
  @Mutation(() => TrainingRequirement, { description: 'Removes a requirement (training records stay); returns it as it was.' })
  deleteTrainingRequirement(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @ExpectedVersionArg() expectedVersion: number): Promise<TrainingRequirement> {
    return TrainingRequirementService.remove(ctx, id, expectedVersion);
  }
}

@Resolver(() => TrainingRecord)
export class TrainingRecordResolver {
  @Allowed('readCodes')
  @Query(() => TrainingRecordConnection, { description: 'Training records, latest first. Staff and complaint officers see only their own.' })
  trainingRecords(@Ctx() ctx: Context, @Args() args: TrainingRecordsArgs): Promise<ConnectionResult<TrainingRecord>> {
    return TrainingRecordService.list(ctx, args);
  }

  @Allowed('readCodes')
  @Query(() => TrainingRecord)
  trainingRecord(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<TrainingRecord> {
    return TrainingRecordService.get(ctx, id);
  }

  @Allowed('recordOwnTraining')
  @Mutation(() => TrainingRecord, { description: 'Records a training or test (staff: their own).' })
  createTrainingRecord(@Ctx() ctx: Context, @Arg('input') input: CreateTrainingRecordInput): Promise<TrainingRecord> {
    return TrainingRecordService.create(ctx, input);
  }

  @Allowed('recordOwnTraining')
  @Mutation(() => TrainingRecord)
  updateTrainingRecord(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input') input: UpdateTrainingRecordInput): Promise<TrainingRecord> {
    return TrainingRecordService.update(ctx, id, input);
  }

  @Allowed('recordOwnTraining')
  @Mutation(() => TrainingRecord, { description: 'Removes a record entered by mistake; returns it as it was.' })
  deleteTrainingRecord(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @ExpectedVersionArg() expectedVersion: number): Promise<TrainingRecord> {
    return TrainingRecordService.remove(ctx, id, expectedVersion);
  }

  @Allowed('readCodes')
  @Query(() => CompetenceOverview, { description: 'Who holds the trainings their roles require: per person, and counted per requirement. Staff see only themselves.' })
  competenceOverview(
    @Ctx() ctx: Context,
    @Args() args: CompetenceOverviewArgs,
    @Args() window: ExpiryWindowArgs,
  ): Promise<competence.CompetenceOverview> {
    return CompetenceService.overview(ctx, args, window.expiringWithinDays);
  }

  @Allowed('readCodes')
  @Query(() => AuthorisationStatus, { description: 'Whether a person meets the authorisation scheme, and what is missing. Staff may ask only about themselves.' })
  authorisationStatus(@Ctx() ctx: Context, @Arg('personId', () => ID) personId: string, @Args() window: ExpiryWindowArgs): Promise<competence.AuthorisationStatus> {
    return CompetenceService.authorisationStatus(ctx, personId, window.expiringWithinDays);
  }

  @Allowed('manageTraining')
  @Mutation(() => AuthorisationRegistration, {
    description: "Records a person's documented relevant practice and the register status FinAut gave (APPLIED, AUTHORISED with its number, SUSPENDED, REVOKED).",
  })
  recordAuthorisationRegistration(@Ctx() ctx: Context, @Arg('input') input: RecordAuthorisationRegistrationInput): Promise<AuthorisationRegistration> {
    return AuthorisationRegistrationService.record(ctx, input);
  }

  @FieldResolver(() => User)
  person(@Ctx() ctx: Context, @Root() record: TrainingRecord): Promise<User | null> {
    return UserService.loader(ctx).load(record.personId);
  }
}

@Resolver(() => RequirementCompetence)
export class RequirementCompetenceResolver {
  @FieldResolver(() => TrainingRequirement)
  requirement(@Ctx() ctx: Context, @Root() standing: RequirementCompetence): Promise<TrainingRequirement | null> {
    return byIdLoader(ctx, TrainingRequirement).load(standing.requirementId);
  }

  @FieldResolver(() => TrainingRecord, { nullable: true, description: 'The record that counts (valid longest).' })
  record(@Ctx() ctx: Context, @Root() standing: RequirementCompetence): Promise<TrainingRecord | null> | null {
    return standing.recordId ? byIdLoader(ctx, TrainingRecord).load(standing.recordId) : null;
  }
}

@Resolver(() => RequirementCompetenceSummary)
export class RequirementCompetenceSummaryResolver {
  @FieldResolver(() => TrainingRequirement)
  requirement(@Ctx() ctx: Context, @Root() summary: RequirementCompetenceSummary): Promise<TrainingRequirement | null> {
    return byIdLoader(ctx, TrainingRequirement).load(summary.requirementId);
  }
}

@Resolver(() => AuthorisationElement)
export class AuthorisationElementResolver {
  @FieldResolver(() => TrainingRequirement, { nullable: true, description: 'The requirement this element is (null without a scheme).' })
  requirement(@Ctx() ctx: Context, @Root() element: AuthorisationElement): Promise<TrainingRequirement | null> | null {
    return element.requirementId ? byIdLoader(ctx, TrainingRequirement).load(element.requirementId) : null;
  }

  @FieldResolver(() => TrainingRecord, { nullable: true, description: 'The record that counts for this element.' })
  record(@Ctx() ctx: Context, @Root() element: AuthorisationElement): Promise<TrainingRecord | null> | null {
    return element.recordId ? byIdLoader(ctx, TrainingRecord).load(element.recordId) : null;
  }
}
