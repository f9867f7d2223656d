import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, In, Repository } from 'typeorm';
import { AuditTrail } from '../audit/audit-trail';
import { unknownRole } from '../users/role';
import type { AuthUser } from '../auth/auth-user';
import type { ListQuery } from '../common/list-query';
import { pageOf, type Page } from '../common/paged-list';
import { OnboardingStarter } from './onboarding.starter';
import { scopeOrganizations } from './organization-access';
import type { CreateOrganizationDto, OrganizationDto, UpdateOrganizationDto } from './organization.dto';
import { Organization } from './organization.entity';
import { definedOnly } from '../common/defined-only';

export const ORG_SORTABLE = ['name', 'city', 'fieldOfWork', 'contactPerson', 'email', 'createdAt', 'updatedAt'] as const;

const actorOf = (u: AuthUser) => ({ id: u.id, email: u.email });

@Injectable()
export class OrganizationsService {
  constructor(
    @InjectRepository(Organization) private readonly repo: Repository<Organization>,
    private readonly trail: AuditTrail,
    private readonly onboarding: OnboardingStarter,
  ) {}

  toDto(o: Organization, liveStatus?: string): OrganizationDto {
    const { id, name, city, fieldOfWork, contactPerson, email, phone, createdAt, updatedAt } = o;
    return {
      id,
      name,
      city,
      fieldOfWork,
      contactPerson,
      email,
      phone,
      createdAt,
      updatedAt,
      onboarding: o.onboardingWorkflowId
        ? {
            workflowId: o.onboardingWorkflowId,
            status: liveStatus ?? (o.onboardedAt ? 'completed' : 'running'),
            onboardedAt: o.onboardedAt,
            temporalUiUrl: this.onboarding.webUiUrl(o.onboardingWorkflowId),
          }
        : null,
    };
  }

  async list(q: ListQuery, user: AuthUser): Promise<Page<Organization>> {
    const qb = scopeOrganizations(this.repo.createQueryBuilder('o'), user);
    const { q: text, city, fieldOfWork, id } = q.filter as Record<string, string | string[] | undefined>;
    if (typeof text === 'string' && text.trim()) {
      const t = `%${text.trim()}%`;
      qb.andWhere(
        new Brackets((w) =>
          w
            .where('o.name ILIKE :t', { t })
            .orWhere('o.city ILIKE :t', { t })
            .orWhere('o.contact_person ILIKE :t', { t })
            .orWhere('o.field_of_work ILIKE :t', { t }),
        ),
      );
    }
    if (city) qb.andWhere({ city: Array.isArray(city) ? In(city) : city });
    if (fieldOfWork) qb.andWhere('o.field_of_work ILIKE :f', { f: `%${fieldOfWork}%` });
    if (id) qb.andWhere({ id: Array.isArray(id) ? In(id) : id });
    qb.orderBy(`o.${q.sort.field}`, q.sort.order).addOrderBy('o.id', 'ASC');
    return pageOf(qb, 'o.id', q.skip, q.take);
  }

  async get(id: string, user: AuthUser): Promise<Organization> {
    const org = await this.repo.findOne({ where: { id } });
    if (!org) throw new NotFoundException(`Organization ${id} not found`);
    const visible = await scopeOrganizations(this.repo.createQueryBuilder('o'), user).andWhere('o.id = :id', { id }).getCount();
    if (!visible) throw new ForbiddenException('This organization is not in your portfolio');
    return org;
  }

  async liveOnboardingStatus(org: Organization): Promise<string | undefined> {
    return org.onboardingWorkflowId ? this.onboarding.status(org.onboardingWorkflowId) : undefined;
  }

  /**
   * Writes the organization, its audit entry and starts its onboarding workflow in one
   * transaction: if Temporal cannot be reached the row is rolled back and the caller gets 503,
   * so no organization exists without its workflow.
   */
  create(dto: CreateOrganizationDto, user: AuthUser): Promise<Organization> {
    const audited = (org: Organization) => [
      { action: 'organization.create', targetType: 'organization', targetId: org.id, details: { ...dto } },
      {
        action: 'workflow.start',
        targetType: 'organization',
        targetId: org.id,
        workflowId: org.onboardingWorkflowId,
        details: { workflowType: 'organizationOnboarding' },
      },
    ];
    return this.trail.transaction(actorOf(user), audited, async (m) => {
      const repo = m.getRepository(Organization);
      const org = await repo.save(repo.create({ ...dto }));
      const workflowId = await this.onboarding.start({
        organizationId: org.id,
        organizationName: org.name,
        createdBy: actorOf(user),
      });
      org.onboardingWorkflowId = workflowId;
      await repo.update(org.id, { onboardingWorkflowId: workflowId });
      return org;
    });
  }

  async update(id: string, dto: UpdateOrganizationDto, user: AuthUser): Promise<Organization> {
    const org = await this.get(id, user);
    const changed = Object.fromEntries(
      Object.entries(definedOnly(dto)).filter(([k, v]) => (org as unknown as Record<string, unknown>)[k] !== v),
    );
    if (!Object.keys(changed).length) return org;
    const audited = { action: 'organization.update', targetType: 'organization', targetId: id, details: changed };
    return this.trail.transaction(actorOf(user), audited, async (m) => {
      Object.assign(org, changed);
      return m.getRepository(Organization).save(org);
    });
  }

  /** Soft delete: the row and its history stay; it leaves every list. */
  async remove(id: string, user: AuthUser): Promise<Organization> {
    const org = await this.get(id, user);
    const audited = { action: 'organization.delete', targetType: 'organization', targetId: id, details: { name: org.name } };
    await this.trail.transaction(actorOf(user), audited, (m) => m.getRepository(Organization).softDelete(id));
    return org;
  }

  /**
   * Everything that happened with an organization, newest first: programs started, tasks
   * completed, visits and peer-learning events (limited to the programs the user may see).
   */
  async timeline(id: string, user: AuthUser) {
    await this.get(id, user);
    const scope = timelineScope(user);
    return this.repo.query(
      `SELECT * FROM (
         SELECT p.created_at AS at, 'program_started' AS kind, p.type AS title, p.id AS "programId", NULL AS detail
           FROM programs p WHERE p.organization_id = $1 ${scope}
         UNION ALL
         SELECT t.completed_at, 'task_completed', t.type, p.id, ('year ' || t.year)
           FROM tasks t JOIN programs p ON p.id = t.program_id WHERE p.organization_id = $1 AND t.status = 'completed' ${scope}
         UNION ALL
         SELECT v.date::timestamptz, 'visit', v.mode, p.id, v.notes
           FROM visits v JOIN programs p ON p.id = v.program_id WHERE p.organization_id = $1 ${scope}
         UNION ALL
         SELECT e.date::timestamptz, 'peer_' || e.kind, e.topic, NULL, e.notes
           FROM events e WHERE $1 = ANY(e.organization_ids) AND e.deleted_at IS NULL
       ) x ORDER BY at DESC LIMIT 500`,
      [id, user.id],
    );
  }
}

/** The timeline's program filter per role ($2 is the user's id). Exhaustive: an unknown role sees no program. */
function timelineScope(user: AuthUser): string {
  const role = user.role;
  switch (role) {
    case 'admin':
    case 'program_manager':
      return 'AND $2::uuid IS NOT NULL';
    case 'mentor':
      return 'AND p.mentor_id = $2';
    case 'gender_expert':
      return 'AND p.gender_expert_id = $2';
    // Visit notes are in the timeline: CSO members never get it (the route is closed to them too).
    case 'cso_member':
      return 'AND $2::uuid IS NULL';
    default:
      return unknownRole(role);
  }
}
