import { BadRequestException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { User } from './user.entity';

/** The person named in a field of the request, active and of the role the field wants; else 400 naming the field. */
export async function requireActiveUser(m: EntityManager, id: string, role: 'mentor' | 'gender_expert', field: string): Promise<User> {
  const u = await m.getRepository(User).findOne({ where: { id, isActive: true } });
  if (!u || u.role !== role) {
    throw new BadRequestException({
      statusCode: 400,
      message: 'Validation failed',
      errors: { [field]: `${field} must be an active ${role.replace('_', ' ')}` },
    });
  }
  return u;
}
