import { svelte } from '@sveltejs/vite-plugin-svelte';
import { base } from '../shared/vite-base.mjs';

export default base(import.meta.dirname, [svelte()]);
