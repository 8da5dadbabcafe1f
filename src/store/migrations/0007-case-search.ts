// Frozen in time: never edit after it lands; add a new numbered migration instead.
import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's table types
type AnyDb = Kysely<any>;

// A copy of caseSearchText in src/domain/cases/case-facts.ts as it was when this migration landed.
function caseSearchText(row: {
  case_number: string;
  receipt_number: string;
  title: string;
  institution_name: string;
}): string {
  return [row.case_number, row.receipt_number, row.title, row.institution_name]
    .join('\n')
    .toLocaleLowerCase('nb');
}

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .alterTable('case_file')
    .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  const rows = (await db
    .selectFrom('case_file')
    .select(['id', 'case_number', 'receipt_number', 'title', 'institution_name'])
    .execute()) as {
    id: string;
    case_number: string;
    receipt_number: string;
    title: string;
    institution_name: string;
  }[];
  for (const row of rows) {
    await db
      .updateTable('case_file')
      .set({ search_text: caseSearchText(row) })
      .where('id', '=', row.id)
      .execute();
  }
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.alterTable('case_file').dropColumn('search_text').execute();
}
