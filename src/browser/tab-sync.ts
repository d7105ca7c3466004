/**
 * Tells the site's other open tabs that a decision was stored, so their gate,
 * UI and API follow within a moment. The message carries no data: each tab
 * re-reads IndexedDB, the one source of truth, and so all tabs converge on the
 * same current decision even when two decide at the same instant.
 */
const CHANNEL_NAME = 'cookie-consent';

export class TabSync {
  readonly #channel: BroadcastChannel | null;

  constructor(onOtherTabDecided: () => void) {
    // Missing in some embedded browsers; the widget then simply does not sync tabs.
    this.#channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL_NAME) : null;
    if (this.#channel) this.#channel.onmessage = () => onOtherTabDecided();
  }

  announceDecision(): void {
    this.#channel?.postMessage('decision');
  }
}
