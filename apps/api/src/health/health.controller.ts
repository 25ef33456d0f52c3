// GET /api/health: is the server up and does the database answer, with the API version.
// Answers 200 when everything is fine and 503 (same body) when the database does not answer.

import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { API_VERSION } from '../version';
import { Access } from '../auth/access-policy';

export class HealthView {
  @ApiProperty({ enum: ['ok', 'degraded'] }) status!: 'ok' | 'degraded';
  @ApiProperty({ enum: ['ok', 'unavailable'] }) database!: 'ok' | 'unavailable';
  @ApiProperty({ example: 'sqlite' }) databaseType!: string;
  @ApiProperty({ example: '0.1.0' }) version!: string;
}

interface StatusResponse {
  status(code: number): unknown;
}

@ApiTags('health')
@Access('public')
@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  @Get()
  @ApiOperation({ summary: 'État du serveur et de la base de données' })
  @ApiOkResponse({ type: HealthView })
  @ApiServiceUnavailableResponse({ type: HealthView })
  async health(@Res({ passthrough: true }) response: StatusResponse): Promise<HealthView> {
    let database: HealthView['database'] = 'ok';
    try {
      await this.ds.query('SELECT 1');
    } catch {
      database = 'unavailable';
      response.status(HttpStatus.SERVICE_UNAVAILABLE);
    }
    return {
      status: database === 'ok' ? 'ok' : 'degraded',
      database,
      databaseType: this.ds.options.type,
      version: API_VERSION,
    };
  }
}
