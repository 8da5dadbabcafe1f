/**
 * Checks across fields of a call definition that no single field's schema can see: unique ids,
 * references that resolve, dates in order. They run only once every field has the right shape.
 */
import type { z } from 'zod';
import { osloWallTimeToInstant } from '../time/oslo.js';
import type { callDefinitionObjectSchema } from './call-schema.js';

type CallShape = z.output<typeof callDefinitionObjectSchema>;
type Path = (string | number)[];
type Report = (path: Path, message: string) => void;

interface IssueSink {
  addIssue(issue: { code: 'custom'; message: string; path: Path }): void;
}

export function checkCallConsistency(call: CallShape, ctx: IssueSink): void {
  const report: Report = (path, message) => ctx.addIssue({ code: 'custom', message, path });
  checkUniqueIds(call, report);
  checkSectionReferences(call, report);
  checkRuleReferences(call, report);
  checkDateOrder(call, report);
  checkAssessment(call, report);
  checkBudget(call, report);
  checkAllocation(call, report);
}

function checkUniqueIds(call: CallShape, report: Report): void {
  const lists: [string, Path, { id: string; kind?: string }[], 'id' | 'kind'][] = [
    ['section id', ['sections'], call.sections, 'id'],
    ['section kind', ['sections'], call.sections, 'kind'],
    ['criterion id', ['criteria'], call.criteria, 'id'],
    ['cost category id', ['costCategories'], call.costCategories, 'id'],
    ['attachment kind id', ['attachmentKinds'], call.attachmentKinds, 'id'],
    ['budget phase id', ['budget', 'phases'], call.budget.phases, 'id'],
    ['financing source id', ['budget', 'financingSources'], call.budget.financingSources, 'id'],
    ['reporting duty id', ['reporting', 'duties'], call.reporting.duties, 'id'],
  ];
  for (const [what, listPath, items, field] of lists) {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      const value = item[field] ?? '';
      if (seen.has(value)) report([...listPath, index, field], `duplicate ${what} "${value}"`);
      seen.add(value);
    });
  }
  const languages = new Set<string>();
  call.languages.forEach((language, index) => {
    if (languages.has(language)) report(['languages', index], `duplicate language "${language}"`);
    languages.add(language);
  });
}

function checkSectionReferences(call: CallShape, report: Report): void {
  const order = new Map<string, number>();
  call.sections.forEach((section, index) => {
    if (!order.has(section.id)) order.set(section.id, index);
  });
  call.sections.forEach((section, index) => {
    section.dependsOn?.forEach((dependency, depIndex) => {
      const path = ['sections', index, 'dependsOn', depIndex];
      const at = order.get(dependency);
      if (at === undefined) report(path, `unknown section "${dependency}"`);
      // Requiring earlier sections keeps the task list in order and makes cycles impossible.
      else if (at >= index)
        report(path, `section "${dependency}" must come before "${section.id}"`);
    });
  });
  if (call.rules.progressPlanRequired && !call.sections.some((s) => s.kind === 'progress-plan')) {
    report(['rules', 'progressPlanRequired'], 'needs a section of kind "progress-plan"');
  }
}

function checkRuleReferences(call: CallShape, report: Report): void {
  const agreement = call.rules.signedAgreementRequired;
  if (agreement && !call.attachmentKinds.some((kind) => kind.id === agreement.attachmentKind)) {
    report(
      ['rules', 'signedAgreementRequired', 'attachmentKind'],
      `unknown attachment kind "${agreement.attachmentKind}"`,
    );
  }
  if (agreement && !call.sections.some((s) => s.kind === 'attachments')) {
    report(['rules', 'signedAgreementRequired'], 'needs a section of kind "attachments"');
  }
  const codes = call.rules.companyIndustryCodes;
  if (codes && codes.sn2007DivisionFrom > codes.sn2007DivisionTo) {
    report(
      ['rules', 'companyIndustryCodes', 'sn2007DivisionTo'],
      'sn2007DivisionTo must not be below sn2007DivisionFrom',
    );
  }
}

function checkDateOrder(call: CallShape, report: Report): void {
  const { dates } = call;
  const published = osloWallTimeToInstant(dates.pagePublished).getTime();
  const opens = osloWallTimeToInstant(dates.formOpens).getTime();
  const deadline = osloWallTimeToInstant(dates.deadline).getTime();
  if (opens < published) {
    report(['dates', 'formOpens'], 'formOpens must not be before pagePublished');
  }
  if (deadline <= opens) report(['dates', 'deadline'], 'deadline must be after formOpens');
  // Plain YYYY-MM-DD strings sort as the dates they name.
  if (dates.projectEndLatest < dates.projectStartLatest) {
    report(['dates', 'projectEndLatest'], 'projectEndLatest must not be before projectStartLatest');
  }
}

function checkAssessment(call: CallShape, report: Report): void {
  const { scale } = call;
  if (scale.max <= scale.min) report(['scale', 'max'], 'max must be above min');
  else if (call.disagreementThreshold > scale.max - scale.min) {
    report(
      ['disagreementThreshold'],
      `must be at most ${scale.max - scale.min}, the width of the scale`,
    );
  }
}

function checkBudget(call: CallShape, report: Report): void {
  call.costCategories.forEach((category, index) => {
    if (category.status === 'conditional' && !category.condition) {
      report(['costCategories', index, 'condition'], 'required when status is "conditional"');
    }
  });
  const kinds = call.budget.financingSources.map((source) => source.kind);
  const grants = kinds.filter((kind) => kind === 'grant').length;
  if (grants !== 1) {
    report(
      ['budget', 'financingSources'],
      `needs exactly one source of kind "grant", found ${grants}`,
    );
  }
  if (kinds.filter((kind) => kind === 'own-contribution').length > 1) {
    report(['budget', 'financingSources'], 'at most one source of kind "own-contribution"');
  }
  if (call.rules.ownContributionShown && !kinds.includes('own-contribution')) {
    report(
      ['rules', 'ownContributionShown'],
      'needs a financing source of kind "own-contribution"',
    );
  }
}

/**
 * The selection method reads as the call says it: the holistic judgement ranks first (R25), a
 * lottery can only come last (nothing after it could ever apply), and a limit pair is in order.
 */
function checkAllocation(call: CallShape, report: Report): void {
  const { rankBy, limits } = call.allocation;
  if (rankBy[0]?.key !== 'holistic') {
    report(['allocation', 'rankBy', 0], 'the first ranking key must be "holistic"');
  }
  rankBy.forEach((key, index) => {
    if (key.key === 'lottery' && index !== rankBy.length - 1) {
      report(['allocation', 'rankBy', index], 'a lottery must be the last ranking key');
    }
    if (rankBy.findIndex((other) => other.key === key.key) !== index) {
      report(['allocation', 'rankBy', index], `duplicate ranking key "${key.key}"`);
    }
  });
  if (limits.minGrantNok !== undefined && limits.maxGrantNok !== undefined) {
    if (limits.minGrantNok > limits.maxGrantNok) {
      report(['allocation', 'limits', 'minGrantNok'], 'must not exceed maxGrantNok');
    }
  }
}
