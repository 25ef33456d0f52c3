// Colours of the NACE Rev. 2 sections (A–U) for site nodes, with their French names.
// Every colour keeps a contrast of at least 3:1 against the page background (WCAG 1.4.11).

export const NACE_SECTION_COLORS: Readonly<Record<string, string>> = {
  A: '#2E7D32',
  B: '#6D4C41',
  C: '#1565C0',
  D: '#C62828',
  E: '#00796B',
  F: '#8D5524',
  G: '#7B1FA2',
  H: '#D84315',
  I: '#AD1457',
  J: '#283593',
  K: '#4E342E',
  L: '#558B2F',
  M: '#0277BD',
  N: '#5D4037',
  O: '#37474F',
  P: '#6A1B9A',
  Q: '#B71C1C',
  R: '#00695C',
  S: '#455A64',
  T: '#616161',
  U: '#424242',
};

export const UNKNOWN_SECTION_COLOR = '#6B6B6B';

export const NACE_SECTION_SHORT_LABELS_FR: Readonly<Record<string, string>> = {
  A: 'Agriculture, sylviculture et pêche',
  B: 'Industries extractives',
  C: 'Industrie manufacturière',
  D: 'Électricité, gaz, vapeur et air conditionné',
  E: 'Eau, assainissement, déchets et dépollution',
  F: 'Construction',
  G: 'Commerce ; réparation d’automobiles',
  H: 'Transports et entreposage',
  I: 'Hébergement et restauration',
  J: 'Information et communication',
  K: 'Activités financières et d’assurance',
  L: 'Activités immobilières',
  M: 'Activités spécialisées, scientifiques et techniques',
  N: 'Activités de services administratifs et de soutien',
  O: 'Administration publique',
  P: 'Enseignement',
  Q: 'Santé humaine et action sociale',
  R: 'Arts, spectacles et activités récréatives',
  S: 'Autres activités de services',
  T: 'Activités des ménages',
  U: 'Activités extra-territoriales',
};

export function naceSectionColor(section: string | undefined): string {
  return (section !== undefined && NACE_SECTION_COLORS[section.toUpperCase()]) || UNKNOWN_SECTION_COLOR;
}

export function naceSectionLabel(section: string | undefined): string {
  return (section !== undefined && NACE_SECTION_SHORT_LABELS_FR[section.toUpperCase()]) || 'Section inconnue';
}
