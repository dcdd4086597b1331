// The classic drop-in script: defines the elements and exports nothing, so no global is created.
import './index.js';
