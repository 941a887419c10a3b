import { registerEnumType } from 'type-graphql';

/** What a member of an organisation may do (DESIGN §1). */
export enum Role {
  TOP_MANAGEMENT = 'TOP_MANAGEMENT',
  QUALITY_MANAGER = 'QUALITY_MANAGER',
  COMPLAINT_OFFICER = 'COMPLAINT_OFFICER',
  STAFF = 'STAFF',
  AUDITOR = 'AUDITOR',
}

registerEnumType(Role, {
  name: 'Role',
  description: 'What a member of an organisation may do.',
  valuesConfig: {
    TOP_MANAGEMENT: { description: 'Approves and publishes code versions, decides preventive actions, signs the management review.' },
    QUALITY_MANAGER: { description: 'Drafts codes and promises, defines KPIs, maps norms, runs the annual complaint analysis.' },
    COMPLAINT_OFFICER: { description: 'Registers, handles and resolves complaints; opens corrective actions.' },
    STAFF: { description: 'Reads codes; manages their own training records.' },
    AUDITOR: { description: 'Reads everything except complainants\' personal data.' },
  },
});

export const ALL_ROLES = Object.values(Role);

/** Everyone who may read the organisation's management data. */
export const READERS = [Role.TOP_MANAGEMENT, Role.QUALITY_MANAGER, Role.COMPLAINT_OFFICER, Role.STAFF, Role.AUDITOR] as const;

/** Who reads the organisation's steering data (KPIs, resources, communication plans): everyone but staff. */
export const STEERING_READERS = [Role.TOP_MANAGEMENT, Role.QUALITY_MANAGER, Role.COMPLAINT_OFFICER, Role.AUDITOR] as const;

/** Who may read complainants' personal data (DESIGN §5). */
export const PERSONAL_DATA_READERS = [Role.COMPLAINT_OFFICER, Role.QUALITY_MANAGER] as const;

/** Who sets that steering data: quality and top management. */
export const STEERING_EDITORS = [Role.QUALITY_MANAGER, Role.TOP_MANAGEMENT] as const;
