//! The `pyroclast` command: runs a Python script, a `-c` string or standard
//! input, CPython-style, or opens the interactive prompt.

mod alloc;
mod editor;
mod repl;
mod source;

use std::io::{IsTerminal, Read};
use std::process::ExitCode;

use clap::Parser;
use pyroclast::{Access, Error, Interpreter, Program};

/// glibc's allocator with a per-thread cache of small freed blocks (`alloc.rs`).
#[global_allocator]
static ALLOC: alloc::FreeListAllocator = alloc::FreeListAllocator;

/// Command-line interface, modelled on `python3`'s.
#[derive(Parser, Debug)]
#[command(
    name = "pyroclast",
    version,
    about = "Run Python 3 scripts with Pyroclast, an async-first interpreter",
    override_usage = "pyroclast [OPTIONS] [FILE | -c CODE | -] [ARGS]..."
)]
struct Cli {
    /// Open the interactive prompt after running FILE, with its globals.
    #[arg(short = 'i')]
    interactive: bool,

    /// Program passed in as a string (terminates the option list).
    #[arg(short = 'c', value_name = "CODE", allow_hyphen_values = true)]
    command: Option<String>,

    /// Print the parsed syntax tree instead of running the program.
    #[arg(long = "dump-ast")]
    dump_ast: bool,

    /// Run the asyncio loop on a virtual clock that jumps to the next timer
    /// whenever every task waits.
    #[arg(long = "virtual-time")]
    virtual_time: bool,

    /// Script path, or `-` for standard input; the remaining arguments go to `sys.argv`.
    #[arg(
        value_name = "FILE",
        trailing_var_arg = true,
        allow_hyphen_values = true
    )]
    args: Vec<String>,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    // The interpreter gets a large stack: deep Python recursion and nested
    // polls of suspended frames stay far from the native limit. It is
    // switched to on this thread: a thread of its own cost a tenth of
    // running `print("hello")`, and its allocations went to a glibc arena
    // of its own that grew by one `mprotect` call per page.
    let code = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        stacker::grow(512 << 20, move || run(cli))
    }));
    ExitCode::from(code.unwrap_or(70))
}

fn run(cli: Cli) -> u8 {
    let from_terminal =
        cli.command.is_none() && cli.args.is_empty() && std::io::stdin().is_terminal();
    if from_terminal || (cli.interactive && cli.command.is_none()) {
        let file = match cli.args.first() {
            Some(path) if path != "-" => match load(&cli) {
                Ok(s) => Some(s),
                Err((msg, status)) => {
                    eprintln!("{msg}");
                    return status;
                }
            },
            _ => None,
        };
        let mut argv = cli.args.clone();
        if argv.is_empty() {
            argv.push(String::new());
        }
        return repl::run(repl::Options {
            virtual_time: cli.virtual_time,
            argv,
            file,
        });
    }
    let (source, filename) = match load(&cli) {
        Ok(s) => s,
        Err((msg, status)) => {
            eprintln!("{msg}");
            return status;
        }
    };
    let program = match Program::compile(source, filename) {
        Ok(p) => p,
        Err(e) => return report(&e),
    };
    if cli.dump_ast {
        println!("{}", program.dump_ast());
        return 0;
    }
    let mut argv = cli.args.clone();
    if cli.command.is_some() {
        argv.insert(0, "-c".into());
    }
    if argv.is_empty() {
        argv.push(String::new());
    }
    // Scripts get what they would get under CPython: the files under the
    // working directory and the system's temporary directory (for
    // `tempfile`), read-write, and the process's environment.
    let builder = Interpreter::builder()
        .argv(argv)
        .virtual_time(cli.virtual_time)
        .stdin(std::io::BufReader::new(std::io::stdin()))
        .environ(std::env::vars())
        .allow_dir(".", Access::ReadWrite)
        .allow_dir(std::env::temp_dir(), Access::ReadWrite)
        .module_paths(search_path(
            match (&cli.command, cli.args.first()) {
                (None, Some(path)) if path != "-" => Some(main_script(path)),
                _ => None,
            }
            .as_deref(),
        ));
    let mut py = builder.build();
    // Ctrl-C raises KeyboardInterrupt in the script (traceback, status 130);
    // a second one while the first has not reached the code (it is blocked
    // reading input, say) ends the process.
    let handle = py.interrupt_handle();
    let _ = ctrlc::set_handler(move || {
        if handle.is_pending() {
            std::process::exit(130);
        }
        handle.interrupt();
    });
    let status = match py.run_program(&program, &[]) {
        Ok(_) => 0,
        Err(e) => report(&e),
    };
    // Dropping the interpreter finalizes `__main__` as CPython does at
    // exit (`__del__` methods of what it held run, then a collection).
    drop(py);
    status
}

/// Prints an error as CPython does at exit and returns the exit status.
fn report(e: &Error) -> u8 {
    match e {
        Error::SystemExit { code, message } => {
            if let Some(m) = message {
                eprintln!("{m}");
            }
            // The low byte, as the OS reports it.
            *code as u8
        }
        Error::Exception(x) => {
            eprintln!("{x}");
            if x.type_name == "KeyboardInterrupt" {
                // CPython exits as if killed by SIGINT.
                130
            } else {
                1
            }
        }
        other => {
            eprintln!("{other}");
            1
        }
    }
}

/// Reads the program text and chooses the name tracebacks show for it;
/// on failure, CPython's message and exit status.
fn load(cli: &Cli) -> Result<(String, String), (String, u8)> {
    if let Some(code) = &cli.command {
        return Ok((code.clone(), "<string>".into()));
    }
    match cli.args.first().map(String::as_str) {
        None | Some("-") => {
            let mut bytes = Vec::new();
            std::io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|e| (format!("pyroclast: can't read standard input: {e}"), 2))?;
            let s = source::decode(&bytes, "<stdin>").map_err(|m| (m, 1))?;
            Ok((s, "<stdin>".into()))
        }
        Some(path) => {
            // CPython 3.11 names the script by its absolute path (`__file__`,
            // tracebacks, its messages).
            let absolute = |p: &str| {
                std::path::absolute(p).map_or_else(|_| p.to_string(), |a| a.display().to_string())
            };
            let script = main_script(path);
            if std::path::Path::new(path).is_dir() && script == path {
                return Err((
                    format!(
                        "pyroclast: can't find '__main__' module in '{}'",
                        absolute(path)
                    ),
                    1,
                ));
            }
            let shown = absolute(&script);
            match std::fs::read(&script) {
                Ok(bytes) => match source::decode(&bytes, &shown) {
                    Ok(s) => Ok((s, shown)),
                    Err(msg) => Err((msg, 1)),
                },
                Err(e) => Err((
                    format!(
                        "pyroclast: can't open file '{shown}': [Errno {}] {}",
                        e.raw_os_error().unwrap_or(2),
                        describe_io(&e)
                    ),
                    2,
                )),
            }
        }
    }
}

/// The file to run for `path`: a folder runs its `__main__.py`, as CPython
/// does (returns `path` itself when the folder has none).
pub(crate) fn main_script(path: &str) -> String {
    let p = std::path::Path::new(path);
    if p.is_dir() {
        let main = p.join("__main__.py");
        if main.is_file() {
            return main.display().to_string();
        }
    }
    path.to_string()
}

fn describe_io(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "No such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "Permission denied".into(),
        // `strerror` text, without Rust's " (os error N)".
        _ => {
            let s = e.to_string();
            match s.rfind(" (os error ") {
                Some(i) => s[..i].to_string(),
                None => s,
            }
        }
    }
}

/// `sys.path` as CPython 3.11 starts it: the script's folder (absolute,
/// symbolic links resolved) or `''` (the current folder) for `-c`, standard
/// input and the prompt, then the entries of `PYTHONPATH`.
pub(crate) fn search_path(script: Option<&str>) -> Vec<std::path::PathBuf> {
    let first = match script {
        Some(path) => {
            let p = std::path::Path::new(path);
            let dir = match p.parent() {
                Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
                _ => std::path::PathBuf::from("."),
            };
            std::fs::canonicalize(&dir).unwrap_or(dir)
        }
        None => std::path::PathBuf::new(),
    };
    let mut path = vec![first];
    if let Some(extra) = std::env::var_os("PYTHONPATH") {
        path.extend(std::env::split_paths(&extra).filter(|p| !p.as_os_str().is_empty()));
    }
    path
}
