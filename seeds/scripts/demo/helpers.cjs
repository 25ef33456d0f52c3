// Helpers of the demo-territory generator: Luhn-valid fictional SIRETs, monthly profiles, flow builders.
// Deterministic: every number comes from the tables, nothing is random.

/** Luhn check digit of a digit string (the digit to append so the whole string passes Luhn). */
function luhnCheckDigit(payload) {
  let sum = 0;
  for (let i = 0; i < payload.length; i++) {
    let digit = Number(payload[payload.length - 1 - i]);
    if (i % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return String((10 - (sum % 10)) % 10);
}

/**
 * A fictional SIRET for the n-th site: an 8-digit SIREN body (from n), its Luhn key, a NIC `0001` and the
 * SIRET's own Luhn key. Any coincidence with a real establishment is accidental.
 */
function fictionalSiret(n) {
  const body = String(39000000 + n * 104729).padStart(8, '0');
  const siren = body + luhnCheckDigit(body);
  const payload = siren + '0001';
  return payload + luhnCheckDigit(payload);
}

/** Turns integer weights into 12 shares summing to 1 (3 decimals, the last share absorbs rounding). */
function profile(weights) {
  const total = weights.reduce((a, b) => a + b, 0);
  const shares = weights.map((w) => Math.round((w / total) * 1000) / 1000);
  const head = shares.slice(0, 11).reduce((a, b) => a + b, 0);
  shares[11] = Math.round((1 - head) * 1000) / 1000;
  return shares;
}

/** Monthly profiles, January first. */
const MONTHS = {
  /** Space heating (greenhouse, district heating): high in winter, low in summer. */
  winter: profile([16, 14, 12, 8, 5, 3, 2, 2, 4, 8, 12, 14]),
  /** Greenhouse CO2 enrichment: spring and summer, when vents are closed less and growth is strong. */
  summer: profile([3, 5, 8, 10, 12, 12, 12, 12, 10, 7, 5, 4]),
  /** Sugar-beet campaign: mid-September to January. */
  beetCampaign: profile([8, 0, 0, 0, 0, 0, 0, 0, 6, 16, 16, 14]),
  /** Vegetable / oilseed processing campaign in late summer and autumn. */
  autumn: profile([2, 2, 2, 2, 3, 5, 8, 14, 18, 18, 16, 10]),
  /** Brewing: beer demand peaks in summer. */
  brewing: profile([6, 6, 7, 8, 10, 11, 12, 12, 8, 7, 6, 7]),
};

/** Collects sites and flows; ids are `${siteId}-${key}`. */
function createBuilder() {
  const sites = [];
  const flows = [];
  const siteIds = new Set();

  function site(id, name, nace, zoneId, lat, lon, extra = {}) {
    if (siteIds.has(id)) throw new Error(`duplicate site ${id}`);
    siteIds.add(id);
    sites.push({ id, name, siret: fictionalSiret(sites.length + 1), nace, lat, lon, zoneId, ...extra });
  }

  function flow(direction, siteId, key, spec) {
    if (!siteIds.has(siteId)) throw new Error(`flow ${key}: unknown site ${siteId}`);
    const f = { id: `${siteId}-${key}`, siteId, direction };
    if (spec.resource) f.resource = spec.resource;
    if (spec.ewc) f.ewc = spec.ewc;
    f.quantity = spec.q;
    f.unit = spec.unit;
    const optional = [
      ['hours', 'hoursPerYear'],
      ['T', 'temperatureC'],
      ['P', 'pressureBar'],
      ['purity', 'purityPct'],
      ['dm', 'dryMatterPct'],
      ['moisture', 'moisturePct'],
    ];
    for (const [from, to] of optional) if (spec[from] !== undefined) f[to] = spec[from];
    if (spec.price) f.price = { value: spec.price[0], unit: spec.price[1] };
    if (spec.months) f.months = MONTHS[spec.months];
    if (spec.accepts) f.acceptsEwc = spec.accepts;
    if (spec.conf) f.confidentiality = spec.conf;
    if (spec.note) f.note = spec.note;
    flows.push(f);
  }

  return {
    site,
    out: (siteId, key, spec) => flow('output', siteId, key, spec),
    inp: (siteId, key, spec) => flow('input', siteId, key, spec),
    sites,
    flows,
  };
}

module.exports = { luhnCheckDigit, fictionalSiret, profile, MONTHS, createBuilder };
