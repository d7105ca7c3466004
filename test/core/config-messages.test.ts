import { expect } from '@open-wc/testing';
import { describeProblems, formatProblems } from '../../src/core/config-messages.js';
import { validateConfig } from '../../src/core/config-rules.js';

const messagesOf = (input: unknown) => {
  const found = validateConfig(input);
  return { errors: describeProblems(found.errors), warnings: describeProblems(found.warnings) };
};

describe('core/config-messages', () => {
  it('the rules report a rule and the value found, with no words; the words come from the messages', () => {
    const found = validateConfig({ revision: 'one', categories: {} });
    expect(found.ok).to.equal(false);
    expect(found.errors).to.deep.equal([{ path: 'revision', rule: 'positiveInteger', value: 'one' }]);
    expect(JSON.stringify(found)).not.to.contain('expected');
    expect(describeProblems(found.errors)).to.deep.equal([{ path: 'revision', message: 'expected a whole number of 1 or more, got the string "one"' }]);
  });

  it('a field that is not there is "missing"; a hole inside a list the config gave is "got undefined"', () => {
    // Only a JavaScript caller (the npm entry's parseConfig) can put undefined inside a list.
    const { errors } = messagesOf({ categories: { analytics: {} }, googleConsentMode: { mapping: { analytics: [undefined] }, region: [undefined] } });
    expect(errors.map((problem) => problem.path)).to.deep.equal(['revision', 'googleConsentMode.mapping.analytics[0]', 'googleConsentMode.region[0]']);
    expect(errors[0]!.message).to.equal('missing: add it, expected a whole number of 1 or more');
    expect(errors[1]!.message).to.match(/^expected one of "ad_storage", .*"personalization_storage", got undefined$/);
    expect(errors[2]!.message).to.match(/^expected ISO 3166 codes like "DE" or "ES-MD", got undefined$/);
  });

  it('an object or a function given from JavaScript is named, not printed', () => {
    const { errors } = messagesOf({ owner: { name: 'A' }, policyUrl: () => '/privacy', revision: 1, categories: { analytics: {} } });
    expect(errors.map((problem) => [problem.path, problem.message])).to.deep.equal([
      ['owner', 'expected a string, got an object'],
      ['policyUrl', 'expected a string, got a function'],
    ]);
  });

  it('hints name the nearest known name, from the list the rule reported', () => {
    const { errors, warnings } = messagesOf({ owner: 'A', policyUrl: '/p', revision: 1, categories: { analytcs: {} }, layuot: 'box', theme: 'drak' });
    expect(warnings).to.deep.equal([{ path: 'layuot', message: 'unknown option, ignored (did you mean "layout"?)' }]);
    expect(errors.map((problem) => problem.message)).to.deep.equal([
      'expected one of "auto", "light", "dark", got the string "drak"',
      'not a built-in category (necessary, functional, analytics, marketing) (did you mean "analytics"?): ' +
        'a category of your own needs a "label" (and a "description") for visitors to read',
    ]);
  });

  it('formats problems as the one console message a site owner reads', () => {
    expect(formatProblems('cookie-consent: bad', describeProblems([{ path: 'categories', rule: 'noOptionalCategory' }]))).to.equal(
      'cookie-consent: bad\n  - categories: no optional category: there is nothing to ask the visitor',
    );
  });
});
