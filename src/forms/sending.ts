/**
 * What a form needs only once its submit button is pressed: the "check your answers" step, the
 * transport, the send controller and the outcome panels. SisterCityForm imports this on the first press of its submit button, so that a
 * page that shows a form downloads it only when someone sends (a chunk of its own in the ES build).
 */
export { SendController } from './send-controller.js';
export { renderFailure, renderSuccess } from './render-outcome.js';
export { renderAnswers } from './render-review.js';
