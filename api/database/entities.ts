import { AuditEntry } from '../audit/audit-entry.entity';
import { Organization } from '../organizations/organization.entity';
import { User } from '../users/user.entity';

export const ENTITIES = [User, Organization, AuditEntry];
