import { keepProposalThreads } from '../annotate/propose-thread.js';
import { keepSnapshotProcesses } from '../validate/fast/process.js';

/**
 * Keeps the helpers a build starts (the schema's validator process, the review's proposals
 * thread) between the builds of one process, loaded and warm (true), or ends them (false):
 * `build --watch` rebuilds the same edition, and a worker of the build pool builds edition
 * after edition.
 */
export function keepHelpersWarm(on: boolean): void {
  keepSnapshotProcesses(on);
  keepProposalThreads(on);
}
