import vue from '@vitejs/plugin-vue';
import { base } from '../shared/vite-base.mjs';

// Tell Vue's template compiler the sister-city-* tags are custom elements, not Vue components.
export default base(import.meta.dirname, [
  vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('sister-city-') } } }),
]);
