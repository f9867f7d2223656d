import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import * as argon2 from 'argon2';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { AppConfigService } from '../config/app-config.service';
import { ProgramStartService } from '../programs/program-start.service';

export const DEMO_CSO = {
  email: 'cso@mentorflow.local',
  fullName: 'Ece CSO Member',
  organization: {
    name: 'Güneşli Gençlik Derneği (demo)',
    city: 'Ankara',
    fieldOfWork: 'youth',
    contactPerson: 'Ece CSO Member',
    email: 'cso@mentorflow.local',
    phone: '+90 312 000 00 00',
  },
};

/**
 * With the demo users (SEED_DEMO_USERS, as `npm start` sets): one CSO member, cso@mentorflow.local
 * (the demo password), bound to a demo organisation that has a running institutional program, so
 * a newcomer can sign in as a CSO. Never overwrites anything; runs after the API is up.
 */
@Injectable()
export class DemoCsoSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoUsers');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfigService,
    private readonly starts: ProgramStartService,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.get('SEED_DEMO_USERS')) return;
    // In the background: starting the program needs Temporal, which must not hold up the API's start.
    void this.seed().catch((err) => this.logger.warn(`Could not create the demo CSO member: ${(err as Error).message}`));
  }

  async seed(): Promise<void> {
    const o = DEMO_CSO.organization;
    let [org] = (await this.db.query(`SELECT id FROM organizations WHERE name = $1 AND deleted_at IS NULL LIMIT 1`, [o.name])) as {
      id: string;
    }[];
    if (!org) {
      [org] = (await this.db.query(
        `INSERT INTO organizations (name, city, field_of_work, contact_person, email, phone) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [o.name, o.city, o.fieldOfWork, o.contactPerson, o.email, o.phone],
      )) as { id: string }[];
    }
    const hash = await argon2.hash(this.config.get('DEMO_PASSWORD'));
    const created = (await this.db.query(
      `INSERT INTO users (email, full_name, role, password_hash, organization_id) VALUES ($1, $2, 'cso_member', $3, $4) ON CONFLICT (email) DO NOTHING RETURNING id`,
      [DEMO_CSO.email, DEMO_CSO.fullName, hash, org.id],
    )) as unknown[];
    if (created.length) this.logger.log(`Created demo CSO member: ${DEMO_CSO.email}`);
    const running = (await this.db.query(`SELECT 1 FROM programs WHERE organization_id = $1 LIMIT 1`, [org.id])) as unknown[];
    if (running.length) return;
    const people = (await this.db.query(
      `SELECT id, email, full_name AS "fullName", role FROM users WHERE email IN ('pm@mentorflow.local', 'mentor1@mentorflow.local', 'gender@mentorflow.local')`,
    )) as {
      id: string;
      email: string;
      fullName: string;
      role: AuthUser['role'];
    }[];
    const by = (e: string) => people.find((p) => p.email === e);
    const pm = by('pm@mentorflow.local');
    const mentor = by('mentor1@mentorflow.local');
    const gender = by('gender@mentorflow.local');
    if (!pm || !mentor || !gender) return;
    await this.starts.create(
      { organizationId: org.id, type: 'institutional', mentorId: mentor.id, genderExpertId: gender.id },
      { ...pm, organizationId: null },
    );
    this.logger.log(`Started the demo CSO's institutional program`);
  }
}
