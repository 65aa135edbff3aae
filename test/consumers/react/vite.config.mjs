// React 19 without @vitejs/plugin-react: Vite's own transform compiles the JSX (tsconfig "jsx": "react-jsx").
import { base } from '../shared/vite-base.mjs';

export default base(import.meta.dirname);
