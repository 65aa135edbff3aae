// React 19 sets `pairings` as a property (the element is defined before rendering)
// and listens to `load` through the lower-case `onload` prop.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'sister-city-widgets/pairings';
import type {} from 'sister-city-widgets/react';
import { pairings } from '../shared/pairings.js';

function App() {
  const [count, setCount] = useState<number>();
  return (
    <>
      <output>{count === undefined ? 'Loading' : `Loaded ${count} pairings`}</output>
      <sister-city-pairings pairings={pairings} page-size={50} onload={(event) => setCount(event.detail.count)} />
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
