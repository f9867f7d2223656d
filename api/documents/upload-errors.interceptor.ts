import {
  BadRequestException,
  CallHandler,
  ExecutionContext,
  HttpException,
  Injectable,
  NestInterceptor,
  PayloadTooLargeException,
} from '@nestjs/common';
import { catchError, type Observable } from 'rxjs';
import { AppConfigService } from '../config/app-config.service';

/**
 * Put before FileInterceptor: turns multer's refusals into the API's error shape naming `file`
 * (413 for a file over FILE_MAX_BYTES, 400 for a wrong field or more than one file).
 */
@Injectable()
export class UploadErrorsInterceptor implements NestInterceptor {
  constructor(private readonly config: AppConfigService) {}

  intercept(_ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      catchError((err: unknown) => {
        if (err instanceof PayloadTooLargeException) {
          const max = this.config.get('FILE_MAX_BYTES');
          const message = `file is too large: at most ${max} bytes (${(max / 1024 / 1024).toFixed(1)} MB)`;
          throw new PayloadTooLargeException({ statusCode: 413, message, errors: { file: message } });
        }
        if (err instanceof BadRequestException && !(err.getResponse() as { errors?: unknown }).errors) {
          const message = `file: ${err.message} (send one file as the multipart field "file")`;
          throw new BadRequestException({ statusCode: 400, message, errors: { file: message } });
        }
        throw err instanceof HttpException || err instanceof Error ? err : new Error(String(err));
      }),
    );
  }
}
