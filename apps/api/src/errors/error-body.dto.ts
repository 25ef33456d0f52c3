// The error answer as documented in OpenAPI: { statusCode, code, message, problems[] }.
// Mirrors ErrorBody (error-body.ts) and flow-model's Problem.

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class ProblemDto {
  @ApiProperty({ description: 'Chemin JSON, p. ex. `$.flows[3].unit`', example: '$.flows[3].unit' })
  path!: string;

  @ApiPropertyOptional({ description: 'La valeur en cause' })
  value?: unknown;

  @ApiProperty({ description: 'Pourquoi', example: 'unit "t/an" is not a known unit' })
  reason!: string;

  @ApiProperty({ description: 'Code stable', example: 'unknown-unit' })
  code!: string;

  @ApiPropertyOptional({
    description: 'Pour un fichier importé : d’où vient la ligne (feuille ou fichier CSV et ligne)',
    example: 'flows:row 5',
  })
  location?: string;
}

export class ErrorBodyDto {
  @ApiProperty({ example: 400 })
  statusCode!: number;

  @ApiProperty({ description: 'Code stable de l’erreur', example: 'validation-failed' })
  code!: string;

  @ApiProperty({ example: '@toile/api: données invalides, 2 problème(s)' })
  message!: string;

  @ApiProperty({ type: [ProblemDto] })
  problems!: ProblemDto[];
}
