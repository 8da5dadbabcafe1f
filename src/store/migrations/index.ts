import type { Migration, MigrationProvider } from 'kysely';
import * as m0001 from './0001-initial.js';
import * as m0002 from './0002-applications.js';
import * as m0003 from './0003-attachments.js';
import * as m0004 from './0004-invitations.js';
import * as m0005 from './0005-cases.js';
import * as m0006 from './0006-audit-pending.js';
import * as m0007 from './0007-case-search.js';
import * as m0009 from './0009-section-history.js';
import * as m0013 from './0013-virus-scan.js';
import * as m0014 from './0014-audit-checkpoints.js';
import * as m0015 from './0015-allocation.js';
import * as m0016 from './0016-institution-legal-track.js';
import * as m0017 from './0017-outbox.js';
import * as m0018 from './0018-decisions.js';
import * as m0019 from './0019-appeal-attachments.js';
import * as m0020 from './0020-journal.js';
import * as m0021 from './0021-privacy.js';
import * as m0022 from './0022-acceptance-payments.js';

/** Numbered migrations in order. Listed statically so they work from source, tests and bundles. */
const migrations: Record<string, Migration> = {
  '0001-initial': m0001,
  '0002-applications': m0002,
  '0003-attachments': m0003,
  '0004-invitations': m0004,
  '0005-cases': m0005,
  '0006-audit-pending': m0006,
  '0007-case-search': m0007,
  '0009-section-history': m0009,
  '0013-virus-scan': m0013,
  '0014-audit-checkpoints': m0014,
  '0015-allocation': m0015,
  '0016-institution-legal-track': m0016,
  '0017-outbox': m0017,
  '0018-decisions': m0018,
  '0019-appeal-attachments': m0019,
  '0020-journal': m0020,
  '0021-privacy': m0021,
  '0022-acceptance-payments': m0022,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(migrations),
};
