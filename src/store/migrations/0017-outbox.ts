// Frozen in time: never edit after it lands; add a new numbered migration instead.
import type { Kysely } from 'kysely';
import { isPostgres } from '../dialect.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's table types
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  const bytes = isPostgres(db) ? 'bytea' : 'blob';
  // E-mail to be sent, written in the same transaction as what it announces (docs/adr/0020).
  // `message_id` is the RFC 5322 Message-ID, the same on every attempt, so a receiver can tell a
  // resend from a new message. `sending` with a lease marks an attempt that may have reached SMTP.
  await db.schema
    .createTable('outbox_message')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('message_id', 'text', (c) => c.notNull().unique())
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('reference_id', 'text')
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('to_address', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('text_body', 'text', (c) => c.notNull())
    .addColumn('html_body', 'text')
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('lease_owner', 'text')
    .addColumn('lease_until', 'text')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .execute();
  await db.schema
    .createIndex('outbox_message_reference')
    .on('outbox_message')
    .columns(['topic', 'reference_id'])
    .execute();

  // Files sent with a message (a receipt, later a decision letter), kept with it until it is sent.
  await db.schema
    .createTable('outbox_attachment')
    .addColumn('message_id', 'text', (c) =>
      c.notNull().references('outbox_message.id').onDelete('cascade'),
    )
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('content', bytes, (c) => c.notNull())
    .addPrimaryKeyConstraint('outbox_attachment_pk', ['message_id', 'position'])
    .execute();

  // What the in-process SMTP server of the embedded default received, parsed: the dev mailbox.
  // One row per Message-ID, so a message sent again after a crash is stored once.
  await db.schema
    .createTable('dev_mailbox')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('message_id', 'text', (c) => c.notNull().unique())
    .addColumn('topic', 'text')
    .addColumn('from_address', 'text', (c) => c.notNull())
    .addColumn('to_address', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('sent_date', 'text')
    .addColumn('text_body', 'text', (c) => c.notNull())
    .addColumn('html_body', 'text')
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('dev_mailbox_received')
    .on('dev_mailbox')
    .column('received_at')
    .execute();
  await db.schema
    .createTable('dev_mailbox_attachment')
    .addColumn('mailbox_id', 'text', (c) =>
      c.notNull().references('dev_mailbox.id').onDelete('cascade'),
    )
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('content', bytes, (c) => c.notNull())
    .addPrimaryKeyConstraint('dev_mailbox_attachment_pk', ['mailbox_id', 'position'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('dev_mailbox_attachment').execute();
  await db.schema.dropTable('dev_mailbox').execute();
  await db.schema.dropTable('outbox_attachment').execute();
  await db.schema.dropTable('outbox_message').execute();
}
