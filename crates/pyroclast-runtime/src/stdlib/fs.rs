//! `_fs`: the primitives `open()`, `io`, `os` and `pathlib` are written
//! over (those are Python, in `python/`). Every path goes through the
//! interpreter's capability (`object/fs.rs`) before the host sees it; a
//! refused path raises `PermissionError` (errno 13) naming the path as the
//! script wrote it. Host errors become the `OSError` subclass of their
//! errno with the C library's message, as in CPython.

use std::any::Any;
use std::cell::RefCell;
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::PathBuf;
use std::rc::Rc;

use super::toolkit::functions;
use crate::object::exc_kind::ExcKind;
use crate::object::fs::Follow;
use crate::object::model::{Class, Namespace};
use crate::object::value::{Args, Native, Value};
use crate::protocol::args::{Sig, Style, check};
use crate::protocol::ops::type_name;
use crate::{Interp, PyErr, PyResult};

/// An open host file with a small read buffer (so `readline` does not
/// read byte by byte); writes, seeks and `tell` first give back what was
/// read ahead. Dropping it closes the file.
struct Handle {
    file: RefCell<Option<std::fs::File>>,
    buf: RefCell<(Vec<u8>, usize)>,
    /// Open for appending: every write goes to the end.
    append: bool,
}

impl Native for Handle {
    fn class(&self, vm: &Interp) -> Rc<Class> {
        vm.other_class("_fs.Handle")
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// The `OSError` subclass for a host error on `name` (and `name2`).
fn os_error(vm: &Interp, e: &std::io::Error, name: Option<&str>, name2: Option<&str>) -> PyErr {
    let Some(errno) = e.raw_os_error() else {
        return vm.error(ExcKind::OSError, e.to_string());
    };
    // std's text is strerror(errno) followed by " (os error N)".
    let text = e.to_string();
    let strerror = text
        .strip_suffix(&format!(" (os error {errno})"))
        .unwrap_or(&text);
    errno_error(vm, i64::from(errno), strerror, name, name2)
}

fn errno_error(
    vm: &Interp,
    errno: i64,
    strerror: &str,
    name: Option<&str>,
    name2: Option<&str>,
) -> PyErr {
    let mut args = vec![Value::Int(errno), Value::str(strerror)];
    if let Some(n) = name {
        args.push(Value::str(n));
    }
    if let Some(n2) = name2 {
        args.extend([Value::None, Value::str(n2)]);
    }
    PyErr(vm.new_exception(&vm.exc_class(ExcKind::OSError), args))
}

/// The host path for `name`, or the `PermissionError` refusing it.
fn resolve(vm: &Interp, name: &str, write: bool, follow: Follow) -> PyResult<PathBuf> {
    vm.fs
        .borrow()
        .resolve(name, write, follow)
        .map_err(|d| errno_error(vm, 13, d.message(), Some(name), None))
}

fn str_arg(vm: &Interp, fname: &str, v: &Value) -> PyResult<Rc<str>> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        other => Err(vm.type_error(format!(
            "{fname}: path should be string, not {}",
            type_name(vm, other)
        ))),
    }
}

fn int_arg(vm: &Interp, v: &Value) -> PyResult<i64> {
    crate::protocol::types::construct::index_arg(vm, v)
}

fn handle<'a>(vm: &Interp, v: &'a Value) -> PyResult<&'a Handle> {
    v.native::<Handle>()
        .ok_or_else(|| vm.type_error("expected a file handle"))
}

fn closed(vm: &Interp) -> PyErr {
    vm.value_error("I/O operation on closed file.")
}

/// `open(path, mode)`: mode is one of `r w a x` with an optional `+`.
fn open(vm: &Interp, a: Args) -> PyResult<Value> {
    check(vm, &a, &Sig::function("open", Style::Clinic, 2, 2))?;
    let name = str_arg(vm, "open", &a.pos[0])?;
    let mode = str_arg(vm, "open", &a.pos[1])?;
    let plus = mode.contains('+');
    let kind = mode.chars().next().unwrap_or('r');
    let write = kind != 'r' || plus;
    let path = resolve(vm, &name, write, Follow::Yes)?;
    let mut o = std::fs::OpenOptions::new();
    match kind {
        'r' => o.read(true).write(plus),
        'w' => o.write(true).create(true).truncate(true).read(plus),
        'a' => o.append(true).create(true).read(plus),
        'x' => o.write(true).create_new(true).read(plus),
        _ => return Err(vm.value_error(format!("invalid mode: '{mode}'"))),
    };
    let file = o
        .open(&path)
        .map_err(|e| os_error(vm, &e, Some(&name), None))?;
    // Opening a directory for reading succeeds on Linux; CPython's FileIO
    // refuses it after the fact.
    if file.metadata().map(|m| m.is_dir()).unwrap_or(false) {
        return Err(errno_error(vm, 21, "Is a directory", Some(&name), None));
    }
    Ok(Value::Native(Rc::new(Handle {
        file: RefCell::new(Some(file)),
        buf: RefCell::new((Vec::new(), 0)),
        append: kind == 'a',
    })))
}

impl Handle {
    /// Gives back what was read ahead, so the host position is the
    /// logical one.
    fn unread(&self, file: &mut std::fs::File) -> std::io::Result<()> {
        let mut b = self.buf.borrow_mut();
        let ahead = b.0.len() - b.1;
        if ahead > 0 {
            file.seek(SeekFrom::Current(-(ahead as i64)))?;
        }
        b.0.clear();
        b.1 = 0;
        Ok(())
    }

    /// Bytes up to and including the first line end `ends` accepts
    /// (`limit` bytes at most; all of them for a negative limit).
    fn read_line(
        &self,
        file: &mut std::fs::File,
        limit: i64,
        newline: u8,
    ) -> std::io::Result<Vec<u8>> {
        let mut out = Vec::new();
        loop {
            let mut b = self.buf.borrow_mut();
            if b.1 >= b.0.len() {
                b.0.resize(8192, 0);
                let n = file.read(&mut b.0)?;
                b.0.truncate(n);
                b.1 = 0;
                if n == 0 {
                    return Ok(out);
                }
            }
            let (data, pos) = (&b.0, b.1);
            let mut i = pos;
            let mut done = false;
            while i < data.len() {
                if limit >= 0 && out.len() + (i - pos) >= limit as usize {
                    done = true;
                    break;
                }
                let c = data[i];
                i += 1;
                // newline: 0 = '\n', 1 = universal ('\n', '\r', '\r\n'),
                // 2 = '\r', 3 = '\r\n'.
                let end = match newline {
                    0 => c == b'\n',
                    2 => c == b'\r',
                    3 => {
                        let prev = if i - 1 > pos {
                            Some(data[i - 2])
                        } else {
                            out.last().copied()
                        };
                        c == b'\n' && prev == Some(b'\r')
                    }
                    _ => c == b'\n' || c == b'\r',
                };
                if end {
                    done = true;
                    break;
                }
            }
            out.extend_from_slice(&data[pos..i]);
            b.1 = i;
            if done {
                drop(b);
                // A universal '\r' takes a following '\n' with it.
                if newline == 1
                    && out.last() == Some(&b'\r')
                    && (limit < 0 || (out.len() as i64) < limit)
                {
                    let mut b = self.buf.borrow_mut();
                    if b.1 >= b.0.len() {
                        b.0.resize(8192, 0);
                        let n = file.read(&mut b.0)?;
                        b.0.truncate(n);
                        b.1 = 0;
                    }
                    if b.1 < b.0.len() && b.0[b.1] == b'\n' {
                        out.push(b'\n');
                        b.1 += 1;
                    }
                }
                return Ok(out);
            }
        }
    }
}

/// Runs `f` on the open host file of a handle.
fn with_file<R>(
    vm: &Interp,
    v: &Value,
    f: impl FnOnce(&Handle, &mut std::fs::File) -> std::io::Result<R>,
) -> PyResult<R> {
    let h = handle(vm, v)?;
    let mut slot = h.file.borrow_mut();
    let file = slot.as_mut().ok_or_else(|| closed(vm))?;
    // Errors on an open file name no file, as CPython's.
    f(h, file).map_err(|e| os_error(vm, &e, None, None))
}

/// `read(h, n)`: up to `n` bytes (all the rest for a negative `n`).
fn read(vm: &Interp, a: Args) -> PyResult<Value> {
    check(vm, &a, &Sig::function("read", Style::Clinic, 2, 2))?;
    let n = int_arg(vm, &a.pos[1])?;
    let data = with_file(vm, &a.pos[0], |h, file| {
        let mut out = Vec::new();
        {
            let mut b = h.buf.borrow_mut();
            let avail = &b.0[b.1..];
            let take = if n < 0 {
                avail.len()
            } else {
                avail.len().min(n as usize)
            };
            out.extend_from_slice(&avail[..take]);
            b.1 += take;
        }
        if n < 0 {
            file.read_to_end(&mut out)?;
        } else {
            let want = n as usize - out.len();
            let start = out.len();
            out.resize(n as usize, 0);
            let mut got = 0;
            while got < want {
                let k = file.read(&mut out[start + got..])?;
                if k == 0 {
                    break;
                }
                got += k;
            }
            out.truncate(start + got);
        }
        Ok(out)
    })?;
    Ok(Value::Bytes(Rc::from(data)))
}

/// `readline(h, limit, newline)`: one line's bytes with its end.
fn readline(vm: &Interp, a: Args) -> PyResult<Value> {
    check(vm, &a, &Sig::function("readline", Style::Clinic, 3, 3))?;
    let limit = int_arg(vm, &a.pos[1])?;
    let newline = int_arg(vm, &a.pos[2])? as u8;
    let line = with_file(vm, &a.pos[0], |h, file| h.read_line(file, limit, newline))?;
    Ok(Value::Bytes(Rc::from(line)))
}

fn write(vm: &Interp, a: Args) -> PyResult<Value> {
    check(vm, &a, &Sig::function("write", Style::Clinic, 2, 2))?;
    let Value::Bytes(data) = &a.pos[1] else {
        return Err(vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name(vm, &a.pos[1])
        )));
    };
    with_file(vm, &a.pos[0], |h, file| {
        h.unread(file)?;
        if h.append {
            file.seek(SeekFrom::End(0))?;
        }
        file.write_all(data)
    })?;
    Ok(Value::Int(data.len() as i64))
}

fn seek(vm: &Interp, a: Args) -> PyResult<Value> {
    check(vm, &a, &Sig::function("seek", Style::Clinic, 3, 3))?;
    let off = int_arg(vm, &a.pos[1])?;
    let whence = int_arg(vm, &a.pos[2])?;
    let to = match whence {
        0 if off < 0 => return Err(vm.value_error(format!("negative seek position {off}"))),
        0 => SeekFrom::Start(off as u64),
        1 => SeekFrom::Current(off),
        2 => SeekFrom::End(off),
        _ => {
            return Err(vm.value_error(format!("whence value {whence} unsupported")));
        }
    };
    let pos = with_file(vm, &a.pos[0], |h, file| {
        h.unread(file)?;
        file.seek(to)
    })?;
    Ok(Value::Int(pos as i64))
}

fn tell(vm: &Interp, a: Args) -> PyResult<Value> {
    check(vm, &a, &Sig::function("tell", Style::One, 1, 1))?;
    let pos = with_file(vm, &a.pos[0], |h, file| {
        let b = h.buf.borrow();
        let ahead = (b.0.len() - b.1) as u64;
        Ok(file.stream_position()? - ahead)
    })?;
    Ok(Value::Int(pos as i64))
}

/// `truncate(h, size)`: the file's new length; the position stays.
fn truncate(vm: &Interp, a: Args) -> PyResult<Value> {
    check(vm, &a, &Sig::function("truncate", Style::Clinic, 2, 2))?;
    let size = int_arg(vm, &a.pos[1])?;
    if size < 0 {
        return Err(vm.value_error(format!("negative size value {size}")));
    }
    with_file(vm, &a.pos[0], |h, file| {
        h.unread(file)?;
        file.set_len(size as u64)
    })?;
    Ok(Value::Int(size))
}

fn close(vm: &Interp, a: Args) -> PyResult<Value> {
    check(vm, &a, &Sig::function("close", Style::One, 1, 1))?;
    let h = handle(vm, &a.pos[0])?;
    let file = h.file.borrow_mut().take();
    drop(file);
    Ok(Value::None)
}

fn fileno(vm: &Interp, a: Args) -> PyResult<Value> {
    check(vm, &a, &Sig::function("fileno", Style::One, 1, 1))?;
    #[cfg(unix)]
    {
        use std::os::fd::AsRawFd;
        with_file(vm, &a.pos[0], |_, f| {
            Ok(Value::Int(i64::from(f.as_raw_fd())))
        })
    }
    #[cfg(not(unix))]
    Err(vm.error(ExcKind::OSError, "fileno is not supported here"))
}

/// `stat(path, follow)`: `(mode, ino, dev, nlink, uid, gid, size, atime,
/// mtime, ctime)`, times as float seconds.
fn stat(vm: &Interp, a: Args) -> PyResult<Value> {
    check(vm, &a, &Sig::function("stat", Style::Clinic, 2, 2))?;
    let name = str_arg(vm, "stat", &a.pos[0])?;
    let follow = if crate::protocol::ops::truthy(vm, &a.pos[1])? {
        Follow::Yes
    } else {
        Follow::No
    };
    let path = resolve(vm, &name, false, follow)?;
    let meta = if follow == Follow::Yes {
        std::fs::metadata(&path)
    } else {
        std::fs::symlink_metadata(&path)
    }
    .map_err(|e| os_error(vm, &e, Some(&name), None))?;
    Ok(stat_tuple(&meta))
}

#[cfg(unix)]
fn stat_tuple(m: &std::fs::Metadata) -> Value {
    use std::os::unix::fs::MetadataExt;
    let t = |s: i64, ns: i64| Value::Float(s as f64 + ns as f64 * 1e-9);
    Value::tuple(vec![
        Value::Int(i64::from(m.mode())),
        Value::Int(m.ino() as i64),
        Value::Int(m.dev() as i64),
        Value::Int(m.nlink() as i64),
        Value::Int(i64::from(m.uid())),
        Value::Int(i64::from(m.gid())),
        Value::Int(m.size() as i64),
        t(m.atime(), m.atime_nsec()),
        t(m.mtime(), m.mtime_nsec()),
        t(m.ctime(), m.ctime_nsec()),
    ])
}

#[cfg(not(unix))]
fn stat_tuple(m: &std::fs::Metadata) -> Value {
    let secs = |t: std::io::Result<std::time::SystemTime>| {
        Value::Float(
            t.ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map_or(0.0, |d| d.as_secs_f64()),
        )
    };
    let mode = if m.is_dir() { 0o040755 } else { 0o100644 };
    Value::tuple(vec![
        Value::Int(mode),
        Value::Int(0),
        Value::Int(0),
        Value::Int(1),
        Value::Int(0),
        Value::Int(0),
        Value::Int(m.len() as i64),
        secs(m.accessed()),
        secs(m.modified()),
        secs(m.modified()),
    ])
}

/// `listdir(path)`: the names in a directory, in the host's order.
fn listdir(vm: &Interp, a: Args) -> PyResult<Value> {
    check(vm, &a, &Sig::function("listdir", Style::One, 1, 1))?;
    let name = str_arg(vm, "listdir", &a.pos[0])?;
    let path = resolve(vm, &name, false, Follow::Yes)?;
    let entries = std::fs::read_dir(&path).map_err(|e| os_error(vm, &e, Some(&name), None))?;
    let mut out = Vec::new();
    for e in entries {
        let e = e.map_err(|e| os_error(vm, &e, Some(&name), None))?;
        out.push(Value::str(&e.file_name().to_string_lossy()));
    }
    Ok(Value::list(out))
}

/// One-path operations that change the tree: `mkdir`, `rmdir`, `remove`.
fn change(vm: &Interp, a: Args, what: &'static str) -> PyResult<Value> {
    check(vm, &a, &Sig::function(what, Style::One, 1, 1))?;
    let name = str_arg(vm, what, &a.pos[0])?;
    let path = resolve(vm, &name, true, Follow::No)?;
    match what {
        "mkdir" => std::fs::create_dir(&path),
        "rmdir" => std::fs::remove_dir(&path),
        _ => std::fs::remove_file(&path),
    }
    .map_err(|e| os_error(vm, &e, Some(&name), None))?;
    Ok(Value::None)
}

fn rename(vm: &Interp, a: Args) -> PyResult<Value> {
    check(vm, &a, &Sig::function("rename", Style::Clinic, 2, 2))?;
    let src = str_arg(vm, "rename", &a.pos[0])?;
    let dst = str_arg(vm, "rename", &a.pos[1])?;
    let from = resolve(vm, &src, true, Follow::No)?;
    let to = resolve(vm, &dst, true, Follow::No)?;
    std::fs::rename(&from, &to).map_err(|e| os_error(vm, &e, Some(&src), Some(&dst)))?;
    Ok(Value::None)
}

fn getcwd(vm: &Interp, a: Args) -> PyResult<Value> {
    check(vm, &a, &Sig::function("getcwd", Style::NoArgs, 0, 0))?;
    let cwd = vm.fs.borrow().cwd();
    match cwd {
        Some(p) => Ok(Value::str(&p.to_string_lossy())),
        None => Err(errno_error(
            vm,
            13,
            crate::object::fs::Denied::NoAccess.message(),
            None,
            None,
        )),
    }
}

fn chdir(vm: &Interp, a: Args) -> PyResult<Value> {
    check(vm, &a, &Sig::function("chdir", Style::One, 1, 1))?;
    let name = str_arg(vm, "chdir", &a.pos[0])?;
    let path = resolve(vm, &name, false, Follow::Yes)?;
    let meta = std::fs::metadata(&path).map_err(|e| os_error(vm, &e, Some(&name), None))?;
    if !meta.is_dir() {
        return Err(errno_error(vm, 20, "Not a directory", Some(&name), None));
    }
    vm.fs.borrow().set_cwd(path);
    Ok(Value::None)
}

/// `realpath(path)`: the absolute path with links followed (the parts
/// that exist), for `os.path.realpath` and `Path.resolve`.
fn realpath(vm: &Interp, a: Args) -> PyResult<Value> {
    check(vm, &a, &Sig::function("realpath", Style::One, 1, 1))?;
    let name = str_arg(vm, "realpath", &a.pos[0])?;
    let path = resolve(vm, &name, false, Follow::Yes)?;
    Ok(Value::str(&path.to_string_lossy()))
}

/// `environ()`: the environment the host gave, as `(name, value)` pairs.
fn environ(vm: &Interp, a: Args) -> PyResult<Value> {
    check(vm, &a, &Sig::function("environ", Style::NoArgs, 0, 0))?;
    let pairs = vm.environ.borrow();
    Ok(Value::list(
        pairs
            .iter()
            .flatten()
            .map(|(k, v)| Value::tuple(vec![Value::str(k), Value::str(v)]))
            .collect(),
    ))
}

/// `granted()`: whether the host granted any directory.
fn granted(vm: &Interp, a: Args) -> PyResult<Value> {
    check(vm, &a, &Sig::function("granted", Style::NoArgs, 0, 0))?;
    Ok(Value::Bool(vm.fs.borrow().any()))
}

/// `getpid()`: the host process's id (os.getpid).
fn getpid(vm: &Interp, a: Args) -> PyResult<Value> {
    check(vm, &a, &Sig::function("getpid", Style::NoArgs, 0, 0))?;
    Ok(Value::Int(i64::from(std::process::id())))
}

/// `cpu_count()`: the processors available, or None (os.cpu_count).
fn cpu_count(vm: &Interp, a: Args) -> PyResult<Value> {
    check(vm, &a, &Sig::function("cpu_count", Style::NoArgs, 0, 0))?;
    Ok(std::thread::available_parallelism().map_or(Value::None, |n| Value::Int(n.get() as i64)))
}

/// Fills `_fs`.
pub fn fill(_vm: &Interp, ns: &Namespace) -> PyResult<()> {
    super::toolkit::fill(
        ns,
        functions(&[
            ("open", open),
            ("read", read),
            ("readline", readline),
            ("write", write),
            ("seek", seek),
            ("tell", tell),
            ("truncate", truncate),
            ("close", close),
            ("fileno", fileno),
            ("stat", stat),
            ("listdir", listdir),
            ("mkdir", |vm, a| change(vm, a, "mkdir")),
            ("rmdir", |vm, a| change(vm, a, "rmdir")),
            ("remove", |vm, a| change(vm, a, "remove")),
            ("rename", rename),
            ("getcwd", getcwd),
            ("chdir", chdir),
            ("realpath", realpath),
            ("environ", environ),
            ("granted", granted),
            ("getpid", getpid),
            ("cpu_count", cpu_count),
        ]),
    );
    Ok(())
}
