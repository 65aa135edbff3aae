import { SisterCityRequestForm } from './sister-city-request-form.js';

export { SisterCityRequestForm };
export type { ErrorDetail, SubmitDetail, SuccessDetail } from '../forms/sister-city-form.js';

SisterCityRequestForm.define('sister-city-request-form');

declare global {
  interface HTMLElementTagNameMap {
    'sister-city-request-form': SisterCityRequestForm;
  }
}
