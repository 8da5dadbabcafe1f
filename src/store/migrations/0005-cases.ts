// Frozen in time: never edit after it lands; add a new numbered migration instead.
import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's table types
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  // One row per call whose intake has closed: written once, in the transaction that creates the
  // cases, so two processes never take in the same call twice.
  await db.schema
    .createTable('case_intake')
    .addColumn('call_id', 'text', (c) => c.primaryKey())
    .addColumn('closed_at', 'text', (c) => c.notNull())
    .addColumn('cases', 'integer', (c) => c.notNull())
    .addColumn('not_submitted', 'integer', (c) => c.notNull())
    .execute();

  // A case is the last submitted version of one application. The list columns are copied from the
  // snapshot at intake so the officer's list filters and sorts in the database, not in memory.
  await db.schema
    .createTable('case_file')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('call_id', 'text', (c) => c.notNull())
    .addColumn('case_number', 'text', (c) => c.notNull().unique())
    .addColumn('case_seq', 'integer', (c) => c.notNull())
    .addColumn('application_id', 'text', (c) => c.notNull().references('application.id'))
    .addColumn('submission_id', 'text', (c) => c.notNull().references('submission.id'))
    .addColumn('receipt_number', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('institution_orgnr', 'text', (c) => c.notNull())
    .addColumn('institution_name', 'text', (c) => c.notNull())
    .addColumn('county', 'text')
    .addColumn('grant_applied', 'bigint', (c) => c.notNull())
    .addColumn('companies', 'integer', (c) => c.notNull())
    .addColumn('participants', 'integer', (c) => c.notNull())
    .addColumn('findings', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('formal_result', 'text', (c) => c.notNull())
    .addColumn('disagreement', 'integer', (c) => c.notNull().defaultTo(0))
    /** Mean of the consensus scores, or of the submitted assessments' scores before consensus. */
    .addColumn('mean_score', 'real')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('case_file_application', ['call_id', 'application_id'])
    .addUniqueConstraint('case_file_seq', ['call_id', 'case_seq'])
    .execute();
  for (const column of [
    'status',
    'institution_name',
    'county',
    'grant_applied',
    'companies',
    'participants',
    'findings',
    'mean_score',
  ]) {
    await db.schema
      .createIndex(`case_file_${column}`)
      .on('case_file')
      .columns(['call_id', column])
      .execute();
  }

  // The formal check (R23): the rules run again on the submitted version at intake; the officer
  // confirms or overrules each finding, with a reason when overruling.
  await db.schema
    .createTable('case_finding')
    .addColumn('case_id', 'text', (c) => c.notNull().references('case_file.id').onDelete('cascade'))
    .addColumn('finding_key', 'text', (c) => c.notNull())
    .addColumn('finding', 'text', (c) => c.notNull())
    .addColumn('decision', 'text')
    .addColumn('reason', 'text')
    .addColumn('decided_by', 'text', (c) => c.references('app_user.id'))
    .addColumn('decided_at', 'text')
    .addPrimaryKeyConstraint('case_finding_pk', ['case_id', 'finding_key'])
    .execute();

  // Assessors' ties to organisations, checked against every case's parties (R26).
  await db.schema
    .createTable('assessor_affiliation')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
    .addColumn('orgnr', 'text', (c) => c.notNull())
    .addColumn('org_name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('assessor_affiliation_unique', ['user_id', 'orgnr', 'role'])
    .execute();

  await db.schema
    .createTable('case_assignment')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('case_file.id').onDelete('cascade'))
    .addColumn('assessor_user_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    /** JSON array of the conflicts found at assignment. */
    .addColumn('conflicts', 'text', (c) => c.notNull())
    .addColumn('override_reason', 'text')
    .addColumn('assigned_by', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('assigned_at', 'text', (c) => c.notNull())
    /** JSON of the § 6 declaration: the grounds that apply (empty: none) and an explanation. */
    .addColumn('declaration', 'text')
    .addColumn('declared_at', 'text')
    .addColumn('removed_at', 'text')
    .addColumn('removed_reason', 'text')
    .execute();
  await db.schema
    .createIndex('case_assignment_case')
    .on('case_assignment')
    .column('case_id')
    .execute();
  await db.schema
    .createIndex('case_assignment_assessor')
    .on('case_assignment')
    .column('assessor_user_id')
    .execute();

  await db.schema
    .createTable('assessment')
    .addColumn('assignment_id', 'text', (c) =>
      c.primaryKey().references('case_assignment.id').onDelete('cascade'),
    )
    .addColumn('case_id', 'text', (c) => c.notNull().references('case_file.id').onDelete('cascade'))
    .addColumn('assessor_user_id', 'text', (c) => c.notNull().references('app_user.id'))
    /** JSON: { scores: { [criterionId]: { score, justification } }, holistic: { … } }. */
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'text')
    .addColumn('reopened_at', 'text')
    .addColumn('reopened_by', 'text', (c) => c.references('app_user.id'))
    .addColumn('reopen_reason', 'text')
    .execute();
  await db.schema.createIndex('assessment_case').on('assessment').column('case_id').execute();

  await db.schema
    .createTable('case_consensus')
    .addColumn('case_id', 'text', (c) =>
      c.primaryKey().references('case_file.id').onDelete('cascade'),
    )
    /** JSON: { scores: { [criterionId]: { score, text } }, conclusion: { … }, dissent }. */
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('case_counter')
    .addColumn('call_id', 'text', (c) => c.primaryKey())
    .addColumn('last_seq', 'integer', (c) => c.notNull())
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of [
    'case_counter',
    'case_consensus',
    'assessment',
    'case_assignment',
    'assessor_affiliation',
    'case_finding',
    'case_file',
    'case_intake',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
