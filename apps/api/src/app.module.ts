// The root module: the database (TypeORM, migrations run at start) and every feature module.
// Built from a validated AppConfig, so main.ts, the e2e tests and the OpenAPI script share it.

import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from './config/app-config';
import { dataSourceOptions } from './database/data-source';
import { installSqliteGate } from './database/serialized';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { DatasetsModule } from './datasets/datasets.module';
import { FlowsModule } from './flows/flows.module';
import { FollowUpModule } from './follow-up/follow-up.module';
import { GraphModule } from './graph/graph.module';
import { HealthModule } from './health/health.module';
import { IntroductionsModule } from './introductions/introductions.module';
import { MatchRunsModule } from './match-runs/match-runs.module';
import { ReportsModule } from './reports/reports.module';
import { ScenariosModule } from './scenarios/scenarios.module';
import { RateLimitModule } from './security/rate-limit.module';
import { SitesModule } from './sites/sites.module';
import { TerritoriesModule } from './territories/territories.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    const postgres = config.database.type === 'postgres';
    return {
      module: AppModule,
      global: true,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => ({
            ...dataSourceOptions(config),
            // SQLite either opens or not; a PostgreSQL server may still be starting (containers).
            retryAttempts: postgres ? 5 : 1,
            toRetry: () => postgres,
          }),
          dataSourceFactory: async (options) => {
            const ds = await new DataSource(options!).initialize();
            installSqliteGate(ds);
            return ds;
          },
        }),
        AuthModule,
        RateLimitModule.forRoot(config.security.rateLimits),
        HealthModule,
        TerritoriesModule,
        DatasetsModule,
        SitesModule,
        FlowsModule,
        GraphModule,
        MatchRunsModule,
        ReportsModule,
        FollowUpModule,
        ScenariosModule,
        IntroductionsModule,
        AuditModule,
      ],
      providers: [{ provide: APP_CONFIG, useValue: config }],
      exports: [APP_CONFIG],
    };
  }
}
