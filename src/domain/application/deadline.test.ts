/** R3: the deadline is an Oslo wall time, whatever the season and the server's zone. */
import { describe, expect, it } from 'vitest';
import seedCall from '../../../calls/kompetanseloft-industriklynger-2021/call.json' with { type: 'json' };
import havbrukCall from '../../../test/fixtures/calls/etterutdanning-havbruk-2023/call.json' with { type: 'json' };
import { parseCallDefinition } from '../call/parse-call-definition.js';
import { isReceivedInTime } from './deadline.js';

describe('isReceivedInTime', () => {
  it('R3: 15 September 2021 17:00 in Oslo is 15:00 UTC (summer time); that instant is late', () => {
    const call = parseCallDefinition(seedCall, 'seed');
    expect(isReceivedInTime(call, new Date('2021-09-15T14:59:59.999Z'))).toBe(true);
    expect(isReceivedInTime(call, new Date('2021-09-15T15:00:00.000Z'))).toBe(false);
  });

  it('R3: a winter deadline (1 February 2023 12:00 in Oslo) is 11:00 UTC', () => {
    const call = parseCallDefinition(havbrukCall, 'havbruk');
    expect(isReceivedInTime(call, new Date('2023-02-01T10:59:59.999Z'))).toBe(true);
    expect(isReceivedInTime(call, new Date('2023-02-01T11:00:00.000Z'))).toBe(false);
  });
});
