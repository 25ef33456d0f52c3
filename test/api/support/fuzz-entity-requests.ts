// Malformed write requests on the entities of a stored territory: sites and flows (POST, PATCH), territories
// (POST, PATCH), match runs (POST with bad parameters, pins, scenario) and follow-up statuses. All must be refused.

import fc from 'fast-check';
import { PARAMETER_SPECS } from '@toile/matcher';
import { jsonCase, type FuzzCase, type FuzzTarget } from './fuzz-case';
import { breakField, FLOW_FIELDS, type ObjectEdit, SITE_FIELDS, TERRITORY_FIELDS } from './fuzz-fields';
import {
  junkString,
  notBoolean,
  notNumber,
  notObject,
  notString,
  protoEntry,
  withOwnKey,
} from './fuzz-values';

type Body = Record<string, unknown>;

/** Harmless-looking extras (prototype keys, unicode), kept only next to a breaking edit. */
const noise: fc.Arbitrary<ObjectEdit> = fc.oneof(
  protoEntry.map(([key, value]): ObjectEdit => (body) => {
    withOwnKey(body, key, value);
    return `own ${key}`;
  }),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).map((text): ObjectEdit => (body) => {
    body.note = text;
    return 'unicode note';
  }),
);

const unknownKey: fc.Arbitrary<ObjectEdit> = fc
  .tuple(junkString, notString)
  .map(([key, value]): ObjectEdit => (body) => {
    withOwnKey(body, `inconnu-${key}`, value);
    return 'unknown key';
  });

/** A body built from `base` with 1–3 breaking edits and 0–2 noise edits; or a body that is not an object. */
function brokenBody(
  base: Body,
  breaking: fc.Arbitrary<ObjectEdit>,
): fc.Arbitrary<{ body: unknown; label: string }> {
  const edited = fc
    .tuple(fc.array(noise, { maxLength: 2 }), fc.array(breaking, { minLength: 1, maxLength: 3 }))
    .map(([extras, breaks]) => {
      const body: Body = { ...base };
      const labels = [...extras, ...breaks].map((edit) => edit(body));
      return { body: body as unknown, label: labels.join(', ') };
    });
  const notAnObject = notObject.map((body) => ({ body, label: 'body not an object' }));
  return fc.oneof({ arbitrary: edited, weight: 9 }, { arbitrary: notAnObject, weight: 1 });
}

const idTaken = (id: string): fc.Arbitrary<ObjectEdit> =>
  fc.constant((body: Body) => {
    body.id = id;
    return 'id already taken';
  });

export function siteRequests(target: FuzzTarget): fc.Arbitrary<FuzzCase> {
  const base = `/api/territories/${target.territoryId}/sites`;
  const site: Body = { id: 'site-fuzz', name: 'Site fuzz', lat: 49.1, lon: 1.1, zoneId: target.zoneIds[0] };
  const post = brokenBody(
    site,
    fc.oneof(breakField(SITE_FIELDS, true), idTaken(target.siteIds[0]), unknownKey),
  ).map(({ body, label }) => jsonCase('sites', `POST ${label}`, 'post', base, body));
  const patchFields = SITE_FIELDS.filter((spec) => spec.name !== 'id');
  const patch = fc
    .tuple(
      fc.constantFrom(...target.siteIds),
      brokenBody({}, fc.oneof(breakField(patchFields, false), idTaken('autre-id'), unknownKey)),
    )
    .map(([siteId, { body, label }]) =>
      jsonCase('sites', `PATCH ${label}`, 'patch', `${base}/${siteId}`, body),
    );
  return fc.oneof(post, patch);
}

export function flowRequests(target: FuzzTarget): fc.Arbitrary<FuzzCase> {
  const base = `/api/territories/${target.territoryId}/flows`;
  const flow: Body = {
    id: 'flux-fuzz',
    siteId: target.siteIds[0],
    direction: 'output',
    resource: 'gypsum',
    quantity: 10,
    unit: 't/yr',
  };
  const post = brokenBody(
    flow,
    fc.oneof(breakField(FLOW_FIELDS, true), idTaken(target.flowIds[0]), unknownKey),
  ).map(({ body, label }) => jsonCase('flows', `POST ${label}`, 'post', base, body));
  const patchFields = FLOW_FIELDS.filter((spec) => spec.name !== 'id');
  const patch = fc
    .tuple(
      fc.constantFrom(...target.flowIds),
      brokenBody({}, fc.oneof(breakField(patchFields, false), idTaken('autre-id'), unknownKey)),
    )
    .map(([flowId, { body, label }]) =>
      jsonCase('flows', `PATCH ${label}`, 'patch', `${base}/${flowId}`, body),
    );
  return fc.oneof(post, patch);
}

export function territoryRequests(target: FuzzTarget): fc.Arbitrary<FuzzCase> {
  const post = brokenBody(
    { id: 'territoire-fuzz', name: 'Territoire fuzz' },
    fc.oneof(breakField(TERRITORY_FIELDS, true), idTaken(target.territoryId), unknownKey),
  ).map(({ body, label }) => jsonCase('territories', `POST ${label}`, 'post', '/api/territories', body));
  const patch = brokenBody(
    {},
    fc.oneof(
      notBoolean.map(
        (value): ObjectEdit =>
          (body) => ((body.publicPage = value), 'publicPage bad'),
      ),
      unknownKey,
    ),
  ).map(({ body, label }) =>
    jsonCase('territories', `PATCH ${label}`, 'patch', `/api/territories/${target.territoryId}`, body),
  );
  return fc.oneof(post, patch);
}

const SPEC_ENTRIES = Object.entries(
  PARAMETER_SPECS as Record<string, { default: unknown; min?: number; max?: number }>,
);

/** A parameter set with at least one unknown name, wrong type or out-of-range value. */
const badParameters: fc.Arbitrary<unknown> = fc.oneof(
  notObject.filter((v) => v !== null),
  fc
    .tuple(
      fc.constantFrom(...SPEC_ENTRIES),
      fc.oneof(
        notNumber.filter((v) => v !== null),
        fc.constantFrom(-1e9, 1e12, -0.5, new Array(3).fill(1)),
      ),
    )
    .filter(([[, spec], value]) => {
      if (typeof value !== 'number') return typeof spec.default === 'number' || typeof value !== 'boolean';
      return (spec.min !== undefined && value < spec.min) || (spec.max !== undefined && value > spec.max);
    })
    .map(([[name], value]) => ({ [name]: value })),
  fc
    .tuple(
      fc.oneof(junkString, fc.constantFrom('__proto__', 'constructor', 'toString', 'prototype')),
      fc.double(),
    )
    .filter(([name]) => !Object.prototype.hasOwnProperty.call(PARAMETER_SPECS, name))
    // Names of Object.prototype (toString, __proto__…) are accepted today: a known finding, tested on its own.
    .filter(([name]) => !(name in {}) && name !== 'prototype')
    .map(([name, value]) => withOwnKey({}, name, value)),
);

const badPin = fc.oneof(
  notObject,
  fc.record({
    supplyFlowId: fc.oneof(notString, fc.constant('')),
    demandFlowId: fc.string(),
    pin: fc.constantFrom('required'),
  }),
  fc.record({ supplyFlowId: fc.string(), demandFlowId: fc.string(), pin: fc.oneof(junkString, notString) }),
  fc.constant({ supplyFlowId: 'a' }),
);

const badScenario = fc.oneof(
  notObject.filter((v) => v !== null),
  notString.filter((v) => v !== null).map((label) => ({ label })),
  fc
    .oneof(
      notObject.filter((v) => v !== null && !Array.isArray(v)),
      fc.constant([1, null]),
    )
    .map((ids) => ({
      withoutSiteIds: ids,
    })),
  fc.constantFrom(
    { extraDataset: 'x' },
    { extraDataset: { sites: 'x' } },
    { extraDataset: { flows: [1] } },
    { inconnu: 1 },
  ),
);

export function matchRunRequests(target: FuzzTarget): fc.Arbitrary<FuzzCase> {
  const path = `/api/territories/${target.territoryId}/match-runs`;
  const body = fc.oneof(
    badParameters.map((parameters) => ({ body: { parameters }, label: 'parameters' })),
    fc.array(badPin, { minLength: 1, maxLength: 3 }).map((pins) => ({ body: { pins }, label: 'pins' })),
    notObject
      .filter((v) => v !== null && !Array.isArray(v))
      .map((pins) => ({ body: { pins }, label: 'pins not a list' })),
    badScenario.map((scenario) => ({ body: { scenario }, label: 'scenario' })),
    unknownKey.map((edit) => {
      const b: Body = {};
      return { body: b, label: edit(b) };
    }),
    notObject.filter((v) => v !== null).map((b) => ({ body: b, label: 'body not an object' })),
  );
  return body.map(({ body: b, label }) => jsonCase('match-runs', label, 'post', path, b));
}

export function followUpRequests(target: FuzzTarget): fc.Arbitrary<FuzzCase> {
  const path = `/api/territories/${target.territoryId}/synergies/${encodeURIComponent(target.synergyKey)}/status`;
  const body = brokenBody(
    { status: 'contacted' },
    fc.oneof(
      fc.oneof(notString, fc.constantFrom('done', 'CONTACTED', '')).map(
        (v): ObjectEdit =>
          (b) => ((b.status = v), 'status bad'),
      ),
      fc
        .oneof(
          notString.filter((v) => v !== null),
          fc.constant('x'.repeat(2001)),
        )
        .map(
          (v): ObjectEdit =>
            (b) => ((b.reason = v), 'reason bad'),
        ),
      fc
        .oneof(
          notString.filter((v) => v !== null),
          fc.constantFrom('hier', '2026-13-45', '2026-02-30T25:00:00Z', ''),
        )
        .map(
          (v): ObjectEdit =>
            (b) => ((b.at = v), 'at bad'),
        ),
      unknownKey,
    ),
  );
  return body.map(({ body: b, label }) => jsonCase('follow-up', label, 'post', path, b));
}
