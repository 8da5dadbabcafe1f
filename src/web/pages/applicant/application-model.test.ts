import { describe, expect, it } from 'vitest';
import type { Finding } from '../../api/types.js';
import { fieldIdOf, hasContent, pathInSection, totalBudget } from './application-model.js';

const finding = (path: string): Finding => ({
  ruleId: 'r',
  requirementId: 'R14',
  severity: 'error',
  path,
  message: { nb: '', nn: '', en: '' },
  citation: { nb: '', nn: '', en: '' },
});

describe('paths', () => {
  it('finds the path inside the section', () => {
    expect(pathInSection(finding('offerings.offerings[0].studiepoeng'), 'offerings')).toBe(
      'offerings[0].studiepoeng',
    );
    expect(pathInSection(finding('offerings-x.a'), 'offerings')).toBeNull();
    expect(pathInSection(finding('budget'), 'budget')).toBe('');
  });
  it('makes a DOM id from a path', () => {
    expect(fieldIdOf('offerings', 'offerings[0].studiepoeng')).toBe(
      'f-offerings-offerings-0-studiepoeng',
    );
    expect(fieldIdOf('project', 'title')).toBe('f-project-title');
  });
});

describe('hasContent', () => {
  it('treats empty lists and objects as not started', () => {
    expect(hasContent({ companies: [], cooperation: '' })).toBe(false);
    expect(hasContent(null)).toBe(false);
    expect(hasContent({ lines: [{ id: 'x' }] })).toBe(true);
  });
});

describe('totalBudget', () => {
  it('totals per phase, year and category and shows the difference', () => {
    const totals = totalBudget({
      lines: [
        { id: 'a', phase: 'development', year: 2021, category: 'personnel', amountNok: 100 },
        { id: 'b', phase: 'delivery', year: 2022, category: 'personnel', amountNok: 50 },
      ],
      financing: [{ sourceId: 'grant', amountNok: 120 }],
    });
    expect(totals.costs).toBe(150);
    expect(totals.difference).toBe(-30);
    expect(totals.byPhase.get('development')).toBe(100);
    expect(totals.byYear.get(2022)).toBe(50);
    expect(totals.byCategory.get('personnel')).toBe(150);
  });
});
