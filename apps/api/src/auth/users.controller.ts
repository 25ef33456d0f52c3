// HTTP face of accounts (thin): admins manage every account; facilitators the firm accounts of their territories.

import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Access } from './access-policy';
import { CreateUserDto, UserView } from './account.dto';
import { AccountsService } from './accounts.service';
import { CurrentPrincipal } from './current-access.decorator';
import type { Principal, UserPrincipal } from './principal';

@ApiTags('auth')
@ApiBearerAuth()
@Controller('users')
@Access('staff')
export class UsersController {
  constructor(private readonly accounts: AccountsService) {}

  @Post()
  @ApiOperation({ summary: 'Crée un compte (un·e animateur·rice : comptes d’entreprise de ses territoires)' })
  @ApiCreatedResponse({ type: UserView })
  create(@CurrentPrincipal() principal: Principal, @Body() body: CreateUserDto): Promise<UserView> {
    return this.accounts.create(body, principal);
  }

  @Get()
  @ApiOperation({ summary: 'Les comptes que l’appelant gère' })
  @ApiOkResponse({ type: [UserView] })
  list(@CurrentPrincipal() principal: Principal): Promise<UserView[]> {
    return this.accounts.list(principal as UserPrincipal);
  }

  @Delete(':userId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Supprime un compte (ses jetons et clés avec lui)' })
  @ApiNoContentResponse()
  remove(@CurrentPrincipal() principal: Principal, @Param('userId') userId: string): Promise<void> {
    return this.accounts.remove(userId, principal as UserPrincipal);
  }
}
