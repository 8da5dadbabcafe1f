/**
 * Pure rules of the applicant's pages: which section a finding concerns, the status of a section in
 * the task list and budget totals. A conflict is merged by src/domain/application/section-merge.ts.
 */
import type { ApplicationView, CallFormView, Finding } from '../../api/types.js';

export type SectionStatus = 'not-started' | 'in-progress' | 'complete' | 'has-problems' | 'blocked';

/** `offerings.offerings[0].studiepoeng` → `offerings[0].studiepoeng` for section `offerings`. */
export function pathInSection(finding: Finding, sectionId: string): string | null {
  if (finding.path === sectionId) return '';
  const prefix = `${sectionId}.`;
  return finding.path.startsWith(prefix) ? finding.path.slice(prefix.length) : null;
}

export function findingsOfSection(findings: readonly Finding[], sectionId: string): Finding[] {
  return findings.filter((f) => pathInSection(f, sectionId) !== null);
}

/** The DOM id of the input for a path in a section: `offerings[0].studiepoeng` → `f-offerings-offerings-0-studiepoeng`. */
export function fieldIdOf(sectionId: string, path: string): string {
  const tail = path.replace(/\[(\d+)\]/g, '.$1').replace(/[^a-zA-Z0-9.-]/g, '');
  return ['f', sectionId, ...tail.split('.').filter(Boolean)].join('-');
}

/** True when the content has anything the applicant typed (an empty object or lists is nothing). */
export function hasContent(content: unknown): boolean {
  if (content === null || content === undefined || content === '') return false;
  if (Array.isArray(content)) return content.some(hasContent);
  if (typeof content === 'object') return Object.values(content).some(hasContent);
  return true;
}

export function sectionStatus(
  form: CallFormView,
  application: ApplicationView,
  sectionId: string,
): SectionStatus {
  const definition = form.sections.find((s) => s.id === sectionId);
  const state = application.sections.find((s) => s.id === sectionId);
  const started = hasContent(state?.content);
  if (
    !started &&
    definition &&
    blockingDependencies(application, definition.dependsOn).length > 0
  ) {
    return 'blocked';
  }
  if (!started) return 'not-started';
  const own = findingsOfSection(application.findings, sectionId);
  if (own.some((f) => f.severity === 'error')) return 'has-problems';
  return 'complete';
}

/** The sections a section depends on that are still empty. */
export function blockingDependencies(application: ApplicationView, dependsOn: string[]): string[] {
  return dependsOn.filter(
    (id) => !hasContent(application.sections.find((s) => s.id === id)?.content),
  );
}

export function blockingFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.severity === 'error');
}

export interface BudgetLine {
  id: string;
  category?: string;
  phase?: string;
  year?: number;
  amountNok?: number;
  description?: string;
  justification?: string;
}

export interface BudgetContent {
  lines: BudgetLine[];
  financing: { sourceId: string; amountNok: number }[];
}

export interface BudgetTotals {
  costs: number;
  financing: number;
  /** Financing minus costs: zero when balanced. */
  difference: number;
  byPhase: Map<string, number>;
  byYear: Map<number, number>;
  byCategory: Map<string, number>;
}

function addTo<K>(map: Map<K, number>, key: K | undefined, amount: number): void {
  if (key === undefined) return;
  map.set(key, (map.get(key) ?? 0) + amount);
}

export function totalBudget(budget: BudgetContent): BudgetTotals {
  const totals: BudgetTotals = {
    costs: 0,
    financing: 0,
    difference: 0,
    byPhase: new Map(),
    byYear: new Map(),
    byCategory: new Map(),
  };
  for (const line of budget.lines) {
    const amount = line.amountNok ?? 0;
    totals.costs += amount;
    addTo(totals.byPhase, line.phase, amount);
    addTo(totals.byYear, line.year, amount);
    addTo(totals.byCategory, line.category, amount);
  }
  totals.financing = budget.financing.reduce((sum, f) => sum + f.amountNok, 0);
  totals.difference = totals.financing - totals.costs;
  return totals;
}
