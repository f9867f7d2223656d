import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import * as argon2 from 'argon2';
import { Repository } from 'typeorm';
import { AppConfigService } from '../config/app-config.service';
import { DEMO_USERS } from './demo-users';
import { User } from './user.entity';

/** Creates the demo users that are missing (never overwrites an existing account). */
@Injectable()
export class DemoUsersSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoUsers');

  constructor(
    @InjectRepository(User) private readonly repo: Repository<User>,
    private readonly config: AppConfigService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.get('SEED_DEMO_USERS')) return;
    const created = await seedDemoUsers(this.repo, this.config.get('DEMO_PASSWORD'));
    if (created.length) this.logger.log(`Created demo users: ${created.join(', ')}`);
  }
}

export async function seedDemoUsers(repo: Repository<User>, password: string): Promise<string[]> {
  const hash = await argon2.hash(password);
  const created: string[] = [];
  for (const u of DEMO_USERS) {
    const result = await repo
      .createQueryBuilder()
      .insert()
      .values({ ...u, passwordHash: hash })
      .orIgnore()
      .execute();
    if (result.identifiers.length && result.identifiers[0]) created.push(u.email);
  }
  return created;
}
