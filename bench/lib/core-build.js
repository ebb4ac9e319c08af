// The core TEI build as a process of its own: read → structure → collate → TEI, written to the
// file given as argument (no annotation, rules or rendering).
import { readEdition } from '../../dist/pipeline/read.js';
import { structureEdition } from '../../dist/pipeline/process.js';
import { collateEdition } from '../../dist/collate/edition.js';
import { toTei } from '../../dist/tei/document.js';
import { writeOutputs } from '../../dist/io/write-files.js';

const [configFile, out] = process.argv.slice(2);
const { source } = readEdition(configFile);
const edition = collateEdition(structureEdition(source), { base: source.base, collation: source.collation });
writeOutputs(new Map([[out, toTei(edition)]]));
