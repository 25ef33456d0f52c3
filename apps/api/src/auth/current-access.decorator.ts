// Parameter decorators handing controllers what the AuthGuard resolved: the caller and its territory level.

import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { PUBLIC_PRINCIPAL, type Principal } from './principal';
import type { RequestAccess } from './territory-access';

export interface RequestWithAccess {
  access?: RequestAccess;
}

export function accessOf(request: RequestWithAccess): RequestAccess {
  return request.access ?? { principal: PUBLIC_PRINCIPAL };
}

export const CurrentAccess = createParamDecorator(
  (_data: unknown, context: ExecutionContext): RequestAccess =>
    accessOf(context.switchToHttp().getRequest<RequestWithAccess>()),
);

export const CurrentPrincipal = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Principal =>
    accessOf(context.switchToHttp().getRequest<RequestWithAccess>()).principal,
);
