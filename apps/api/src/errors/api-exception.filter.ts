// The one exception filter of the API: every error, domain or not, answers { statusCode, code, message, problems }.
// Server faults (5xx) are logged with their stack by the Nest logger and answered without any detail.

import { type ArgumentsHost, Catch, type ExceptionFilter, Logger } from '@nestjs/common';
import { errorBodyOf } from './error-body';

interface HttpResponseLike {
  headersSent: boolean;
  setHeader(name: string, value: string): void;
  status(code: number): HttpResponseLike;
  json(body: unknown): void;
}

interface HttpRequestLike {
  method?: string;
  originalUrl?: string;
  url?: string;
}

@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Exceptions');

  catch(exception: unknown, host: ArgumentsHost): void {
    const { body, internal } = errorBodyOf(exception);
    const http = host.switchToHttp();
    const request = http.getRequest<HttpRequestLike>();
    if (internal) {
      const where = `${request?.method ?? '?'} ${request?.originalUrl ?? request?.url ?? '?'}`;
      const stack = exception instanceof Error ? exception.stack : String(exception);
      this.logger.error(
        `${where} → ${body.statusCode}: ${String((exception as Error)?.message ?? exception)}`,
        stack,
      );
    }
    const response = http.getResponse<HttpResponseLike>();
    if (response.headersSent) return;
    if (body.statusCode === 401) response.setHeader('WWW-Authenticate', 'Bearer realm="toile"');
    response.status(body.statusCode).json(body);
  }
}
