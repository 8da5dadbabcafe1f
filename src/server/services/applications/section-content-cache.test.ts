/** SectionContentCache: the same stored text gives the same parsed object; any other text, a new one. */
import { describe, expect, it } from 'vitest';
import seedCall from '../../../../calls/kompetanseloft-industriklynger-2021/call.json' with { type: 'json' };
import { parseCallDefinition } from '../../../domain/call/parse-call-definition.js';
import { SectionContentCache } from './section-content-cache.js';

const call = parseCallDefinition(seedCall, 'calls/kompetanseloft-industriklynger-2021/call.json');

describe('SectionContentCache', () => {
  it('parses a text once, and again when it differs by a single character', () => {
    const cache = new SectionContentCache();
    const project = { section_id: 'project', content: '{"title":"Tittel"}' };
    const rows = [project, { section_id: 'case', content: '{"effect":"Mer kompetanse"}' }];
    const first = cache.contentOf(call, 'a', rows);
    const again = cache.contentOf(
      call,
      'a',
      rows.map((r) => ({ ...r })),
    );
    expect(again.project).toBe(first.project);
    expect(again.case).toBe(first.case);
    const changed = cache.contentOf(call, 'a', [
      project,
      { section_id: 'case', content: '{"effect":"Mer kompetanse!"}' },
    ]);
    expect(changed.project).toBe(first.project);
    expect(changed.case).toEqual({ effect: 'Mer kompetanse!' });
  });

  it('keeps applications apart, and leaves out what the call does not have', () => {
    const cache = new SectionContentCache();
    const text = '{"title":"Tittel"}';
    const a = cache.contentOf(call, 'a', [{ section_id: 'project', content: text }]);
    const b = cache.contentOf(call, 'b', [
      { section_id: 'project', content: text },
      { section_id: 'no-such-section', content: '{}' },
    ]);
    expect(b.project).toEqual(a.project);
    expect(b.project).not.toBe(a.project);
    expect(Object.keys(b)).toEqual(['project']);
  });

  it('stays bounded: the section used longest ago is parsed afresh', () => {
    const cache = new SectionContentCache();
    const text = '{"title":"Tittel"}';
    const oldest = cache.contentOf(call, 'app-0', [{ section_id: 'project', content: text }]);
    const kept = cache.contentOf(call, 'app-1', [{ section_id: 'project', content: text }]);
    for (let i = 2; i < 5_001; i += 1)
      cache.contentOf(call, `app-${i}`, [{ section_id: 'project', content: text }]);
    // app-1 used again: it is now the newest.
    expect(cache.contentOf(call, 'app-1', [{ section_id: 'project', content: text }]).project).toBe(
      kept.project,
    );
    cache.contentOf(call, 'app-5001', [{ section_id: 'project', content: text }]);
    expect(
      cache.contentOf(call, 'app-0', [{ section_id: 'project', content: text }]).project,
    ).not.toBe(oldest.project);
    expect(cache.contentOf(call, 'app-1', [{ section_id: 'project', content: text }]).project).toBe(
      kept.project,
    );
  });
});
