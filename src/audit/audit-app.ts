/**
 * The auditor's page: a file picker that is also a drop zone, and the
 * results under it. The file is read and verified in this browser with
 * core's verifier (the same code as `verifyLog()` and the command line);
 * nothing is sent anywhere.
 */
import { parseExportText, verifyExport } from '../core/verify-export.js';
import { createResultsArea, renderAudit, renderChecking, type AuditOutcome, type ReportOptions } from './render-audit.js';
import { describeError } from '../core/problems.js';

/** Files above this are refused unread: no consent log gets near it, so it is the wrong file. */
export const MAX_EXPORT_BYTES = 100 * 1024 * 1024;

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  // "100 MB", not "100.0 MB"; "142.3 MB" keeps its decimal.
  return `${Number((bytes / (1024 * 1024)).toFixed(1))} MB`;
}

/** Parses and verifies an export's text. Never throws. */
export async function auditText(text: string, fileName?: string): Promise<AuditOutcome> {
  const parsed = parseExportText(text);
  if ('error' in parsed) return { fileName, error: parsed.error };
  return { fileName, value: parsed.value, verification: await verifyExport(parsed.value) };
}

/** Reads a chosen or dropped file and verifies it. Never throws. */
export async function auditFile(file: File, maxBytes = MAX_EXPORT_BYTES): Promise<AuditOutcome> {
  if (file.size > maxBytes) {
    return {
      fileName: file.name,
      error: `the file is ${formatBytes(file.size)}, and files over ${formatBytes(maxBytes)} are refused without being opened. No consent-log export is that large; check that this is the right file.`,
    };
  }
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return { fileName: file.name, error: `the file could not be read (${describeError(error)})` };
  }
  return auditText(text, file.name);
}

export interface AuditPageOptions extends ReportOptions {
  /** Largest file accepted, in bytes (default 100 MB). */
  maxBytes?: number;
  /** When given, a button checks this browser's own log too (the widget's `exportLog('json')`). */
  readOwnLog?: () => Promise<string>;
}

export interface AuditPage {
  input: HTMLInputElement;
  dropZone: HTMLLabelElement;
  results: HTMLElement;
  /** Checks one file as if it had been chosen. */
  check(file: File): Promise<void>;
  /** Settles when the latest check has been rendered. */
  settled(): Promise<void>;
}

const hasFiles = (event: DragEvent): boolean => event.dataTransfer?.types.includes('Files') ?? false;

/** Builds the picker and the results area inside `root` and wires them up. */
export function mountAuditPage(root: HTMLElement, options: AuditPageOptions = {}): AuditPage {
  const doc = root.ownerDocument;
  const maxBytes = options.maxBytes ?? MAX_EXPORT_BYTES;
  const make = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = ''): HTMLElementTagNameMap[K] => {
    const element = doc.createElement(tag);
    element.className = className;
    element.textContent = text;
    return element;
  };

  const titleId = `audit-picker-title-${Math.random().toString(36).slice(2, 8)}`;
  const picker = make('section', 'audit-picker');
  picker.setAttribute('aria-labelledby', titleId);
  const title = make('h2', 'audit-picker__title', 'Choose an export file');
  title.id = titleId;

  // The drop zone is the input's label, so clicking it, or focusing the input
  // and pressing Enter or Space, opens the browser's own file chooser.
  const dropZone = make('label', 'audit-drop');
  const input = make('input', 'audit-drop__input');
  input.type = 'file';
  input.accept = '.json,application/json';
  dropZone.append(
    input,
    make('span', 'audit-drop__icon'),
    make('span', 'audit-drop__action', 'Choose a JSON export file'),
    make('span', 'audit-drop__hint', `or drop it here. Up to ${formatBytes(maxBytes)}; read in this browser, never uploaded.`),
  );
  dropZone.querySelector('.audit-drop__icon')!.setAttribute('aria-hidden', 'true');
  picker.append(title, dropZone);

  const results = createResultsArea();
  let latest = 0;
  let pending: Promise<void> = Promise.resolve();

  const run = (fileName: string, load: () => Promise<AuditOutcome>): Promise<void> => {
    const ticket = ++latest;
    renderChecking(results, fileName);
    pending = load().then((outcome) => {
      // A slow big file must not overwrite the verdict of one chosen after it.
      if (ticket === latest) renderAudit(results, outcome, options);
    });
    return pending;
  };
  const check = (file: File): Promise<void> => run(file.name, () => auditFile(file, maxBytes));

  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (!file) return;
    void check(file);
    // Cleared so that choosing the same file again (after fixing it) checks it again.
    input.value = '';
  });

  dropZone.addEventListener('dragover', (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    event.dataTransfer!.dropEffect = 'copy';
    dropZone.classList.add('is-dragover');
  });
  dropZone.addEventListener('dragleave', (event) => {
    if (!dropZone.contains(event.relatedTarget as Node | null)) dropZone.classList.remove('is-dragover');
  });
  dropZone.addEventListener('drop', (event) => {
    event.preventDefault();
    dropZone.classList.remove('is-dragover');
    const files = event.dataTransfer?.files;
    if (!files || files.length === 0) return;
    if (files.length > 1) {
      renderAudit(results, { error: `${files.length} files were dropped; drop one export at a time.` });
      return;
    }
    void check(files[0]!);
  });
  // A file dropped beside the zone would make the browser leave this page to show it.
  for (const type of ['dragover', 'drop'] as const) {
    doc.addEventListener(type, (event) => {
      if (!hasFiles(event) || dropZone.contains(event.target as Node)) return;
      event.preventDefault();
      event.dataTransfer!.dropEffect = 'none';
    });
  }

  if (options.readOwnLog) {
    const readOwnLog = options.readOwnLog;
    const own = make('p', 'audit-picker__own');
    const button = make('button', 'audit-link-button', 'Check the log stored in this browser instead');
    button.type = 'button';
    button.addEventListener('click', () => {
      void run('this browser’s log', async () => {
        try {
          return await auditText(await readOwnLog(), 'this browser’s log');
        } catch (error) {
          return { fileName: 'this browser’s log', error: `it could not be exported (${describeError(error)})` };
        }
      });
    });
    own.append(button);
    picker.append(own);
  }

  root.replaceChildren(picker, results);
  return { input, dropZone, results, check, settled: () => pending };
}
