import { graphql } from '../graphql';
import type { ComplaintLetterInput, RegisterComplaintInput } from '../graphql/graphql';
import type { ApiClient } from './app';

const REGISTER = graphql(`mutation FlowRegister($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id version } }`);
const ACKNOWLEDGE = graphql(`mutation FlowAcknowledge($id: ID!, $input: AcknowledgeComplaintInput!) { acknowledgeComplaint(id: $id, input: $input) { id version } }`);
const START = graphql(`mutation FlowStart($id: ID!, $input: StartComplaintHandlingInput!) { startComplaintHandling(id: $id, input: $input) { id version } }`);

/**
 * Registers a complaint (as `officer`), acknowledges it with `letter` and starts handling it with
 * `handlerId`: a complaint IN_PROGRESS, ready to be resolved. Answers its id and version.
 */
export async function complaintInProgress(
  officer: ApiClient,
  input: RegisterComplaintInput,
  handlerId: string,
  letter: ComplaintLetterInput,
): Promise<{ id: string; version: number }> {
  let c = (await officer.data(REGISTER, { input })).registerComplaint;
  c = (await officer.data(ACKNOWLEDGE, { id: c.id, input: { expectedVersion: c.version, letter } })).acknowledgeComplaint;
  return (await officer.data(START, { id: c.id, input: { expectedVersion: c.version, handlerId } })).startComplaintHandling;
}
