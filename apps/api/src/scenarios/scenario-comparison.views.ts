// What `GET …/scenarios/compare` answers (response DTOs documented in OpenAPI): each run's id, parameters,
// scenario and totals, the differences, and the synergies gained, lost and changed.

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { FlowRef, SynergyKind } from '@toile/flow-model';
import { TotalsView } from '../follow-up/follow-up.views';
import type { MatchScenario } from './match-scenario';

export class ComparedRunView {
  @ApiProperty() runId!: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) parameters!: Record<string, unknown>;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: 'Variante du territoire' })
  scenario?: MatchScenario;
  @ApiProperty({ type: TotalsView }) totals!: TotalsView;
}

export class SynergyBriefView {
  @ApiProperty({ description: 'Clé stable' }) key!: string;
  @ApiProperty({ description: 'Id dans son calcul (s1…)' }) id!: string;
  @ApiProperty({ enum: ['substitution', 'mutualisation'] }) kind!: SynergyKind;
  @ApiProperty() resource!: string;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true }) supplier?: FlowRef;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true }) consumer?: FlowRef;
  @ApiPropertyOptional({ type: 'array', items: { type: 'object', additionalProperties: true } })
  members?: FlowRef[];
  @ApiProperty() quantity!: number;
  @ApiProperty() unit!: string;
  @ApiProperty() netValueEurPerYr!: number;
  @ApiProperty() co2AvoidedTPerYr!: number;
}

export class SynergyChangeView {
  @ApiProperty() key!: string;
  @ApiProperty({ type: SynergyBriefView }) base!: SynergyBriefView;
  @ApiProperty({ type: SynergyBriefView }) other!: SynergyBriefView;
  @ApiProperty() quantityDelta!: number;
  @ApiProperty() netValueEurPerYrDelta!: number;
  @ApiProperty() co2AvoidedTPerYrDelta!: number;
}

export class ParameterChangeView {
  @ApiProperty() name!: string;
  @ApiPropertyOptional({ description: 'Valeur dans le calcul de référence' }) base?: unknown;
  @ApiPropertyOptional({ description: 'Valeur dans le calcul comparé' }) other?: unknown;
}

export class ScenarioComparisonView {
  @ApiProperty() territoryId!: string;
  @ApiProperty({ type: ComparedRunView }) base!: ComparedRunView;
  @ApiProperty({ type: ComparedRunView }) other!: ComparedRunView;
  @ApiProperty({ type: TotalsView, description: 'Écart comparé − référence, par total' }) deltas!: TotalsView;
  @ApiProperty({ type: [ParameterChangeView] }) parameterChanges!: ParameterChangeView[];
  @ApiProperty({
    type: [SynergyBriefView],
    description: 'Synergies du calcul comparé absentes de la référence',
  })
  gained!: SynergyBriefView[];
  @ApiProperty({
    type: [SynergyBriefView],
    description: 'Synergies de la référence absentes du calcul comparé',
  })
  lost!: SynergyBriefView[];
  @ApiProperty({
    type: [SynergyChangeView],
    description: 'Synergies des deux calculs dont les chiffres changent',
  })
  changed!: SynergyChangeView[];
  @ApiProperty() unchangedCount!: number;
}
