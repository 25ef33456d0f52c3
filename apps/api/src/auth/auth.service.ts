// Signing in and out, renewing a session, and resolving the caller of a request from its Authorization
// or X-Api-Key header. Unknown e-mails cost as much as wrong passwords (no account enumeration by timing).

import { Injectable } from '@nestjs/common';
import { UnauthenticatedError } from '../errors/domain-errors';
import type { SessionView } from './account.dto';
import { AccountsService } from './accounts.service';
import { hashPassword, verifyPassword } from './password';
import { PUBLIC_PRINCIPAL, type Principal } from './principal';
import { API_KEY_PREFIX } from './secrets';
import { TokensService } from './tokens.service';

export interface CredentialHeaders {
  readonly authorization?: string | string[];
  readonly 'x-api-key'?: string | string[];
}

const WRONG_CREDENTIALS = 'identifiants incorrects';

@Injectable()
export class AuthService {
  private dummyHash: Promise<string> | null = null;

  constructor(
    private readonly accounts: AccountsService,
    private readonly tokens: TokensService,
  ) {}

  async signIn(email: string, password: string): Promise<SessionView> {
    const user = await this.accounts.findByEmail(email);
    if (!user) {
      this.dummyHash ??= hashPassword('toile-dummy-password-for-timing');
      await verifyPassword(await this.dummyHash, password);
      throw new UnauthenticatedError(WRONG_CREDENTIALS);
    }
    if (!(await verifyPassword(user.passwordHash, password)))
      throw new UnauthenticatedError(WRONG_CREDENTIALS);
    return this.session(user.id);
  }

  async refresh(refreshToken: string): Promise<SessionView> {
    return this.session(await this.tokens.consumeRefresh(refreshToken));
  }

  signOut(refreshToken: string): Promise<void> {
    return this.tokens.revokeRefresh(refreshToken);
  }

  /** The caller: public without credentials; UnauthenticatedError for credentials that are not valid. */
  async authenticate(headers: CredentialHeaders): Promise<Principal> {
    const credential = credentialOf(headers);
    if (credential === null) return PUBLIC_PRINCIPAL;
    const apiKey = credential.startsWith(API_KEY_PREFIX);
    const userId = apiKey
      ? await this.tokens.resolveApiKey(credential)
      : this.tokens.verifyAccess(credential);
    const principal = await this.accounts.principalOf(userId, apiKey ? 'api-key' : 'token');
    if (!principal) throw new UnauthenticatedError('compte supprimé');
    return principal;
  }

  private async session(userId: string): Promise<SessionView> {
    const user = await this.accounts.view(userId);
    const access = this.tokens.signAccess(userId);
    const refresh = await this.tokens.issueRefresh(userId);
    return {
      accessToken: access.token,
      tokenType: 'Bearer',
      expiresAt: access.expiresAt,
      refreshToken: refresh.token,
      refreshExpiresAt: refresh.expiresAt,
      user,
    };
  }
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** The token or key of a request, or null; UnauthenticatedError for an Authorization header of another scheme. */
export function credentialOf(headers: CredentialHeaders): string | null {
  const apiKey = single(headers['x-api-key'])?.trim();
  if (apiKey) return apiKey;
  const authorization = single(headers.authorization)?.trim();
  if (!authorization) return null;
  const match = /^Bearer\s+(\S+)$/iu.exec(authorization);
  if (!match)
    throw new UnauthenticatedError('en-tête Authorization attendu sous la forme « Bearer <jeton> »');
  return match[1];
}
