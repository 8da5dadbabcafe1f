import { describe, expect, it } from 'vitest';
import seedCall from '../../../calls/kompetanseloft-industriklynger-2021/call.json' with { type: 'json' };
import havbrukCall from '../../../test/fixtures/calls/etterutdanning-havbruk-2023/call.json' with { type: 'json' };
import { DEFAULT_DRAFT_RETENTION_DAYS } from '../call/call-retention-schema.js';
import { parseCallDefinition } from '../call/parse-call-definition.js';
import { draftRetentionEnds, draftsAreDue } from './draft-retention.js';

describe('draft retention', () => {
  it('R32: each call sets its own days after the deadline, counted in Oslo days', () => {
    const seed = parseCallDefinition(seedCall, 'seed');
    const havbruk = parseCallDefinition(havbrukCall, 'havbruk');
    expect(seed.retention.draftDays).toBe(90);
    expect(havbruk.retention.draftDays).toBe(30);
    // 15 Sept 2021 + 90 days = 14 Dec 2021, 00:00 Oslo (winter time, UTC+1).
    expect(draftRetentionEnds(seed).toISOString()).toBe('2021-12-13T23:00:00.000Z');
    // 1 Feb 2023 + 30 days = 3 March 2023, 00:00 Oslo.
    expect(draftRetentionEnds(havbruk).toISOString()).toBe('2023-03-02T23:00:00.000Z');
    expect(draftsAreDue(havbruk, new Date('2023-03-02T22:59:59.999Z'))).toBe(false);
    expect(draftsAreDue(havbruk, new Date('2023-03-02T23:00:00.000Z'))).toBe(true);
  });

  it('R32: a call that says nothing keeps drafts the default number of days', () => {
    const { retention: _, ...withoutRetention } = havbrukCall;
    expect(parseCallDefinition(withoutRetention, 'havbruk').retention.draftDays).toBe(
      DEFAULT_DRAFT_RETENTION_DAYS,
    );
  });
});
