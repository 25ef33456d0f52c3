// The rate-limit module: the three throttlers of the settings (in-memory, per process) and RateLimitGuard as
// a global guard. Imported once by the root module: `RateLimitModule.forRoot(config.security.rateLimits)`.

import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { RateLimitGuard, rateLimitKey, throttlersOf } from './rate-limit.guard';
import { resolveRateLimits, type RateLimitSettings } from './security-settings';

@Module({})
export class RateLimitModule {
  static forRoot(limits: RateLimitSettings): DynamicModule {
    const resolved = resolveRateLimits(limits);
    return {
      module: RateLimitModule,
      imports: [ThrottlerModule.forRoot({ throttlers: throttlersOf(resolved), generateKey: rateLimitKey })],
      providers: [{ provide: APP_GUARD, useClass: RateLimitGuard }],
    };
  }
}
