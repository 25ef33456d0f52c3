// The territory graph feature: GET /api/territories/:id/graph.
// Synergy edges come from MATCH_RESULTS when the app provides it (the match-runs feature).

import { Module } from '@nestjs/common';
import { GraphController } from './graph.controller';
import { GraphService } from './graph.service';

@Module({
  controllers: [GraphController],
  providers: [GraphService],
})
export class GraphModule {}
