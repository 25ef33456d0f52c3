// Resource families as the viewer shows them (heat, steam, hydrogen, water, materials, energy):
// the mapping from the resource vocabulary, their colours (Okabe–Ito, colour-blind safe) and French names.

export const DISPLAY_FAMILIES = ['heat', 'steam', 'hydrogen', 'water', 'materials', 'energy'] as const;
export type DisplayFamily = (typeof DISPLAY_FAMILIES)[number];

export const FAMILY_COLORS: Readonly<Record<DisplayFamily, string>> = {
  heat: '#D55E00',
  steam: '#CC79A7',
  hydrogen: '#0072B2',
  water: '#56B4E9',
  materials: '#8C6D31',
  energy: '#E69F00',
};

export const FAMILY_LABELS_FR: Readonly<Record<DisplayFamily, string>> = {
  heat: 'Chaleur et froid',
  steam: 'Vapeur',
  hydrogen: 'Hydrogène',
  water: 'Eau',
  materials: 'Matières',
  energy: 'Énergie et gaz',
};

const ENERGY_FAMILIES: ReadonlySet<string> = new Set(['energy', 'fuel', 'gas']);

/** The display family of a resource key and its vocabulary family (`resources.csv`). */
export function displayFamily(resource: string | undefined, family: string | undefined): DisplayFamily {
  if (resource === 'steam') return 'steam';
  if (resource === 'hydrogen') return 'hydrogen';
  if (family === 'heat' || resource === 'heat' || resource === 'cold') return 'heat';
  if (family === 'water' || (resource !== undefined && resource.startsWith('water'))) return 'water';
  if (family !== undefined && ENERGY_FAMILIES.has(family)) return 'energy';
  return 'materials';
}
