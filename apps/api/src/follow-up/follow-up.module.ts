// The synergy follow-up feature: status steps by stable synergy key, history, realised against potential.
// Reads match runs through the global MatchRunsModule.

import { Module } from '@nestjs/common';
import { FollowUpController } from './follow-up.controller';
import { FollowUpService } from './follow-up.service';

@Module({
  controllers: [FollowUpController],
  providers: [FollowUpService],
})
export class FollowUpModule {}
