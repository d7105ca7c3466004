import { expect } from '@open-wc/testing';
import { parseConfig } from '../../src/core/config.js';

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const KEYS = ['revision', 'categories', 'owner', 'policyUrl', 'texts', 'services', 'cookies', 'name', 'required', 'gpc', '__proto__', 'constructor', 'prototype', 'autoBlock', 'en', 'analytics', 'x'];

function value(next: () => number, depth: number): unknown {
  const pick = Math.floor(next() * 10);
  switch (pick) {
    case 0: return null;
    case 1: return next() > 0.5;
    case 2: return Math.floor(next() * 2000) - 1000;
    case 3: return 'x'.repeat(Math.floor(next() * 100_000));
    case 4: return 'javascript:alert(1)';
    case 5: return NaN;
    case 6: return depth > 3 ? [] : Array.from({ length: Math.floor(next() * 4) }, () => value(next, depth + 1));
    default: {
      if (depth > 4) return {};
      // JSON.parse makes "__proto__" an own key, as a hostile JSON config would.
      const entries = Array.from({ length: Math.floor(next() * 5) }, () => `${JSON.stringify(KEYS[Math.floor(next() * KEYS.length)])}:${JSON.stringify(value(next, depth + 1)) ?? 'null'}`);
      return JSON.parse(`{${entries.join(',')}}`);
    }
  }
}

describe('core/config under random and hostile input', () => {
  it('never throws and never pollutes prototypes, over 3000 random configs', () => {
    const next = random(20261127);
    for (let i = 0; i < 3000; i++) {
      const input = value(next, 0);
      let result: ReturnType<typeof parseConfig> | undefined;
      expect(() => (result = parseConfig(input)), `case ${i}`).not.to.throw();
      expect(result).to.exist;
    }
    expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'revision')).to.equal(false);
  });

  it('rejects __proto__ and constructor as category, service or language keys', () => {
    const hostile = JSON.parse(
      '{"revision":1,"categories":{"__proto__":{"required":true},"analytics":{"services":{"constructor":{}}}},"texts":{"__proto__":{"banner.title":"x"}}}',
    ) as unknown;
    const result = parseConfig(hostile);
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path)).to.deep.equal(['categories.__proto__', 'categories.analytics.services.constructor', 'texts.__proto__']);
    expect(({} as Record<string, unknown>)['required']).to.equal(undefined);
  });
});
