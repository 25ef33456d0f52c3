// Unit tests of errorBodyOf: every error, domain, HTTP, body-parser or unknown, gets the one body shape,
// client errors keep their message, server faults answer a fixed message and are flagged for logging.

import { BadRequestException, NotFoundException, PayloadTooLargeException } from '@nestjs/common';
import { FormatError } from '../formats/format-error';
import {
  ConflictError,
  NotFoundError,
  UnsupportedMediaTypeError,
  ValidationFailedError,
} from './domain-errors';
import { errorBodyOf } from './error-body';

const problem = {
  path: '$.sites[0].lat',
  code: 'out-of-range',
  reason: 'lat must be within -90..90',
  value: 95,
};

describe('errorBodyOf', () => {
  it('maps the domain errors to their status with their problems', () => {
    expect(errorBodyOf(new ValidationFailedError([problem]))).toEqual({
      body: { statusCode: 400, code: 'validation-failed', message: expect.any(String), problems: [problem] },
      internal: false,
    });
    expect(errorBodyOf(new NotFoundError('site', 'a', 't')).body).toEqual({
      statusCode: 404,
      code: 'not-found',
      message: '@toile/api: site « a » introuvable dans « t »',
      problems: [],
    });
    expect(errorBodyOf(new ConflictError('déjà là')).body.statusCode).toBe(409);
    expect(
      errorBodyOf(new UnsupportedMediaTypeError('text/plain', ['application/json'])).body.statusCode,
    ).toBe(415);
    expect(errorBodyOf(new FormatError([problem])).body).toEqual(
      expect.objectContaining({ statusCode: 400, code: 'format-error', problems: [problem] }),
    );
  });

  it('keeps Nest HTTP exceptions and body-parser errors as client errors', () => {
    expect(errorBodyOf(new NotFoundException('Cannot GET /api/x')).body).toEqual({
      statusCode: 404,
      code: 'not-found',
      message: 'Cannot GET /api/x',
      problems: [],
    });
    expect(errorBodyOf(new BadRequestException(['a', 'b'])).body.message).toBe('a ; b');
    expect(errorBodyOf(new PayloadTooLargeException()).body.code).toBe('payload-too-large');
    const tooLarge = Object.assign(new Error('request entity too large'), {
      type: 'entity.too.large',
      status: 413,
    });
    expect(errorBodyOf(tooLarge)).toEqual({
      body: expect.objectContaining({ statusCode: 413, code: 'payload-too-large' }),
      internal: false,
    });
  });

  it('answers anything else as a 500 without detail, flagged internal', () => {
    for (const thrown of [
      new Error('SQLITE_ERROR: no such table: flows'),
      'a string',
      null,
      { stack: 'x' },
    ]) {
      expect(errorBodyOf(thrown)).toEqual({
        body: { statusCode: 500, code: 'internal-error', message: 'Erreur interne du serveur', problems: [] },
        internal: true,
      });
    }
  });
});
