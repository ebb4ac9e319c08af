import { join } from 'node:path';
import { writeFileAtomic } from '../io/write-atomic.js';
import { packageRoot } from '../package-root.js';
import { referenceFiles } from './reference.js';

// `npm run docs`: writes the generated reference into the repository.
for (const [path, text] of referenceFiles()) writeFileAtomic(join(packageRoot, path), text);
