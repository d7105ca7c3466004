/**
 * The preferences dialog (the second layer): categories with their switches
 * and services, the current decision with withdrawal, and the history view.
 * A chunk of its own, with its styles: most visitors answer the banner and
 * never open it. `<cookie-consent>` renders it into its own shadow root.
 */
import { html, nothing } from 'lit';
import type { CategoryConfig } from '../core/config.js';
import type { ConsentSource, ConsentState, DecisionRequest } from '../core/consent.js';
import { categoryText } from '../core/category-text.js';
import type { UiBridge } from './ui-bridge.js';

export { preferencesStyles } from './preferences-view.styles.js';

/** What the dialog needs from `<cookie-consent>`, which owns the state, the decisions and the focus. */
export interface PreferencesHost {
  readonly bridge: UiBridge;
  /** The switches' positions, not yet saved. */
  readonly draft: Readonly<Record<string, boolean>>;
  readonly view: 'preferences' | 'history';
  /** A UI string, with `{owner}` and the given values filled in (as text, never HTML). */
  t(key: string, values?: Record<string, string>): string;
  gpcNotice(): unknown;
  /** Accept all and Reject all, as on the banner. */
  choiceButtons(source: ConsentSource): unknown;
  decide(request: DecisionRequest): void;
  /** Saves the switches as they are at the click (the render's `draft` may be one update behind). */
  save(): void;
  toggle(category: string, on: boolean): void;
  showView(view: 'preferences' | 'history'): void;
  close(): void;
  /** The dialog closed (by any means): focus goes back to what opened it. */
  closed(): void;
}

/** The whole `<dialog>`: its header, then the choices or the history. */
export function renderPreferences(host: PreferencesHost): unknown {
  const current = host.bridge.current();
  return html`
    <dialog class="surface" part="preferences" aria-labelledby="cc-prefs-title" @close=${() => host.closed()}>
      <div class="dialog-header">
        <h2 id="cc-prefs-title" tabindex="-1">${host.t(host.view === 'history' ? 'history.title' : 'prefs.title')}</h2>
        <button type="button" class="close" aria-label=${host.t('button.close')} @click=${() => host.close()}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      ${host.view === 'history' ? renderHistory(host) : renderChoices(host, current)}
    </dialog>
  `;
}

function renderHistory(host: PreferencesHost): unknown {
  return html`<div class="dialog-body">
    <consent-history .bridge=${host.bridge} @consent-history-back=${() => host.showView('preferences')}></consent-history>
  </div>`;
}

function renderChoices(host: PreferencesHost, current: ConsentState | null): unknown {
  const config = host.bridge.config;
  return html`
      <div class="dialog-body">
        <p>${host.t('prefs.intro')}</p>
        ${host.gpcNotice()}
        ${config.policyUrl ? html`<p><a class="policy-link" href=${config.policyUrl}>${host.t('policy.link')}</a></p>` : nothing}
        ${current ? renderCurrentDecision(host, current) : nothing}
        <ul class="categories">
          ${Object.entries(config.categories).map(([key, category]) => renderCategory(host, key, category))}
        </ul>
      </div>
      <div class="dialog-footer">
        <button type="button" class="choice" part="button save" @click=${() => host.save()}>${host.t('button.save')}</button>
        ${host.choiceButtons('preferences')}
      </div>
  `;
}

/** When and under which ID the current choice was made, and a one-click withdrawal when something is granted. */
function renderCurrentDecision(host: PreferencesHost, current: ConsentState): unknown {
  const config = host.bridge.config;
  const grantsSomething = Object.entries(current.categories).some(([key, on]) => on && !config.categories[key]?.required);
  const date = new Intl.DateTimeFormat(host.bridge.language, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(current.decidedAt));
  return html`<div class="decision">
    <p class="meta">${host.t('prefs.decision', { date, id: current.id })}</p>
    <button type="button" class="secondary history-button" part="button history" @click=${() => host.showView('history')}>
      ${host.t('history.show')}
    </button>
    ${grantsSomething
      ? html`<button type="button" class="secondary" part="button withdraw" @click=${() => host.decide({ action: 'withdraw', source: 'preferences' })}>
          ${host.t('button.withdraw')}
        </button>`
      : nothing}
  </div>`;
}

function renderCategory(host: PreferencesHost, key: string, category: CategoryConfig): unknown {
  const text = categoryText(host.bridge.config, host.bridge.strings, key);
  const id = `cc-category-${key}`;
  const services = Object.entries(category.services);
  return html`
    <li class="category">
      <div class="category-row">
        ${category.required
          ? html`<span class="category-name" id=${id}>${text.label}</span><span class="always-on">${host.t('prefs.alwaysOn')}</span>`
          : html`<label for=${id}>${text.label}</label>
              <input
                type="checkbox"
                role="switch"
                id=${id}
                aria-describedby=${text.description ? `${id}-description` : nothing}
                .checked=${host.draft[key] === true}
                @change=${(event: Event) => host.toggle(key, (event.target as HTMLInputElement).checked)}
              />`}
      </div>
      ${text.description ? html`<p id=${`${id}-description`}>${text.description}</p>` : nothing}
      ${services.length > 0
        ? html`<details>
            <summary>${host.t('prefs.services')}</summary>
            ${services.map(
              ([serviceKey, service]) => html`
                <div class="service">
                  <strong>${service.label ?? serviceKey}</strong>
                  ${service.description ? html`<p>${service.description}</p>` : nothing}
                  <dl>
                    ${service.provider ? html`<dt>${host.t('prefs.provider')}</dt><dd>${service.provider}</dd>` : nothing}
                    ${service.thirdParty === undefined
                      ? nothing
                      : html`<dt>${host.t('prefs.thirdParty')}</dt><dd>${host.t(service.thirdParty ? 'prefs.yes' : 'prefs.no')}</dd>`}
                    ${service.cookies.map(
                      (cookie) => html`<dt>${host.t('prefs.cookie')}</dt>
                        <dd><code>${cookie.name}</code>${cookie.duration ? ` · ${cookie.duration}` : ''}${cookie.description ? ` · ${cookie.description}` : ''}</dd>`,
                    )}
                  </dl>
                </div>
              `,
            )}
          </details>`
        : nothing}
    </li>
  `;
}
