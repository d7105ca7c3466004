import { LitElement, css, html, nothing } from 'lit';
import type { LogEntry, VerificationResult } from '../core/log.js';
import { categoryText } from '../core/category-text.js';
import { secondaryButton } from './secondary-button.styles.js';
import type { UiBridge } from './ui-bridge.js';

/**
 * `<consent-history>`: this browser's decisions, as the visitor and an auditor
 * would read them, with the log's verification and JSON/CSV downloads. Shown
 * inside the preferences dialog.
 *
 * @fires consent-history-back - The visitor asked to go back to the preferences.
 */
export class ConsentHistoryElement extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    p {
      margin: 0 0 0.6em;
    }
    .verdict {
      font-weight: 600;
    }
    .scroll {
      overflow-x: auto;
      margin: 0 0 12px;
    }
    .scroll:focus-visible {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }
    table {
      border-collapse: collapse;
      width: 100%;
      font-size: 0.92em;
    }
    th,
    td {
      text-align: start;
      vertical-align: top;
      padding: 6px 8px;
      border-bottom: 1px solid var(--_border);
    }
    th {
      font-weight: 650;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    button {
      font: inherit;
      cursor: pointer;
      ${secondaryButton}
    }
    button:focus-visible {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }
  `;

  // Without decorators, as in <cookie-consent> (see there).
  static override properties = {
    bridge: { attribute: false },
    entries: { state: true },
    verification: { state: true },
    receipts: { state: true },
    failed: { state: true },
  };

  bridge: UiBridge | null = null;
  private entries: LogEntry[] | null = null;
  private verification: VerificationResult | null = null;
  private receipts: Map<number, { status: string }> | null = null;
  private failed = false;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#load();
  }

  async #load(): Promise<void> {
    try {
      const history = await this.bridge!.history();
      this.entries = [...history.entries].reverse();
      this.verification = history.verification;
      this.receipts = history.receipts;
    } catch {
      this.failed = true;
    }
  }

  async #download(format: 'json' | 'csv'): Promise<void> {
    const text = await this.bridge!.exportLog(format);
    const url = URL.createObjectURL(new Blob([text], { type: format === 'json' ? 'application/json' : 'text/csv' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `consent-log-${new Date().toISOString().slice(0, 10)}.${format}`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  #t(key: string, values: Record<string, string> = {}): string {
    return (this.bridge?.strings[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
  }

  #allowed(entry: LogEntry): string {
    const bridge = this.bridge!;
    const labels = Object.entries(entry.categories)
      .filter(([key, on]) => on && !bridge.config.categories[key]?.required)
      .map(([key]) => categoryText(bridge.config, bridge.strings, key).label);
    return labels.length > 0 ? new Intl.ListFormat(bridge.language, { type: 'conjunction' }).format(labels) : this.#t('history.none');
  }

  /** The collector's answer for one entry, in words. */
  #receiptText(seq: number): string {
    const status = this.receipts?.get(seq)?.status;
    if (!status) return this.#t('receipt.none');
    if (status === 'accepted' || status === 'duplicate') return this.#t('receipt.received');
    if (status === 'rejected') return this.#t('receipt.refused');
    return this.#t('receipt.flagged');
  }

  protected override render(): unknown {
    const bridge = this.bridge;
    if (!bridge) return nothing;
    const date = new Intl.DateTimeFormat(bridge.language, { dateStyle: 'medium', timeStyle: 'short' });
    const entries = this.entries;
    return html`
      <div role="status">
        ${this.failed ? html`<p>${this.#t('history.empty')}</p>` : nothing}
        ${entries && entries.length === 0 ? html`<p>${this.#t('history.empty')}</p>` : nothing}
        ${entries && entries.length > 0
          ? html`<p class="verdict">${this.#t(this.verification?.ok ? 'history.verified' : 'history.broken')}
              ${this.#t('history.count', { count: String(entries.length) })}</p>`
          : nothing}
      </div>
      ${entries && entries.length > 0
        ? html`<div class="scroll" tabindex="0" role="region" aria-label=${this.#t('history.title')}>
            <table>
              <thead>
                <tr>
                  <th scope="col">${this.#t('history.date')}</th>
                  <th scope="col">${this.#t('history.action')}</th>
                  <th scope="col">${this.#t('history.categories')}</th>
                  ${this.receipts ? html`<th scope="col">${this.#t('history.receipt')}</th>` : nothing}
                </tr>
              </thead>
              <tbody>
                ${entries.map(
                  (entry) => html`<tr>
                    <td><time datetime=${entry.at}>${date.format(new Date(entry.at))}</time></td>
                    <td>${this.#t(`action.${entry.action}`)}</td>
                    <td>${this.#allowed(entry)}</td>
                    ${this.receipts ? html`<td>${this.#receiptText(entry.seq)}</td>` : nothing}
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>`
        : nothing}
      <div class="actions">
        ${entries && entries.length > 0
          ? html`<button type="button" part="button download-json" @click=${() => void this.#download('json')}>${this.#t('history.downloadJson')}</button>
              <button type="button" part="button download-csv" @click=${() => void this.#download('csv')}>${this.#t('history.downloadCsv')}</button>`
          : nothing}
        <button type="button" part="button back" @click=${() => this.dispatchEvent(new Event('consent-history-back'))}>${this.#t('history.back')}</button>
      </div>
    `;
  }
}

customElements.define('consent-history', ConsentHistoryElement);

declare global {
  interface HTMLElementTagNameMap {
    'consent-history': ConsentHistoryElement;
  }
}
