// Every migration of the API, listed explicitly in the order they run (no glob, so the build and the tests agree).
// A new migration is a new file here with a later timestamp; a released migration is never edited.

import { CreateAuditEntries1796000000000 } from '../../audit/1796000000000-create-audit-entries';
import { CreateAccounts1795950000000 } from '../../auth/1795950000000-create-accounts';
import { CreateSynergyStatusEvents1795900000000 } from '../../follow-up/1795900000000-create-synergy-status-events';
import { CreateMatchRuns1795868887867 } from '../../match-runs/1795868887867-create-match-runs';
import { AddMatchRunScenario1795900000001 } from '../../scenarios/1795900000001-add-match-run-scenario';
import { CreateDatasets1795860000000 } from './1795860000000-create-datasets';

export const MIGRATIONS = [
  CreateDatasets1795860000000,
  CreateMatchRuns1795868887867,
  CreateSynergyStatusEvents1795900000000,
  AddMatchRunScenario1795900000001,
  CreateAccounts1795950000000,
  CreateAuditEntries1796000000000,
];
