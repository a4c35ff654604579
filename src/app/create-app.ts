/** The probot application: webhooks become queued check jobs (shown at once as queued check runs), and the badge routes are served beside them. */
import type { ApplicationFunction, Context, Probot } from "probot";
import { registryManifestLookup, type ManifestLookup } from "../facts/release-check.js";
import { defaultRegistry } from "../facts/registry.js";
import { openGitHubCommit } from "../sources/github.js";
import { CHECK_RUN_NAME } from "../report/check-run.js";
import { githubBadgeLookup } from "./badge-lookup.js";
import { badgeRoute } from "./badge-route.js";
import { BadgeStore, type BadgeLookup } from "./badge-store.js";
import { runAppJob, supersededSummary, type AppJobData, type AppJobSpec } from "./app-jobs.js";
import { BullmqAppQueue } from "./bullmq-queue.js";
import { cancelCheckRun, createQueuedCheckRun, REVERIFY_ACTION } from "./check-run.js";
import type { JobContext, ScanDependencies } from "./job-context.js";
import { ScanQueue, type QueueJob } from "./queue.js";
import type { ProcessPoolOptions } from "../queue/process-pool.js";
import { createIsolatedScanner } from "../queue/scan-runner.js";
import { redactError } from "../redact.js";

export interface AppOptions {
  scanOptions?: ScanDependencies["scanOptions"];
  openCommit?: ScanDependencies["openCommit"];
  manifestLookup?: ManifestLookup;
  /** Tests pass their own to wait for it; otherwise BullMQ when REDIS_URL is set, else one in this process. */
  queue?: ScanQueue | BullmqAppQueue;
  /** Redis for the BullMQ queue (default: REDIS_URL); unset, jobs queue in this process. */
  redisUrl?: string;
  concurrency?: number;
  badgeLookup?: (app: Probot) => BadgeLookup;
  badge?: { ttlMs?: number; unknownTtlMs?: number; timeoutMs?: number; now?: () => number };
  /**
   * Scan in worker processes with a time and memory limit (default), so a tree that crashes or hangs the scanner costs
   * one process, not the App. Tests that inject in-memory clients scan in-process (clients cannot cross a process).
   */
  isolateScans?: boolean | Omit<ProcessPoolOptions, "handler">;
}

interface EnqueueOptions {
  /** A newer job for the same ref replaces this one while it waits (pull requests). */
  supersede?: boolean;
  /** The commit and external id of the job's check run, when known at queue time. */
  checkRun?: { sha: string; externalId: string };
}

type WebhookContext = Pick<Context, "octokit" | "log" | "repo" | "payload">;

export function createApp(options: AppOptions = {}): ApplicationFunction {
  return (app, { addHandler }) => {
    const redisUrl = options.redisUrl ?? process.env["REDIS_URL"];
    const queue: ScanQueue | BullmqAppQueue =
      options.queue ??
      (redisUrl
        ? new BullmqAppQueue({ url: redisUrl, ...(options.concurrency ? { concurrency: options.concurrency } : {}) })
        : new ScanQueue({
            ...(options.concurrency ? { concurrency: options.concurrency } : {}),
            onError: (error, job) => app.log.error({ err: redactError(error) }, `job ${job.label} failed`),
            onSuperseded: (dropped, by) => app.log.info(`${dropped.label} superseded by ${by.label}`),
          }));
    const badges = new BadgeStore({ lookup: (options.badgeLookup ?? githubBadgeLookup)(app), ...options.badge });
    const scanOptions = options.scanOptions ?? {};
    const isolate = options.isolateScans ?? !scanOptions.clients;
    const scanner = isolate ? createIsolatedScanner({ size: queue.concurrency, ...(typeof isolate === "object" ? isolate : {}) }) : undefined;
    const deps: ScanDependencies = {
      ...(scanner ? { scanTree: (tree, treeOptions) => scanner.scanTree(tree, treeOptions) } : {}),
      scanOptions,
      openCommit: options.openCommit ?? ((octokit, commit) => openGitHubCommit(octokit, commit)),
      manifestLookup: options.manifestLookup ?? registryManifestLookup(scanOptions.registry ?? defaultRegistry()),
      recordBadge: (owner, repo, value) => badges.record(owner, repo, value),
    };

    const jobOf = (context: Pick<Context, "octokit" | "log" | "repo">): JobContext => ({ ...context.repo(), octokit: context.octokit, log: context.log, deps });
    /** A queued job's check run, concluded cancelled when a newer push replaced the job before it started. */
    const concludeSuperseded = async (dropped: AppJobData, by: { label: string; commit?: string }, octokit?: JobContext["octokit"]): Promise<void> => {
      app.log.info(`${dropped.label} superseded by ${by.label}`);
      if (typeof dropped.queuedCheckRunId !== "number") return;
      const client = octokit ?? ((await app.auth(dropped.installationId)) as JobContext["octokit"]);
      await cancelCheckRun(client, { owner: dropped.owner, repo: dropped.repo, id: dropped.queuedCheckRunId }, supersededSummary(by));
    };
    if (queue instanceof BullmqAppQueue) {
      // Every replica takes jobs; a job carries its installation, so any replica can act for it.
      void queue
        .start({
          run: async (data) => {
            const octokit = (await app.auth(data.installationId)) as JobContext["octokit"];
            await runAppJob({ owner: data.owner, repo: data.repo, octokit, log: app.log, deps }, data.spec, data.queuedCheckRunId);
          },
          superseded: (dropped, by) => concludeSuperseded(dropped, by),
          onError: (error, data) => app.log.error({ err: redactError(error) }, `job ${data.label} failed`),
        })
        .catch((error: unknown) => app.log.error({ err: redactError(error) }, "the BullMQ queue did not start"));
    }

    /**
     * Queues a job. When its commit is known now, its check run is created queued at once (so the pull request shows
     * it while it waits) and is cancelled if a newer push supersedes the job before it starts.
     */
    const enqueue = async (context: WebhookContext, ref: string, label: string, spec: AppJobSpec, options: EnqueueOptions = {}): Promise<void> => {
      const job = jobOf(context);
      const key = `${job.owner}/${job.repo}@${ref}`;
      const target = options.checkRun && { owner: job.owner, repo: job.repo, headSha: options.checkRun.sha, externalId: options.checkRun.externalId };
      // A failed create only costs the queued state: the job creates its check run when it starts.
      const queuedId = target && (await createQueuedCheckRun(job.octokit, target).catch((error: unknown) => void job.log.warn({ err: redactError(error) }, `${key}: no queued check run`)));
      const installation = (context.payload as { installation?: { id?: number } }).installation?.id;
      const data: AppJobData = {
        installationId: installation ?? 0,
        owner: job.owner,
        repo: job.repo,
        spec,
        key,
        label: `${key} ${label}`,
        ...(options.supersede ? { supersedeKey: key } : {}),
        ...(target ? { commit: target.headSha } : {}),
        ...(typeof queuedId === "number" ? { queuedCheckRunId: queuedId } : {}),
      };
      if (queue instanceof BullmqAppQueue) {
        await queue.push(data, (dropped, by) => concludeSuperseded(dropped, by, job.octokit));
        return;
      }
      queue.push({
        key,
        label: data.label,
        ...(data.supersedeKey ? { supersedeKey: data.supersedeKey } : {}),
        ...(data.commit ? { commit: data.commit } : {}),
        run: () => runAppJob(job, spec, queuedId),
        ...(typeof queuedId === "number" ? { superseded: (by: QueueJob) => concludeSuperseded(data, by, job.octokit) } : {}),
      });
    };

    app.on(["pull_request.opened", "pull_request.synchronize", "pull_request.reopened"], async (context) => {
      const pr = context.payload.pull_request;
      await enqueue(context, `pull/${pr.number}`, `head ${pr.head.sha.slice(0, 7)}`, { kind: "pull_request", number: pr.number, baseSha: pr.base.sha, headSha: pr.head.sha }, {
        supersede: true,
        checkRun: { sha: pr.head.sha, externalId: `pull_request:${pr.number}` },
      });
    });

    app.on("push", async (context) => {
      const { payload } = context;
      if (payload.deleted || payload.ref !== `refs/heads/${payload.repository.default_branch}`) return;
      await enqueue(context, payload.ref, payload.after.slice(0, 7), { kind: "push", sha: payload.after }, {
        checkRun: { sha: payload.after, externalId: "push" },
      });
    });

    app.on("release.published", async (context) => {
      const tag = context.payload.release.tag_name;
      // The tag's commit is looked up when the job runs, so this check run starts out in progress rather than queued.
      await enqueue(context, `refs/tags/${tag}`, "release", { kind: "release", tag });
    });

    app.on(["check_run.rerequested", "check_run.requested_action"], async (context) => {
      const run = context.payload.check_run;
      if (run.name !== CHECK_RUN_NAME) return;
      if (context.payload.action === "requested_action" && context.payload.requested_action?.identifier !== REVERIFY_ACTION.identifier) return;
      await rerun(context, run.external_id ?? "", run.head_sha, context.payload.repository.default_branch);
    });

    app.on("check_suite.rerequested", async (context) => {
      const suite = context.payload.check_suite;
      if (suite.pull_requests.length === 0) {
        await rerun(context, "push", suite.head_sha, context.payload.repository.default_branch);
        return;
      }
      for (const pr of suite.pull_requests) {
        await enqueue(context, `pull/${pr.number}`, `re-run ${suite.head_sha.slice(0, 7)}`, { kind: "pull_request", number: pr.number, baseSha: pr.base.sha, headSha: suite.head_sha }, {
          supersede: true,
          checkRun: { sha: suite.head_sha, externalId: `pull_request:${pr.number}` },
        });
      }
    });

    app.on(["installation.created", "installation.deleted"], async (context) => {
      context.log.info(`installation ${context.payload.installation.id} ${context.payload.action}`);
    });

    /** Re-runs whatever produced a check run, told by its external id. */
    async function rerun(context: WebhookContext, externalId: string, sha: string, defaultBranch: string): Promise<void> {
      const [kind, ...rest] = externalId.split(":");
      const argument = rest.join(":");
      if (kind === "pull_request" && /^\d+$/.test(argument)) {
        const number = Number(argument);
        await enqueue(context, `pull/${number}`, `re-run ${sha.slice(0, 7)}`, { kind: "pull_request", number, headSha: sha }, { supersede: true, checkRun: { sha, externalId: `pull_request:${number}` } });
      } else if (kind === "release" && argument) {
        await enqueue(context, `refs/tags/${argument}`, "re-run", { kind: "release", tag: argument, sha }, { checkRun: { sha, externalId: `release:${argument}` } });
      } else {
        await enqueue(context, `refs/heads/${defaultBranch}`, `re-run ${sha.slice(0, 7)}`, { kind: "push", sha }, { checkRun: { sha, externalId: "push" } });
      }
    }

    try {
      addHandler(badgeRoute(badges));
    } catch (error) {
      // Loaded without an HTTP server (probot.load in tests, or createNodeMiddleware): webhooks only.
      app.log.warn(`badge routes not served: ${(error as Error).message}`);
    }
  };
}
