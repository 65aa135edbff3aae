/**
 * How a send ends for the reader: the "not sent" panel with Try again, or the
 * confirmation with the reference, what happens next and a copy of the answers.
 */
import { html } from 'lit';
import { msg } from '../i18n/localize.js';
import { heading } from './heading.js';
import { renderAnswers } from './render-review.js';
import type { FormWords, SisterCityForm } from './sister-city-form.js';

type Host = Parameters<typeof renderAnswers>[0] & Pick<SisterCityForm, 'failure' | 'reference' | 'phase' | 'sender' | 'clearAnswers'>;

export function renderFailure(host: Host, words: FormWords) {
  const kind = host.failure?.kind;
  const why =
    kind === 'network' || kind === 'timeout' ? msg('The connection was lost or the server did not answer in time.')
    : kind === 'busy' ? msg('The server is busy.')
    : msg('The server did not accept the answers.');
  return html`
    <div class="failure" part="failure">
      ${heading('failure-heading', words.notSent, host.headingLevel, true)}
      <p>${why} ${msg('Your answers are still here, ready to send again.')}</p>
      <div class="actions">
        <button type="button" part="button" @click=${() => host.sender.retry()}>${msg('Try again')}</button>
        <button
          type="button"
          class="secondary"
          part="button"
          @click=${() => {
            host.phase = 'editing';
            host.focusAfterRender = 'form';
          }}
        >
          ${msg('Go back to the answers')}
        </button>
      </div>
    </div>
  `;
}

export function renderSuccess(host: Host, words: FormWords) {
  return html`
    <div class="success" part="success">
      <div class="panel">
        ${heading('success-heading', words.sent, host.headingLevel, true)}
        <p>${msg('Your reference is')} <strong class="reference">${host.reference}</strong></p>
      </div>
      ${heading('next-heading', msg('What happens next'), host.headingLevel + 1)}
      <p>${words.nextSteps}</p>
      <div class="actions no-print">
        <button type="button" part="button" @click=${() => window.print()}>${msg('Print a copy')}</button>
        <button type="button" class="secondary" part="button" @click=${() => host.clearAnswers()}>${msg('Fill in a new form')}</button>
      </div>
      ${heading('copy-heading', msg('Your answers'), host.headingLevel + 1)} ${renderAnswers(host, false)}
    </div>
  `;
}
