// Query of the graph endpoint: which match run's synergies to draw (default: the latest done run).
// Validated by the global ValidationPipe (unknown query parameters are refused).

import { IsOptional, IsString, MaxLength } from 'class-validator';

export class GraphQueryDto {
  @IsOptional()
  @IsString()
  @MaxLength(100)
  runId?: string;
}
