/**
 * Reading a site owner's config field by field: each reader checks one kind of
 * value, falls back to the default when it is wrong, and collects the problem
 * with its path and the expected value, so that every problem comes out at
 * once (config.ts reads the options with it). Pure: no DOM, no storage.
 */
import { describe, isRecord, suggestion } from './problems.js';

/** One thing wrong with a config, addressed by its path. */
export interface ConfigProblem {
  path: string;
  message: string;
}

export type Raw = Record<string, unknown>;

/** Category and service keys are identifiers so they are safe in CSV headers, attributes and logs. */
export const KEY_PATTERN = /^[a-z][a-z0-9_-]*$/;

/** Collects problems while the config is read, so the site owner sees them all in one message. */
export class ConfigReader {
  readonly errors: ConfigProblem[] = [];
  readonly warnings: ConfigProblem[] = [];

  error(path: string, expected: string, value: unknown): void {
    // "got undefined" reads like a bug of ours: say plainly that the field is not there.
    const message = value === undefined ? `missing: add it, expected ${expected}` : `expected ${expected}, got ${describe(value)}`;
    this.errors.push({ path, message });
  }

  warnUnknownKeys(object: Raw, known: readonly string[], path: string): void {
    for (const key of Object.keys(object)) {
      if (!known.includes(key)) {
        const where = path ? `${path}.${key}` : key;
        this.warnings.push({ path: where, message: `unknown option, ignored${suggestion(key, known)}` });
      }
    }
  }

  string(object: Raw, key: string, path: string, fallback: string): string {
    const value = object[key];
    if (value === undefined) return fallback;
    if (typeof value !== 'string') {
      this.error(path, 'a string', value);
      return fallback;
    }
    return value;
  }

  optionalString(object: Raw, key: string, path: string): string | undefined {
    const value = object[key];
    if (value === undefined) return undefined;
    if (typeof value !== 'string') {
      this.error(path, 'a string', value);
      return undefined;
    }
    return value;
  }

  boolean(object: Raw, key: string, path: string, fallback: boolean): boolean {
    const value = object[key];
    if (value === undefined) return fallback;
    if (typeof value !== 'boolean') {
      this.error(path, 'true or false', value);
      return fallback;
    }
    return value;
  }

  positiveInteger(object: Raw, key: string, path: string, fallback: number | undefined): number {
    const value = object[key];
    if (value === undefined && fallback !== undefined) return fallback;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
      this.error(path, 'a whole number of 1 or more', value);
      return fallback ?? 1;
    }
    return value;
  }

  oneOf<T extends string>(object: Raw, key: string, path: string, choices: readonly T[], fallback: T): T {
    const value = object[key];
    if (value === undefined) return fallback;
    if (typeof value !== 'string' || !(choices as readonly string[]).includes(value)) {
      this.error(path, `one of ${choices.map((c) => JSON.stringify(c)).join(', ')}`, value);
      return fallback;
    }
    return value as T;
  }

  record(object: Raw, key: string, path: string): Raw | undefined {
    const value = object[key];
    if (value === undefined) return undefined;
    if (!isRecord(value)) {
      this.error(path, 'an object', value);
      return undefined;
    }
    return value;
  }

  key(key: string, path: string): boolean {
    // Names that every object inherits (constructor, toString…) would read as present on any record.
    if (KEY_PATTERN.test(key) && !(key in Object.prototype)) return true;
    this.errors.push({
      path,
      message: `expected a key of lower-case letters, digits, "_" or "-" starting with a letter (and not a built-in name like "constructor"), got ${JSON.stringify(key)}`,
    });
    return false;
  }
}
