// NACE Rev. 2 (Eurostat) and French NAF rév. 2 activity codes: look-up of a section, division, group or class.
// Content © European Union / Eurostat, reuse authorised with acknowledgement (Commission Decision 2011/833/EU).

import { NACE_ROWS } from './data/nace-rows';
import { NACE_SECTION_LABELS_FR } from './nace-sections-fr';

export type NaceLevel = 'section' | 'division' | 'group' | 'class';

export interface NaceEntry {
  /** Canonical NACE form: `C`, `17`, `17.1`, `17.12`. */
  readonly code: string;
  readonly level: NaceLevel;
  /** English label (Eurostat). */
  readonly label: string;
  /** Section letter, A–U. */
  readonly section: string;
  /** English label of the section (Eurostat, upper-case as published). */
  readonly sectionLabel: string;
  /** French label of the section (NAF rév. 2), e.g. `Industrie manufacturière`. */
  readonly sectionLabelFr: string;
  /** Two-digit division; absent for a section. */
  readonly division?: string;
}

const PARENT = new Map<string, string>(NACE_ROWS.map(([code, parent]) => [code, parent]));
const LABEL = new Map<string, string>(NACE_ROWS.map(([code, , label]) => [code, label]));

function levelOf(code: string): NaceLevel {
  if (/^[A-U]$/u.test(code)) return 'section';
  if (/^\d\d$/u.test(code)) return 'division';
  return /^\d\d\.\d$/u.test(code) ? 'group' : 'class';
}

function sectionOf(code: string): string {
  let current = code;
  while (!/^[A-U]$/u.test(current)) current = PARENT.get(current) ?? 'U';
  return current;
}

function toEntry(code: string): NaceEntry {
  const level = levelOf(code);
  const section = sectionOf(code);
  const entry: NaceEntry = {
    code,
    level,
    label: LABEL.get(code) ?? '',
    section,
    sectionLabel: LABEL.get(section) ?? '',
    sectionLabelFr: NACE_SECTION_LABELS_FR[section] ?? '',
    ...(level === 'section' ? {} : { division: code.slice(0, 2) }),
  };
  return Object.freeze(entry);
}

/** Every NACE Rev. 2 entry (21 sections, 88 divisions, 272 groups, 615 classes) in the source's order. */
export const NACE_ENTRIES: readonly NaceEntry[] = Object.freeze(NACE_ROWS.map(([code]) => toEntry(code)));

const BY_CODE: ReadonlyMap<string, NaceEntry> = new Map(NACE_ENTRIES.map((e) => [e.code, e]));

/**
 * The canonical NACE form of `17.12`, `1712`, NAF `17.12Z`, `17.1`, `171`, `17`, or a section letter `C`
 * (case and whitespace tolerated), or undefined when the text has none of these shapes.
 */
export function normaliseNaceCode(input: unknown): string | undefined {
  if (typeof input !== 'string') return undefined;
  const s = input.replace(/\s+/gu, '').toUpperCase();
  if (/^[A-U]$/u.test(s)) return s;
  const m = /^(\d\d)(?:\.?(\d)(\d)?)?([A-Z])?$/u.exec(s);
  if (m === null) return undefined;
  const [, division, group, klass, nafLetter] = m;
  if (nafLetter !== undefined && klass === undefined) return undefined;
  if (group === undefined) return division;
  return klass === undefined ? `${division}.${group}` : `${division}.${group}${klass}`;
}

/** The NACE entry for a code in any accepted form, or undefined when unknown. */
export function lookupNace(input: unknown): NaceEntry | undefined {
  const code = normaliseNaceCode(input);
  return code === undefined ? undefined : BY_CODE.get(code);
}

/** French label of a NACE section letter (A–U), or undefined. */
export function naceSectionLabelFr(section: string): string | undefined {
  return NACE_SECTION_LABELS_FR[section.toUpperCase()];
}
