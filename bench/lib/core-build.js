// The core TEI build as a process of its own: config → ingest → structure → registers → TEI,
// written to the file given as argument (no annotation, rules or rendering).
import { loadConfig } from '../../dist/config/load.js';
import { loadEditionModel } from '../../dist/pipeline/load.js';
import { toTei } from '../../dist/tei/document.js';
import { writeFileAtomic } from '../../dist/io/write-atomic.js';

const [configFile, out] = process.argv.slice(2);
const config = loadConfig(configFile);
writeFileAtomic(out, toTei(loadEditionModel(config)));
