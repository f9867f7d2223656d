import { ConflictException, GoneException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import * as argon2 from 'argon2';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuditTrail } from '../audit/audit-trail';
import type { AuthUser } from '../auth/auth-user';
import { AuthService } from '../auth/auth.service';
import { AppConfigService } from '../config/app-config.service';
import { User } from '../users/user.entity';
import { assertManagesMembers } from './cso-access';
import type { CreateInvitationDto } from './invitation.dto';

/** Only this digest of a token is stored: a copy of the table opens no account. */
export const tokenHash = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');
/** 32 random bytes, base64url: 43 characters. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

type Status = 'pending' | 'accepted' | 'expired' | 'revoked';
interface Row {
  id: string;
  organization_id: string;
  email: string;
  full_name: string;
  expires_at: Date;
  accepted_at: Date | null;
  revoked_at: Date | null;
  invited_by: string;
  invited_by_name?: string;
  organization_name?: string;
}

type Member = Pick<User, 'id' | 'email' | 'fullName' | 'role' | 'organizationId' | 'tokenVersion'>;
/** What accepting found: the invitation and its status, and the member it created (only when it was pending). */
type Acceptance = { row: Row; status: Status; user?: Member };

/** 409 naming `email`: an account with it exists already. */
const emailTaken = () =>
  new ConflictException({
    statusCode: 409,
    message: 'This e-mail already belongs to an account',
    errors: { email: 'email already belongs to a user' },
  });

const statusOf = (r: Row, now = Date.now()): Status =>
  r.accepted_at ? 'accepted' : r.revoked_at ? 'revoked' : new Date(r.expires_at).getTime() <= now ? 'expired' : 'pending';

const GONE: Record<Exclude<Status, 'pending'>, string> = {
  accepted: 'This invitation was already used',
  expired: 'This invitation has expired; ask for a new one',
  revoked: 'This invitation was revoked',
};

const MAIL: Record<'en' | 'tr', (org: string, inviter: string, link: string) => string> = {
  en: (org, inviter, link) =>
    `${inviter} invites you to follow ${org}'s program in Mentorflow. Open this link to set your password: ${link}`,
  tr: (org, inviter, link) =>
    `${inviter} sizi Mentorflow'da ${org} programını takip etmeye davet ediyor. Şifrenizi belirlemek için bu bağlantıyı açın: ${link}`,
};

/**
 * Invitations of CSO members (issue 12): a single-use link that expires, stored as a hash,
 * mailed through the notifications outbox when SMTP is configured, else handed to the inviter.
 */
@Injectable()
export class InvitationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly trail: AuditTrail,
    private readonly config: AppConfigService,
    private readonly auth: AuthService,
  ) {}

  private link(token: string): string {
    return `${this.config.get('PUBLIC_URL').replace(/\/$/, '')}/#/invitation/${token}`;
  }

  async create(organizationId: string, dto: CreateInvitationDto, user: AuthUser) {
    const orgName = await assertManagesMembers(this.db, user, organizationId);
    const taken = (await this.db.query(`SELECT 1 FROM users WHERE email = $1`, [dto.email])) as unknown[];
    if (taken.length) {
      const refused = {
        action: 'invitation.create',
        targetType: 'organization',
        targetId: organizationId,
        details: { email: dto.email, why: 'email taken' },
      };
      throw await this.trail.refuse(user, refused, emailTaken());
    }
    const token = randomBytes(32).toString('base64url');
    const language = dto.language ?? 'en';
    const hours = this.config.get('INVITATION_TTL_HOURS');
    const emailed = !!this.config.get('SMTP_URL');
    const link = this.link(token);
    const audited = (inv: { id: string }) => ({
      action: 'invitation.create',
      targetType: 'organization',
      targetId: organizationId,
      details: { invitationId: inv.id, email: dto.email, emailed },
    });
    const row = await this.trail.transaction(user, audited, async (m) => {
      const [inv] = (await m.query(
        `INSERT INTO invitations (organization_id, email, full_name, language, token_hash, invited_by, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, now() + make_interval(hours => $7)) RETURNING id, expires_at`,
        [organizationId, dto.email, dto.fullName, language, tokenHash(token), user.id, hours],
      )) as { id: string; expires_at: Date }[];
      if (emailed) {
        // The outbox (run by the worker) sends it after this commit; the link lives only in that mail.
        await m.query(
          `INSERT INTO notifications (id, user_id, type, message, recipient_email, recipient_name, link, email_pending, email_next_at)
           VALUES (gen_random_uuid(), NULL, 'invitation', $1, $2, $3, $4, true, now())`,
          [MAIL[language](orgName, user.fullName, link), dto.email, dto.fullName, link],
        );
      }
      return inv;
    });
    return { id: row.id, email: dto.email, fullName: dto.fullName, expiresAt: row.expires_at, status: 'pending' as const, link, emailed };
  }

  async list(organizationId: string, user: AuthUser) {
    await assertManagesMembers(this.db, user, organizationId);
    const rows = (await this.db.query(
      `SELECT i.*, u.full_name AS invited_by_name FROM invitations i JOIN users u ON u.id = i.invited_by
        WHERE i.organization_id = $1 ORDER BY i.created_at DESC LIMIT 500`,
      [organizationId],
    )) as Row[];
    return {
      data: rows.map((r) => ({
        id: r.id,
        email: r.email,
        fullName: r.full_name,
        status: statusOf(r),
        expiresAt: r.expires_at,
        invitedBy: { id: r.invited_by, fullName: r.invited_by_name },
        acceptedAt: r.accepted_at,
      })),
    };
  }

  async members(organizationId: string, user: AuthUser) {
    await assertManagesMembers(this.db, user, organizationId, true);
    const rows = (await this.db.query(
      `SELECT id, full_name AS "fullName", email, is_active AS "isActive" FROM users WHERE organization_id = $1 AND role = 'cso_member' ORDER BY full_name, id`,
      [organizationId],
    )) as { id: string; fullName: string; email: string; isActive: boolean }[];
    return { data: rows };
  }

  async revoke(organizationId: string, invitationId: string, user: AuthUser) {
    await assertManagesMembers(this.db, user, organizationId);
    const target = { action: 'invitation.revoke', targetType: 'organization', targetId: organizationId };
    const { email: _email, ...revoked } = await this.trail.transaction(
      user,
      (done: { email: string }) => ({ ...target, details: { invitationId, email: done.email } }),
      async (m) => {
        const [r] = (await m.query(`SELECT * FROM invitations WHERE id = $1 AND organization_id = $2 FOR UPDATE`, [
          invitationId,
          organizationId,
        ])) as Row[];
        if (!r) throw new NotFoundException(`Invitation ${invitationId} not found`);
        const status = statusOf(r);
        if (status !== 'pending') {
          const refused = new ConflictException(`Only a pending invitation can be revoked; this one is ${status}`);
          throw await this.trail.refuse(user, { ...target, details: { invitationId, status } }, refused);
        }
        await m.query(`UPDATE invitations SET revoked_at = now() WHERE id = $1`, [invitationId]);
        // The address is for the audit row only; the answer is {id, status}.
        return { id: invitationId, status: 'revoked' as const, email: r.email };
      },
    );
    return revoked;
  }

  private async find(token: string, m = this.db.manager, lock = false): Promise<Row | null> {
    if (!TOKEN_SHAPE.test(token)) return null;
    const [r] = (await m.query(
      `SELECT i.*, o.name AS organization_name FROM invitations i JOIN organizations o ON o.id = i.organization_id
        WHERE i.token_hash = $1 ${lock ? 'FOR UPDATE OF i' : ''}`,
      [tokenHash(token)],
    )) as Row[];
    return r ?? null;
  }

  async show(token: string) {
    const r = await this.find(token);
    if (!r) throw new NotFoundException('Unknown invitation');
    const status = statusOf(r);
    if (status !== 'pending') throw new GoneException({ statusCode: 410, message: GONE[status], errors: { token: GONE[status] } });
    return { email: r.email, fullName: r.full_name, organizationName: r.organization_name, expiresAt: r.expires_at };
  }

  /** Creates the member and uses up the invitation in one transaction, under the invitation's row lock. */
  async accept(token: string, password: string, ip: string) {
    const hash = await argon2.hash(password);
    const target = (row: Row | undefined) => ({
      action: 'invitation.accept',
      targetType: 'organization',
      targetId: row?.organization_id ?? null,
    });
    // The new member is the actor of the row: the account exists from this transaction on.
    const audited = (o: Acceptance | null) =>
      o?.user ? { ...target(o.row), actor: { id: o.user.id, email: o.user.email }, details: { invitationId: o.row.id, ip } } : [];
    const outcome = await this.trail.transaction(null, audited, async (m): Promise<Acceptance | null> => {
      const r = await this.find(token, m, true);
      if (!r) return null;
      const status = statusOf(r);
      if (status !== 'pending') return { row: r, status };
      const taken = (await m.query(`SELECT 1 FROM users WHERE email = $1`, [r.email])) as unknown[];
      if (taken.length) throw emailTaken();
      const [u] = (await m.query(
        `INSERT INTO users (email, full_name, role, password_hash, organization_id) VALUES ($1, $2, 'cso_member', $3, $4)
         RETURNING id, email, full_name AS "fullName", role, organization_id AS "organizationId", token_version AS "tokenVersion"`,
        [r.email, r.full_name, hash, r.organization_id],
      )) as Member[];
      await m.query(`UPDATE invitations SET accepted_at = now(), accepted_user_id = $2 WHERE id = $1`, [r.id, u.id]);
      return { row: r, status, user: u };
    });
    if (!outcome?.user) {
      const details = { invitationId: outcome?.row.id ?? null, reason: outcome ? outcome.status : 'unknown token', ip };
      await this.trail.note(null, { ...target(outcome?.row), details }, 'rejected');
      if (!outcome) throw new NotFoundException('Unknown invitation');
      const status = outcome.status as Exclude<Status, 'pending'>;
      throw new GoneException({ statusCode: 410, message: GONE[status], errors: { token: GONE[status] } });
    }
    return this.auth.session(outcome.user);
  }
}
