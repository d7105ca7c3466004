import { css } from 'lit';
import { secondaryButton } from './secondary-button.styles.js';

/**
 * The preferences dialog's styles, adopted into `<cookie-consent>`'s shadow
 * root with the dialog's code (preferences-view.ts). The colours, buttons and
 * links they build on are in cookie-consent.styles.ts.
 */
export const preferencesStyles = css`
  dialog {
    width: min(640px, calc(100vw - 24px));
    max-height: calc(100dvh - 24px);
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 12px 48px rgb(0 0 0 / 0.35);
    overflow: hidden;
  }

  dialog[open] {
    display: flex;
    flex-direction: column;
  }

  dialog::backdrop {
    background: rgb(10 14 22 / 0.55);
  }

  .dialog-header {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: 12px;
    padding: 18px 20px 8px;
  }

  .close {
    flex: none;
    width: 40px;
    height: 40px;
    display: grid;
    place-items: center;
    border: 2px solid var(--_border);
    border-radius: 50%;
    background: transparent;
    color: var(--_fg);
    font-size: 22px;
    line-height: 1;
  }

  .dialog-body {
    padding: 0 20px 12px;
    overflow-y: auto;
    overscroll-behavior: contain;
  }

  .decision {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px 16px;
    margin: 0 0 4px;
  }

  .decision .meta {
    flex: 1 1 240px;
    margin: 0;
  }

  .secondary {
    ${secondaryButton}
  }

  .meta {
    font-size: 0.9em;
    color: var(--_muted);
    overflow-wrap: anywhere;
  }

  .categories {
    list-style: none;
    margin: 12px 0 0;
    padding: 0;
    border-top: 1px solid var(--_border);
  }

  .category {
    padding: 14px 0;
    border-bottom: 1px solid var(--_border);
  }

  .category-row {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 16px;
  }

  .category-row label,
  .category-name {
    font-weight: 650;
  }

  .category p {
    margin: 0.3em 0 0;
    color: var(--_muted);
  }

  .always-on {
    font-size: 0.9em;
    font-weight: 600;
    color: var(--_muted);
    white-space: nowrap;
  }

  input[type='checkbox'][role='switch'] {
    appearance: none;
    flex: none;
    position: relative;
    width: 48px;
    height: 28px;
    margin: 0;
    border-radius: 999px;
    border: 2px solid var(--_switch-off);
    background: var(--_bg);
    cursor: pointer;
    transition: background-color 120ms ease;
  }

  input[type='checkbox'][role='switch']::before {
    content: '';
    position: absolute;
    top: 3px;
    left: 3px;
    width: 18px;
    height: 18px;
    border-radius: 50%;
    background: var(--_switch-off);
    transition: transform 120ms ease;
  }

  input[type='checkbox'][role='switch']:checked {
    background: var(--_switch-on);
    border-color: var(--_switch-on);
  }

  input[type='checkbox'][role='switch']:checked::before {
    transform: translateX(20px);
    background: var(--_bg);
  }

  details {
    margin-top: 8px;
  }

  summary {
    cursor: pointer;
    color: var(--_link);
    min-height: 24px;
  }

  .service {
    margin: 8px 0 0;
    padding: 10px 12px;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.6);
  }

  .service dl {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    gap: 2px 12px;
    margin: 6px 0 0;
    font-size: 0.92em;
  }

  .service dt {
    color: var(--_muted);
  }

  .service dd {
    margin: 0;
    overflow-wrap: anywhere;
  }

  .dialog-footer {
    display: grid;
    grid-template-columns: repeat(3, minmax(0, 1fr));
    gap: 10px;
    padding: 14px 20px 18px;
    border-top: 1px solid var(--_border);
  }

  /* Narrow screens: Accept and Reject stay side by side and equal; Save takes the row above. */
  @media (max-width: 520px) {
    .dialog-footer {
      grid-template-columns: repeat(2, minmax(0, 1fr));
      gap: 8px;
      padding: 12px 16px 14px;
    }
    .dialog-footer [part~='save'] {
      grid-column: 1 / -1;
    }
    .dialog-header {
      padding: 14px 16px 6px;
    }
    .dialog-body {
      padding: 0 16px 10px;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    input[type='checkbox'][role='switch'],
    input[type='checkbox'][role='switch']::before {
      transition: none;
    }
  }
`;
