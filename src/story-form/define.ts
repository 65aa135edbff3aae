import { SisterCityStoryForm } from './sister-city-story-form.js';

export { SisterCityStoryForm };
export type { ErrorDetail, SubmitDetail, SuccessDetail } from '../forms/sister-city-form.js';

SisterCityStoryForm.define('sister-city-story-form');

declare global {
  interface HTMLElementTagNameMap {
    'sister-city-story-form': SisterCityStoryForm;
  }
}
