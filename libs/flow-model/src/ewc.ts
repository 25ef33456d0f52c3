// The European List of Waste (2000/532/EC as amended by 2014/955/EU): 842 entries, look-up by code.
// Contains public sector information licensed under the Open Government Licence v3.0.

import { EWC_CHAPTER_TITLES, EWC_ROWS, EWC_SUBCHAPTER_TITLES } from './data/ewc-rows';

/** WM3 entry type: absolute hazardous/non-hazardous, mirror hazardous/non-hazardous. */
export type EwcEntryType = 'AH' | 'AN' | 'MH' | 'MN';

export interface EwcEntry {
  /** Six digits, e.g. `100105`. */
  readonly code: string;
  /** Official display form, with a star when hazardous, e.g. `10 01 05` or `16 01 04*`. */
  readonly display: string;
  readonly hazardous: boolean;
  readonly type: EwcEntryType;
  readonly description: string;
  readonly chapter: { readonly code: string; readonly title: string };
  readonly subChapter: { readonly code: string; readonly title: string };
  /** Codes of the other half of a mirror pair (hazardous/non-hazardous variants). */
  readonly mirrorPartners: readonly string[];
}

function displayOf(code: string, hazardous: boolean): string {
  return `${code.slice(0, 2)} ${code.slice(2, 4)} ${code.slice(4, 6)}${hazardous ? '*' : ''}`;
}

function toEntry(row: (typeof EWC_ROWS)[number]): EwcEntry {
  const [code, hazardous, type, description, partners] = row;
  const chapter = code.slice(0, 2);
  const subChapter = code.slice(0, 4);
  return Object.freeze({
    code,
    display: displayOf(code, hazardous === 1),
    hazardous: hazardous === 1,
    type: type as EwcEntryType,
    description,
    chapter: Object.freeze({ code: chapter, title: EWC_CHAPTER_TITLES[chapter] ?? '' }),
    subChapter: Object.freeze({ code: subChapter, title: EWC_SUBCHAPTER_TITLES[subChapter] ?? '' }),
    mirrorPartners: Object.freeze(partners === '' ? [] : partners.split(' ')),
  });
}

/** All 842 entries of the List of Waste, in the order of the official list. */
export const EWC_ENTRIES: readonly EwcEntry[] = Object.freeze(EWC_ROWS.map(toEntry));

const BY_CODE: ReadonlyMap<string, EwcEntry> = new Map(EWC_ENTRIES.map((e) => [e.code, e]));

/**
 * The six-digit form of an EWC code written `10 01 05`, `100105`, `10 01 05*` (any whitespace, optional
 * trailing star), or undefined when it is not six digits. Does not check that the code exists.
 */
export function normaliseEwcCode(input: unknown): string | undefined {
  if (typeof input !== 'string') return undefined;
  const compact = input.replace(/\s+/gu, '').replace(/\*$/u, '');
  return /^\d{6}$/u.test(compact) ? compact : undefined;
}

/**
 * The List of Waste entry for a code in any accepted form, or undefined. A star on a non-hazardous
 * code, or a missing star on a hazardous one, is tolerated: the hazardous flag comes from the list.
 */
export function lookupEwc(input: unknown): EwcEntry | undefined {
  const code = normaliseEwcCode(input);
  return code === undefined ? undefined : BY_CODE.get(code);
}
