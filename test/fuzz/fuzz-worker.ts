// One job of `npm run fuzz`, in a worker thread so that a case that never ends can be stopped
// and named: the case is announced before it runs, the report posted at the end.
import { parentPort, workerData } from 'node:worker_threads';
import { runCampaign, type CampaignReport, type Job } from './campaign.js';
import { runChainCampaign } from './chain.js';

export interface WorkerInput {
  job: Job;
  runs: number;
  seed: number;
  limitMs: number;
  path?: string;
  /** Folder for the read stage's files (made and removed by the parent). */
  root: string;
}

export type WorkerMessage =
  | { type: 'case'; index: number; label: string }
  | { type: 'progress'; cases: number; slowestMs: number }
  | { type: 'failed'; index: number; label: string; error: string }
  | { type: 'report'; report: CampaignReport };

const input = workerData as WorkerInput;
const post = (message: WorkerMessage): void => parentPort!.postMessage(message);
const options = {
  runs: input.runs,
  seed: input.seed,
  limitMs: input.limitMs,
  ...(input.path ? { path: input.path } : {}),
  onCase: (index: number, label: string) => post({ type: 'case', index, label }),
  onProgress: (cases: number, slowestMs: number) => post({ type: 'progress', cases, slowestMs }),
  onFailure: (index: number, label: string, error: string) => post({ type: 'failed', index, label, error }),
};
const report = input.job === 'chain'
  ? await runChainCampaign(options)
  : await runCampaign(input.job, options, { root: input.root, remove: () => undefined });
post({ type: 'report', report });
