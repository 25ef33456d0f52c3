// HTTP face of signing in (thin): sign-in, renewal, sign-out, the caller, and the caller's API keys.

import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { ErrorBodyDto } from '../errors/error-body.dto';
import { Access } from './access-policy';
import {
  ApiKeyView,
  CreateApiKeyDto,
  NewApiKeyView,
  RefreshDto,
  SessionView,
  SignInDto,
  UserView,
} from './account.dto';
import { AccountsService } from './accounts.service';
import { AuthService } from './auth.service';
import { CurrentPrincipal } from './current-access.decorator';
import type { Principal, UserPrincipal } from './principal';
import { TokensService } from './tokens.service';

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly accounts: AccountsService,
    private readonly tokens: TokensService,
  ) {}

  @Post('auth/sign-in')
  @HttpCode(200)
  @Access('public')
  @ApiOperation({ summary: 'Connexion : jeton d’accès (15 min) et jeton de renouvellement' })
  @ApiOkResponse({ type: SessionView })
  @ApiUnauthorizedResponse({ type: ErrorBodyDto, description: 'Identifiants incorrects' })
  signIn(@Body() body: SignInDto): Promise<SessionView> {
    return this.auth.signIn(body.email, body.password);
  }

  @Post('auth/refresh')
  @HttpCode(200)
  @Access('public')
  @ApiOperation({ summary: 'Renouvelle la session (l’ancien jeton de renouvellement est révoqué)' })
  @ApiOkResponse({ type: SessionView })
  @ApiUnauthorizedResponse({ type: ErrorBodyDto })
  refresh(@Body() body: RefreshDto): Promise<SessionView> {
    return this.auth.refresh(body.refreshToken);
  }

  @Post('auth/sign-out')
  @HttpCode(204)
  @Access('public')
  @ApiOperation({ summary: 'Déconnexion : révoque le jeton de renouvellement' })
  @ApiNoContentResponse()
  signOut(@Body() body: RefreshDto): Promise<void> {
    return this.auth.signOut(body.refreshToken);
  }

  @Get('auth/me')
  @Access('user')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Le compte connecté' })
  @ApiOkResponse({ type: UserView })
  me(@CurrentPrincipal() principal: Principal): Promise<UserView> {
    return this.accounts.view((principal as UserPrincipal).userId);
  }

  @Post('api-keys')
  @Access('user')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Crée une clé d’API (montrée une seule fois) qui agit au nom du compte' })
  @ApiCreatedResponse({ type: NewApiKeyView })
  createApiKey(
    @CurrentPrincipal() principal: Principal,
    @Body() body: CreateApiKeyDto,
  ): Promise<NewApiKeyView> {
    return this.tokens.createApiKey((principal as UserPrincipal).userId, body.label);
  }

  @Get('api-keys')
  @Access('user')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Les clés d’API du compte (sans la clé elle-même)' })
  @ApiOkResponse({ type: [ApiKeyView] })
  listApiKeys(@CurrentPrincipal() principal: Principal): Promise<ApiKeyView[]> {
    return this.tokens.listApiKeys((principal as UserPrincipal).userId);
  }

  @Delete('api-keys/:keyId')
  @HttpCode(204)
  @Access('user')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Révoque une clé d’API du compte' })
  @ApiNoContentResponse()
  deleteApiKey(@CurrentPrincipal() principal: Principal, @Param('keyId') keyId: string): Promise<void> {
    return this.tokens.deleteApiKey((principal as UserPrincipal).userId, keyId);
  }
}
