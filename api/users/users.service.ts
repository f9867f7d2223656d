import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import * as argon2 from 'argon2';
import { Brackets, In, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import type { ListQuery } from '../common/list-query';
import type { Role } from './role';
import type { CreateUserDto, UpdateUserDto, UserDto } from './user.dto';
import { User } from './user.entity';
import { definedOnly } from '../common/defined-only';

export const USER_SORTABLE = ['email', 'fullName', 'role', 'createdAt'] as const;
export const USER_FILTERABLE = ['q', 'role', 'id', 'isActive', 'programType'] as const;

export function toUserDto(u: User): UserDto {
  return { id: u.id, email: u.email, fullName: u.fullName, role: u.role, isActive: u.isActive, programTypes: [...new Set(u.programTypes ?? [])], createdAt: u.createdAt };
}

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(User) private readonly repo: Repository<User>,
    private readonly audit: AuditService,
  ) {}

  findActiveById(id: string): Promise<User | null> {
    return this.repo.findOne({ where: { id, isActive: true } });
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
    const { q: text, role, id, isActive, programType } = q.filter as {
      q?: string;
      role?: Role | Role[];
      id?: string | string[];
      isActive?: boolean;
      programType?: string;
    };
    if (text) {
      qb.andWhere(
        new Brackets((w) => w.where('u.email ILIKE :t', { t: `%${text}%` }).orWhere('u.full_name ILIKE :t', { t: `%${text}%` })),
      );
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

  async create(dto: CreateUserDto, actor: AuthUser | null): Promise<User> {
    if (await this.repo.exists({ where: { email: dto.email } })) {
      throw new ConflictException({ statusCode: 409, message: 'A user with this email already exists', errors: { email: 'already in use' } });
    }
    return this.repo.manager.transaction(async (m) => {
      const user = await m.getRepository(User).save(
        m.getRepository(User).create({
          email: dto.email,
          fullName: dto.fullName,
          role: dto.role,
          programTypes: [...new Set(dto.programTypes ?? [])],
          passwordHash: await argon2.hash(dto.password),
        }),
      );
      await this.audit.record(
        { actor, action: 'user.create', targetType: 'user', targetId: user.id, result: 'ok', details: { email: user.email, role: user.role } },
        m,
      );
      return user;
    });
  }

  async update(id: string, dto: UpdateUserDto, actor: AuthUser): Promise<User> {
    const user = await this.get(id);
    const { password, ...fields } = definedOnly(dto);
    Object.assign(user, fields);
    if (password) user.passwordHash = await argon2.hash(password);
    return this.repo.manager.transaction(async (m) => {
      const saved = await m.getRepository(User).save(user);
      await this.audit.record(
        { actor, action: 'user.update', targetType: 'user', targetId: id, result: 'ok', details: { ...fields, passwordChanged: !!password } },
        m,
      );
      return saved;
    });
  }
}
