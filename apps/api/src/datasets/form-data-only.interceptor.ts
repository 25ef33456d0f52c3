// Refuses (415) a multipart body that is not multipart/form-data before multer sees it: busboy throws a bare
// « Unsupported content type » error on multipart/mixed, /related… which would otherwise answer 500.

import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { Observable } from 'rxjs';
import { MEDIA_TYPES, mediaTypeOf } from '../common/media-types';
import { UnsupportedMediaTypeError } from '../errors/domain-errors';
import { ACCEPTED_MEDIA_TYPES } from './dataset-upload';

@Injectable()
export class FormDataOnlyInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const type = mediaTypeOf(
      context.switchToHttp().getRequest<{ headers: Record<string, string> }>().headers['content-type'],
    );
    if (type.startsWith('multipart/') && type !== MEDIA_TYPES.multipart) {
      throw new UnsupportedMediaTypeError(type, ACCEPTED_MEDIA_TYPES);
    }
    return next.handle();
  }
}
