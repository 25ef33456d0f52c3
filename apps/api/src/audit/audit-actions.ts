// The actions the audit log records, with their French labels (answered next to the codes).
// A new kind of change gets a new code here; a recorded code is never renamed.

export const AUDIT_ACTIONS = [
  'dataset.import',
  'site.create',
  'site.update',
  'site.delete',
  'flow.create',
  'flow.update',
  'flow.delete',
  'synergy.status',
  'territory.create',
  'territory.update',
  'territory.delete',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_ACTION_LABELS_FR: Readonly<Record<AuditAction, string>> = {
  'dataset.import': 'Import du jeu de données',
  'site.create': 'Ajout d’un site',
  'site.update': 'Modification d’un site',
  'site.delete': 'Suppression d’un site',
  'flow.create': 'Ajout d’un flux',
  'flow.update': 'Modification d’un flux',
  'flow.delete': 'Suppression d’un flux',
  'synergy.status': 'Étape du suivi d’une synergie',
  'territory.create': 'Création du territoire',
  'territory.update': 'Modification du territoire',
  'territory.delete': 'Suppression du territoire',
};

export const ACTOR_VIA_LABELS_FR: Readonly<Record<string, string>> = {
  token: 'session',
  'api-key': 'clé d’API',
  public: 'public',
  system: 'système',
};

export function isAuditAction(value: unknown): value is AuditAction {
  return typeof value === 'string' && (AUDIT_ACTIONS as readonly string[]).includes(value);
}
