// Starts the optimiser worker from its TypeScript source (under tsx or vitest, neither of which
// hands its loader to a worker thread here): tsx is registered in this thread, then the source
// is imported. A compiled build starts optimiser-worker.js directly and never loads this file.
import { register } from 'tsx/esm/api';

register();
await import('./optimiser-worker.ts');
