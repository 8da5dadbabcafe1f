/** evaluateFormalRules as a whole: the rule list, odd content, and which findings block. */
import { describe, expect, it } from 'vitest';
import seedCall from '../../../calls/kompetanseloft-industriklynger-2021/call.json' with { type: 'json' };
import { baseApplication } from '../../../test/cases/formal-rule-cases.js';
import { emptyApplicationContent } from '../application/application.js';
import { callRulesSchema } from '../call/call-schema.js';
import { parseCallDefinition } from '../call/parse-call-definition.js';
import {
  blockingFindings,
  evaluateFormalRules,
  formalRules,
  hasBlockingFindings,
  SHAPE_RULE_ID,
  type Finding,
} from './index.js';

const call = parseCallDefinition(seedCall, 'calls/kompetanseloft-industriklynger-2021/call.json');
const { institution, registeredCompanies } = baseApplication;

describe('evaluateFormalRules', () => {
  it('R1: every rule a call can set has a formal rule of the same name', () => {
    const ids = new Set(formalRules.map((rule) => rule.id));
    expect(ids.size).toBe(formalRules.length);
    for (const name of Object.keys(callRulesSchema.shape)) expect(ids, name).toContain(name);
  });

  it('R23: a new, empty application is blocked, with a reason for each requirement', () => {
    const findings = evaluateFormalRules({
      call,
      content: emptyApplicationContent(call),
      institution,
      registeredCompanies,
    });
    expect(hasBlockingFindings(findings)).toBe(true);
    const requirements = new Set(blockingFindings(findings).map((f) => f.requirementId));
    for (const id of [
      'R6',
      'R7',
      'R9',
      'R10',
      'R11',
      'R12',
      'R13',
      'R17',
      'R18',
      'R19',
      'R20',
      'R22',
    ]) {
      expect(requirements, id).toContain(id);
    }
  });

  it('R13: content of the wrong shape is reported at its field and read as empty', () => {
    const content = { ...baseApplication.content, project: { title: 42, startDate: '2021-11-01' } };
    const findings = evaluateFormalRules({ call, content, institution, registeredCompanies });
    expect(findings).toContainEqual(
      expect.objectContaining({ ruleId: SHAPE_RULE_ID, severity: 'error', path: 'project.title' }),
    );
    expect(findings).toContainEqual(
      expect.objectContaining({ ruleId: 'projectPeriod', path: 'project.startDate' }),
    );
  });

  it('R13: a section missing from the content is read as empty, not as an error of shape', () => {
    const { case: _omitted, ...content } = baseApplication.content;
    const findings = evaluateFormalRules({ call, content, institution, registeredCompanies });
    expect(findings.map((f) => f.ruleId)).not.toContain(SHAPE_RULE_ID);
    expect(findings.map((f) => f.path)).toContain('case.vulnerability');
  });

  it('R23: only errors block; warnings advise', () => {
    const finding = (severity: Finding['severity']): Finding => ({
      ruleId: 'x',
      requirementId: 'R14',
      severity,
      path: 'offerings',
      message: { nb: 'a', nn: 'a', en: 'a' },
      citation: { nb: 'b', nn: 'b', en: 'b' },
    });
    const warning = finding('warning');
    const error = finding('error');
    expect(hasBlockingFindings([warning])).toBe(false);
    expect(hasBlockingFindings([warning, error])).toBe(true);
    expect(blockingFindings([warning, error])).toEqual([error]);
  });
});
