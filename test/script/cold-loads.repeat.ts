import { coldLoads } from './cold-loads.js';

// npm run test:cold-loads: ten fresh loads per locale, cycling through every way of loading.
coldLoads(10);
