import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { PROGRAM_TYPES } from '../../workflows/programs/types';
import { InjectRepository } from '@nestjs/typeorm';
import * as argon2 from 'argon2';
import { Brackets, EntityManager, In, Repository } from 'typeorm';
import { AuditTrail } from '../audit/audit-trail';
import type { AuthUser } from '../auth/auth-user';
import type { ListQuery } from '../common/list-query';
import type { Role } from './role';
import type { CreateUserDto, UpdateUserDto, UserDto } from './user.dto';
import { User } from './user.entity';
import { definedOnly } from '../common/defined-only';

export const USER_SORTABLE = ['email', 'fullName', 'role', 'createdAt'] as const;

export function toUserDto(u: User): UserDto {
  return {
    id: u.id,
    email: u.email,
    fullName: u.fullName,
    role: u.role,
    isActive: u.isActive,
    programTypes: [...new Set(u.programTypes ?? [])],
    createdAt: u.createdAt,
  };
}

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(User) private readonly repo: Repository<User>,
    private readonly trail: AuditTrail,
  ) {}

  /** The signed-in user as /auth/me and the login answer show them (with a CSO member's organisation). */
  async describe(user: AuthUser): Promise<AuthUser & { organizationName: string | null }> {
    if (!user.organizationId) return { ...user, organizationName: null };
    const [org] = (await this.repo.query(`SELECT name FROM organizations WHERE id = $1`, [user.organizationId])) as { name: string }[];
    return { ...user, organizationName: org?.name ?? null };
  }

  findActiveById(id: string): Promise<User | null> {
    return this.repo.findOne({ where: { id, isActive: true } });
  }

  /** Every token issued so far stops working (logout, password change, deactivation). */
  async revokeTokens(id: string, manager = this.repo.manager): Promise<void> {
    await manager.getRepository(User).increment({ id }, 'tokenVersion', 1);
  }

  findForLogin(email: string): Promise<User | null> {
    return this.repo
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email: email.trim().toLowerCase() })
      .getOne();
  }

  async list(q: ListQuery): Promise<{ rows: User[]; total: number }> {
    const qb = this.repo.createQueryBuilder('u');
    const {
      q: text,
      role,
      id,
      isActive,
      programType,
    } = q.filter as {
      q?: string;
      role?: Role | Role[];
      id?: string | string[];
      isActive?: boolean;
      programType?: string;
    };
    if (text) {
      qb.andWhere(new Brackets((w) => w.where('u.email ILIKE :t', { t: `%${text}%` }).orWhere('u.full_name ILIKE :t', { t: `%${text}%` })));
    }
    if (role) qb.andWhere({ role: Array.isArray(role) ? In(role) : role });
    if (id) qb.andWhere({ id: Array.isArray(id) ? In(id) : id });
    if (typeof isActive === 'boolean') qb.andWhere({ isActive });
    if (typeof programType === 'string') qb.andWhere(':programType = ANY(u.program_types)', { programType });
    qb.orderBy(`u.${q.sort.field}`, q.sort.order).skip(q.skip).take(q.take);
    const [rows, total] = await qb.getManyAndCount();
    return { rows, total };
  }

  async get(id: string): Promise<User> {
    const user = await this.repo.findOne({ where: { id } });
    if (!user) throw new NotFoundException(`User ${id} not found`);
    return user;
  }

  /** programTypes name built-in types or designed ones that exist (program_templates). */
  private async assertProgramTypes(types: string[] | undefined): Promise<void> {
    const designed = [...new Set((types ?? []).filter((t) => !(PROGRAM_TYPES as readonly string[]).includes(t)))];
    if (!designed.length) return;
    const found = (await this.repo.query(`SELECT key FROM program_templates WHERE key = ANY($1)`, [designed])) as { key: string }[];
    const unknown = designed.filter((t) => !found.some((f) => f.key === t));
    if (unknown.length) {
      throw new BadRequestException({
        statusCode: 400,
        message: 'Validation failed',
        errors: {
          programTypes: `programTypes must be some of: ${PROGRAM_TYPES.join(', ')}, or designed types' keys (unknown: ${unknown.join(', ')})`,
        },
      });
    }
  }

  async create(dto: CreateUserDto, actor: AuthUser | null): Promise<User> {
    await this.assertProgramTypes(dto.programTypes);
    if (await this.repo.exists({ where: { email: dto.email } })) {
      throw new ConflictException({
        statusCode: 409,
        message: 'A user with this email already exists',
        errors: { email: 'already in use' },
      });
    }
    const audited = (user: User) => ({
      action: 'user.create',
      targetType: 'user',
      targetId: user.id,
      details: { email: user.email, role: user.role },
    });
    return this.trail.transaction(actor, audited, async (m) => {
      const user = await m.getRepository(User).save(
        m.getRepository(User).create({
          email: dto.email,
          fullName: dto.fullName,
          role: dto.role,
          programTypes: [...new Set(dto.programTypes ?? [])],
          passwordHash: await argon2.hash(dto.password),
        }),
      );
      return user;
    });
  }

  /**
   * The work a person holds: running (active or paused) programs they mentor or are the gender
   * expert of, and open tasks assigned to them. An advocacy reassignment the workflow has not
   * projected yet counts for its new mentor.
   */
  async workload(id: string, m: EntityManager = this.repo.manager): Promise<{ runningPrograms: number; openTasks: number }> {
    const [{ programs, tasks }] = (await m.query(
      `SELECT
         (SELECT count(*)::int FROM programs p LEFT JOIN advocacy_mentor_assignments a ON a.program_id = p.id
           WHERE p.status IN ('active','paused') AND (COALESCE(a.mentor_id, p.mentor_id) = $1 OR p.gender_expert_id = $1)) AS programs,
         (SELECT count(*)::int FROM tasks t WHERE t.status = 'open' AND t.assignee_id = $1) AS tasks`,
      [id],
    )) as { programs: number; tasks: number }[];
    return { runningPrograms: programs, openTasks: tasks };
  }

  async update(id: string, dto: UpdateUserDto, actor: AuthUser): Promise<User> {
    const user = await this.get(id);
    await this.assertProgramTypes(dto.programTypes);
    const deactivating = dto.isActive === false && user.isActive;
    const changingRole = dto.role !== undefined && dto.role !== user.role;
    // A CSO member belongs to their organisation: they are not turned into staff (they are deactivated instead).
    if (changingRole && user.role === 'cso_member') {
      throw new BadRequestException({
        statusCode: 400,
        message: 'Validation failed',
        errors: { role: 'a CSO member keeps the cso_member role; deactivate them instead' },
      });
    }
    if (deactivating || changingRole) await this.assertHoldsNoWork(user, deactivating ? 'isActive' : 'role', actor);
    const { password, ...fields } = definedOnly(dto);
    const deactivated = user.isActive && fields.isActive === false;
    Object.assign(user, fields);
    if (password) user.passwordHash = await argon2.hash(password);
    const audited = { action: 'user.update', targetType: 'user', targetId: id, details: { ...fields, passwordChanged: !!password } };
    return this.trail.transaction(actor, audited, async (m) => {
      const saved = await m.getRepository(User).save(user);
      // The person's open sessions end: a new password or a deactivation must lock out old tokens.
      if (password || deactivated) await this.revokeTokens(id, m);
      return saved;
    });
  }

  /**
   * A person who holds running programs or open tasks cannot be deactivated or change role:
   * their programs would keep notifying and assigning to someone who can no longer act (409 with
   * the counts; the console offers to reassign first).
   */
  private async assertHoldsNoWork(user: User, field: 'isActive' | 'role', actor: AuthUser): Promise<void> {
    const { runningPrograms, openTasks } = await this.workload(user.id);
    if (!runningPrograms && !openTasks) return;
    const what = [
      runningPrograms ? `${runningPrograms} running program${runningPrograms === 1 ? '' : 's'}` : null,
      openTasks ? `${openTasks} open task${openTasks === 1 ? '' : 's'}` : null,
    ]
      .filter(Boolean)
      .join(' and ');
    const verb = field === 'isActive' ? 'deactivated' : 'given another role';
    const audited = { action: 'user.update', targetType: 'user', targetId: user.id, details: { field, runningPrograms, openTasks } };
    throw await this.trail.refuse(
      actor,
      audited,
      new ConflictException({
        statusCode: 409,
        message: `${user.fullName} holds ${what}; reassign them before this account is ${verb}`,
        errors: { [field]: `holds ${what}` },
      }),
    );
  }
}
