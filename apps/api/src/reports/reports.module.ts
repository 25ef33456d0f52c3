// The reports feature: GET …/match-runs/:runId/report.pdf | report.xlsx | synergies.csv | report.geojson.
// Reads runs through MatchRunsService (exported by the global match-runs module).

import { Module } from '@nestjs/common';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';

@Module({
  controllers: [ReportsController],
  providers: [ReportsService],
})
export class ReportsModule {}
