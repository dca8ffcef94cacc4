//! [`Pool`]: scripts from any thread, run by worker threads that each own a
//! tokio runtime (scripts on the worker thread, timers and I/O on one helper
//! thread) and the interpreters of their scripts.

use std::future::Future;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use tokio::sync::{mpsc, oneshot};

use crate::{Error, Interpreter, Program, Value};

/// What a script printed, and the value of its last expression.
#[derive(Debug, Clone, PartialEq)]
pub struct PoolOutput {
    /// Everything the script printed to standard output.
    pub stdout: String,
    /// Everything written to standard error (warnings, `sys.stderr`).
    pub stderr: String,
    /// The value of the script's last statement when it is an expression.
    pub value: Value,
}

/// The outcome of a script with its output, even when it failed.
#[derive(Debug, Clone)]
pub struct PoolOutcome {
    /// Everything the script printed to standard output.
    pub stdout: String,
    /// Everything written to standard error.
    pub stderr: String,
    /// The last expression's value, or the error that ended the script.
    pub result: Result<Value, Error>,
}

type Setup = Arc<dyn Fn(&mut Interpreter) + Send + Sync>;

/// How each script's interpreter is made.
#[derive(Clone)]
struct Config {
    setup: Option<Setup>,
    max_steps: Option<u64>,
    timeout: Option<Duration>,
    max_recursion_depth: Option<u32>,
    max_memory: Option<usize>,
    virtual_time: bool,
    per_worker: usize,
}

enum Source {
    Text(String),
    Program(Program),
}

struct Job {
    source: Source,
    reply: oneshot::Sender<PoolOutcome>,
}

struct Worker {
    jobs: mpsc::UnboundedSender<Job>,
    load: Arc<AtomicUsize>,
}

struct Inner {
    workers: Vec<Worker>,
    next: AtomicUsize,
}

/// Runs many scripts at once on worker threads. `Send + Sync + Clone`:
/// clones share the workers, and the futures it returns are `Send`, so any
/// task of a multi-thread runtime can use it.
///
/// Every script gets a fresh [`Interpreter`] (captured output, the pool's
/// limits, the host functions its setup registers), so scripts never see
/// each other. Top-level `await` works; scripts waiting on host futures
/// interleave on their worker.
///
/// ```
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() -> Result<(), pyroclast::Error> {
/// use pyroclast::Pool;
///
/// let pool = Pool::new(2);
/// let out = pool.run("print(sum(range(10)))").await?;
/// assert_eq!(out.stdout, "45\n");
/// # Ok(()) }
/// ```
#[derive(Clone)]
pub struct Pool {
    inner: Arc<Inner>,
}

/// Configures a [`Pool`].
pub struct PoolBuilder {
    workers: usize,
    config: Config,
}

impl PoolBuilder {
    /// Number of worker threads (at least 1).
    pub fn workers(mut self, n: usize) -> Self {
        self.workers = n.max(1);
        self
    }

    /// Runs `f` on every script's interpreter before the script, on the
    /// worker thread (register host functions and modules here).
    pub fn setup(mut self, f: impl Fn(&mut Interpreter) + Send + Sync + 'static) -> Self {
        self.config.setup = Some(Arc::new(f));
        self
    }

    /// See [`Builder::max_steps`](crate::Builder::max_steps).
    pub fn max_steps(mut self, steps: u64) -> Self {
        self.config.max_steps = Some(steps);
        self
    }

    /// See [`Builder::timeout`](crate::Builder::timeout).
    pub fn timeout(mut self, t: Duration) -> Self {
        self.config.timeout = Some(t);
        self
    }

    /// See [`Builder::max_recursion_depth`](crate::Builder::max_recursion_depth).
    pub fn max_recursion_depth(mut self, depth: u32) -> Self {
        self.config.max_recursion_depth = Some(depth);
        self
    }

    /// See [`Builder::max_memory`](crate::Builder::max_memory).
    pub fn max_memory(mut self, bytes: usize) -> Self {
        self.config.max_memory = Some(bytes);
        self
    }

    /// See [`Builder::virtual_time`](crate::Builder::virtual_time).
    pub fn virtual_time(mut self, on: bool) -> Self {
        self.config.virtual_time = on;
        self
    }

    /// Scripts one worker runs at once (default 64, at most 100,000); more
    /// wait their turn.
    pub fn scripts_per_worker(mut self, n: usize) -> Self {
        self.config.per_worker = n.clamp(1, 100_000);
        self
    }

    /// Starts the workers. A worker that cannot start its runtime makes
    /// its scripts fail with `RuntimeError`.
    pub fn build(self) -> Pool {
        let workers = (0..self.workers)
            .map(|i| spawn_worker(i, self.config.clone()))
            .collect();
        Pool {
            inner: Arc::new(Inner {
                workers,
                next: AtomicUsize::new(0),
            }),
        }
    }
}

impl Pool {
    /// A pool of `workers` threads with default settings.
    pub fn new(workers: usize) -> Pool {
        Pool::builder().workers(workers).build()
    }

    /// Configures a pool.
    pub fn builder() -> PoolBuilder {
        PoolBuilder {
            workers: 1,
            config: Config {
                setup: None,
                max_steps: None,
                timeout: None,
                max_recursion_depth: None,
                max_memory: None,
                virtual_time: false,
                per_worker: 64,
            },
        }
    }

    /// Runs a script; `Err` when it raised (or was stopped).
    pub fn run(
        &self,
        source: impl Into<String>,
    ) -> impl Future<Output = Result<PoolOutput, Error>> + Send + 'static {
        let outcome = self.submit(Source::Text(source.into()));
        async move { ok_output(outcome.await) }
    }

    /// Runs a compiled program (blocking code, no top-level `await`).
    pub fn run_program(
        &self,
        program: &Program,
    ) -> impl Future<Output = Result<PoolOutput, Error>> + Send + 'static {
        let outcome = self.submit(Source::Program(program.clone()));
        async move { ok_output(outcome.await) }
    }

    /// Runs a script and returns its output even when it fails.
    pub fn run_full(
        &self,
        source: impl Into<String>,
    ) -> impl Future<Output = PoolOutcome> + Send + 'static {
        self.submit(Source::Text(source.into()))
    }

    fn submit(&self, source: Source) -> impl Future<Output = PoolOutcome> + Send + 'static {
        let (reply, answer) = oneshot::channel();
        let worker = self.pick();
        worker.load.fetch_add(1, Ordering::Relaxed);
        let sent = worker.jobs.send(Job { source, reply }).is_ok();
        if !sent {
            worker.load.fetch_sub(1, Ordering::Relaxed);
        }
        async move {
            match answer.await {
                Ok(outcome) => outcome,
                Err(_) => PoolOutcome {
                    stdout: String::new(),
                    stderr: String::new(),
                    result: Err(Error::exception(
                        "RuntimeError",
                        "the pool's worker stopped before running the script",
                    )),
                },
            }
        }
    }

    /// The least loaded worker (round-robin among equals).
    fn pick(&self) -> &Worker {
        let workers = &self.inner.workers;
        let start = self.inner.next.fetch_add(1, Ordering::Relaxed) % workers.len();
        let mut best = start;
        for k in 1..workers.len() {
            let i = (start + k) % workers.len();
            if workers[i].load.load(Ordering::Relaxed) < workers[best].load.load(Ordering::Relaxed)
            {
                best = i;
            }
        }
        &workers[best]
    }
}

fn ok_output(o: PoolOutcome) -> Result<PoolOutput, Error> {
    o.result.map(|value| PoolOutput {
        stdout: o.stdout,
        stderr: o.stderr,
        value,
    })
}

fn spawn_worker(index: usize, config: Config) -> Worker {
    let (jobs, rx) = mpsc::unbounded_channel();
    let load = Arc::new(AtomicUsize::new(0));
    let worker_load = load.clone();
    // A large stack, as the CLI's interpreter thread has: the evaluator
    // grows onto the heap where it recurses and containers are freed
    // through the trashcan, but a chain of other runtime objects nested
    // hundreds of thousands deep still drops recursively (README,
    // Differences). Reserved, not committed: untouched pages cost nothing.
    let started = std::thread::Builder::new()
        .name(format!("pyroclast-pool-{index}"))
        .stack_size(256 << 20)
        .spawn(move || worker_main(index, rx, config, worker_load));
    if started.is_err() {
        // No thread: the receiver is gone, so every job sent fails with
        // "the pool's worker stopped".
    }
    Worker { jobs, load }
}

fn worker_main(
    index: usize,
    mut rx: mpsc::UnboundedReceiver<Job>,
    config: Config,
    load: Arc<AtomicUsize>,
) {
    // The scripts run on this thread (a `LocalSet`); the runtime's one
    // worker thread drives timers and I/O, so host futures keep moving even
    // while a script blocks this thread in `asyncio.run`.
    let Ok(rt) = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .thread_name(format!("pyroclast-pool-{index}-io"))
        .enable_all()
        .build()
    else {
        return;
    };
    let local = tokio::task::LocalSet::new();
    local.block_on(&rt, async move {
        let slots = Arc::new(tokio::sync::Semaphore::new(config.per_worker));
        while let Some(job) = rx.recv().await {
            let Ok(permit) = slots.clone().acquire_owned().await else {
                break;
            };
            let config = config.clone();
            let load = load.clone();
            tokio::task::spawn_local(async move {
                let outcome = run_job(&config, job.source).await;
                let _ = job.reply.send(outcome);
                load.fetch_sub(1, Ordering::Relaxed);
                drop(permit);
            });
        }
        // Let the scripts still running finish before the thread ends.
        let _ = slots.acquire_many(config.per_worker as u32).await;
    });
}

async fn run_job(config: &Config, source: Source) -> PoolOutcome {
    let mut b = Interpreter::builder()
        .capture_output()
        .virtual_time(config.virtual_time);
    if let Some(n) = config.max_steps {
        b = b.max_steps(n);
    }
    if let Some(t) = config.timeout {
        b = b.timeout(t);
    }
    if let Some(d) = config.max_recursion_depth {
        b = b.max_recursion_depth(d);
    }
    if let Some(m) = config.max_memory {
        b = b.max_memory(m);
    }
    let mut py = b.build();
    if let Some(setup) = &config.setup {
        setup(&mut py);
    }
    let result = match source {
        Source::Text(s) => py.eval_module_async(&s).await,
        Source::Program(p) => py.run_program(&p, &[]),
    };
    PoolOutcome {
        stdout: py.take_output(),
        stderr: py.take_stderr(),
        result,
    }
}
