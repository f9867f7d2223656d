import { Draft } from '../drafts/draft.entity';
import { StoredFile } from '../documents/stored-file.entity';
import { ProgramResource, Resource } from '../resources/resource.entity';
import { AuditEntry } from '../audit/audit-entry.entity';
import { PeerEvent } from '../events/event.entity';
import { Improvement } from '../improvements/improvement.entity';
import { Notification } from '../notifications/notification.entity';
import { Organization } from '../organizations/organization.entity';
import { Program } from '../programs/program.entity';
import { ProgramConfig } from '../program-config/program-config.entity';
import { Task } from '../tasks/task.entity';
import { User } from '../users/user.entity';
import { Visit } from '../visits/visit.entity';
import { ProgramRecord } from '../program-templates/program-record.entity';
import { ProgramTemplate, ProgramTemplateDraft, ProgramTemplateVersion } from '../program-templates/program-template.entity';

export const ENTITIES = [
  User,
  Organization,
  AuditEntry,
  Program,
  Task,
  Improvement,
  Visit,
  Notification,
  ProgramConfig,
  PeerEvent,
  Draft,
  ProgramTemplate,
  ProgramTemplateVersion,
  ProgramTemplateDraft,
  ProgramRecord,
  StoredFile,
  Resource,
  ProgramResource,
];
