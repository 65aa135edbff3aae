/**
 * What a form needs only once someone fills it: the "check your answers" step, the transport, the
 * send controller and the outcome panels. SisterCityForm imports this on the first focus or input
 * in the form (or its first submit), so that a page showing a form does not download it on load (a
 * chunk of its own in the ES build).
 */
export { SendController } from './send-controller.js';
export { renderFailure, renderSuccess } from './render-outcome.js';
export { renderAnswers } from './render-review.js';
