/**
 * Reading a site owner's config field by field: each reader checks one kind of
 * value, falls back to the default when it is wrong, and collects the problem
 * with its path, the rule it broke and the value it found, so that every
 * problem comes out at once (config-rules.ts reads the options with it). The
 * words for each rule are in config-messages.ts, fetched only when there is a
 * problem to tell. Pure: no DOM, no storage.
 */
import type { MessageKey } from './config-messages.js';
import { isRecord } from './problems.js';

/** One thing wrong with a config, addressed by its path, in the words a site owner reads. */
export interface ConfigProblem {
  path: string;
  message: string;
}

/** A problem as a rule finds it: where, which rule, and what its message is built from (config-messages.ts). */
export interface FoundProblem {
  path: string;
  /** The rule broken, by the key of its message. */
  rule: MessageKey;
  /** The value the rule found (the message says what it was). */
  value?: unknown;
  /** The names the message lists: the choices, the configured categories, the countries left out. */
  list?: readonly string[];
}

export type Raw = Record<string, unknown>;

/** Category and service keys are identifiers so they are safe in CSV headers, attributes and logs. */
export const KEY_PATTERN = /^[a-z][a-z0-9_-]*$/;

/** Collects problems while the config is read, so the site owner sees them all in one message. */
export class ConfigReader {
  readonly errors: FoundProblem[] = [];
  readonly warnings: FoundProblem[] = [];

  /** A value that is not what `rule` expects (config-messages.ts says "missing" when it is not there). */
  error(path: string, rule: MessageKey, value: unknown): void {
    this.errors.push({ path, rule, value });
  }

  warnUnknownKeys(object: Raw, known: readonly string[], path: string): void {
    for (const key of Object.keys(object)) {
      if (!known.includes(key)) this.warnings.push({ path: path ? `${path}.${key}` : key, rule: 'unknownOption', value: key, list: known });
    }
  }

  string(object: Raw, key: string, path: string, fallback: string): string {
    return this.optionalString(object, key, path) ?? fallback;
  }

  optionalString(object: Raw, key: string, path: string): string | undefined {
    const value = object[key];
    if (value === undefined) return undefined;
    if (typeof value !== 'string') {
      this.error(path, 'string', value);
      return undefined;
    }
    return value;
  }

  boolean(object: Raw, key: string, path: string, fallback: boolean): boolean {
    const value = object[key];
    if (value === undefined) return fallback;
    if (typeof value !== 'boolean') {
      this.error(path, 'boolean', value);
      return fallback;
    }
    return value;
  }

  positiveInteger(object: Raw, key: string, path: string, fallback: number | undefined): number {
    const value = object[key];
    if (value === undefined && fallback !== undefined) return fallback;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
      this.error(path, 'positiveInteger', value);
      return fallback ?? 1;
    }
    return value;
  }

  oneOf<T extends string>(object: Raw, key: string, path: string, choices: readonly T[], fallback: T): T {
    const value = object[key];
    if (value === undefined) return fallback;
    if (typeof value !== 'string' || !(choices as readonly string[]).includes(value)) {
      this.errors.push({ path, rule: 'oneOf', value, list: choices });
      return fallback;
    }
    return value as T;
  }

  /** An object, or undefined when it is not there; `rule` says what kind of object it should have been. */
  record(object: Raw, key: string, path: string, rule: MessageKey = 'object'): Raw | undefined {
    const value = object[key];
    if (value === undefined) return undefined;
    if (!isRecord(value)) {
      this.error(path, rule, value);
      return undefined;
    }
    return value;
  }

  key(key: string, path: string): boolean {
    // Names that every object inherits (constructor, toString…) would read as present on any record.
    if (KEY_PATTERN.test(key) && !(key in Object.prototype)) return true;
    this.error(path, 'key', key);
    return false;
  }
}
