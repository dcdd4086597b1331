// npm run fuzz: the full property run over 10,000 generated provider files (npm test runs 300).
import { fuzzProviderFiles } from './provider-files-run.js';

fuzzProviderFiles(10_000);
