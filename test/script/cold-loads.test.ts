import { coldLoads } from './cold-loads.js';

// Kept lean in npm test; `npm run test:cold-loads` repeats each locale 10 times in both browsers.
coldLoads(2);
