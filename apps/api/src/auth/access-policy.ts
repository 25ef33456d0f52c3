// What a route requires of its caller, declared on every controller (class) or handler with `@Access(...)`.
// The AuthGuard reads it; a route without a policy is refused to everyone but the admin (secure by default).

import { SetMetadata } from '@nestjs/common';

export type AccessPolicy =
  /** Anyone, with or without a token (health, templates, sign-in). */
  | 'public'
  /** Any signed-in account. */
  | 'user'
  /** Admins only. */
  | 'admin'
  /** Admins and facilitators (creating a territory, managing firm accounts). */
  | 'staff'
  /** Whoever may read the territory of `:territoryId` (what they see is projected by role). */
  | 'read'
  /** Admins and the facilitators of the territory of `:territoryId`. */
  | 'manage';

export const ACCESS_POLICY_KEY = 'toile:access-policy';

export const Access = (policy: AccessPolicy) => SetMetadata(ACCESS_POLICY_KEY, policy);
