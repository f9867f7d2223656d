import { Body, Controller, Delete, Get, HttpCode, Ip, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiGoneResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Public, Roles } from '../auth/auth.decorators';
import { AcceptInvitationDto, CreateInvitationDto } from './invitation.dto';
import { InvitationsService } from './invitations.service';

/** An organisation's invitations and members (admins, program managers, the mentor of one of its programs). */
@ApiTags('cso members')
@ApiBearerAuth()
@Controller('organizations')
export class OrganizationMembersController {
  constructor(private readonly invitations: InvitationsService) {}

  @Post(':id/invitations')
  @Roles('admin', 'program_manager', 'mentor')
  @ApiCreatedResponse({ description: '{id, email, fullName, expiresAt, status, link, emailed}; the link is shown only here' })
  invite(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: CreateInvitationDto, @CurrentUser() user: AuthUser) {
    return this.invitations.create(id, dto, user);
  }

  @Get(':id/invitations')
  @Roles('admin', 'program_manager', 'mentor')
  @ApiOkResponse({ description: '{data: [{id, email, fullName, status, expiresAt, invitedBy, acceptedAt}]}' })
  list(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() user: AuthUser) {
    return this.invitations.list(id, user);
  }

  @Delete(':id/invitations/:invitationId')
  @Roles('admin', 'program_manager', 'mentor')
  @ApiOkResponse({ description: '{id, status: "revoked"}; 409 unless pending' })
  revoke(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('invitationId', new ParseUUIDPipe()) invitationId: string,
    @CurrentUser() user: AuthUser,
  ) {
    return this.invitations.revoke(id, invitationId, user);
  }

  /** The organisation's CSO members; its own members may list them too. */
  @Get(':id/members')
  @Roles('admin', 'program_manager', 'mentor', 'cso_member')
  @ApiOkResponse({ description: '{data: [{id, fullName, email, isActive}]}' })
  members(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() user: AuthUser) {
    return this.invitations.members(id, user);
  }
}

/** The invitation link's own routes: no token needed, the link is the credential. */
@ApiTags('cso members')
@Controller('invitations')
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Public()
  @Get(':token')
  @ApiOkResponse({ description: '{email, fullName, organizationName, expiresAt}' })
  @ApiGoneResponse({ description: 'expired, used or revoked (message says which)' })
  show(@Param('token') token: string) {
    return this.invitations.show(token);
  }

  @Public()
  @Post(':token/accept')
  @HttpCode(200)
  @ApiOkResponse({ description: 'the same body as POST /auth/login: {accessToken, expiresIn, user}' })
  @ApiGoneResponse({ description: 'expired, used or revoked' })
  accept(@Param('token') token: string, @Body() dto: AcceptInvitationDto, @Ip() ip: string) {
    return this.invitations.accept(token, dto.password, ip);
  }
}
