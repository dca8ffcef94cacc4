//! Files through the host's grant: what a granted directory allows, and
//! that an interpreter without one fails as CPython does when permission
//! is missing (PermissionError, errno 13) without touching the file.

use pyroclast::{Access, Interpreter};

fn scratch(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("pyroclast-files-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn a_grant_lets_python_read_and_write_under_it() {
    let dir = scratch("grant");
    let mut py = Interpreter::builder()
        .capture_output()
        .allow_dir(&dir, Access::ReadWrite)
        .build();
    py.run(
        "import os, pathlib\n\
         with open('a.txt', 'w') as f:\n    f.write('one\\ntwo\\n')\n\
         print(open('a.txt').readlines(), os.listdir('.'))\n\
         pathlib.Path('sub').mkdir()\n\
         print(sorted(os.listdir()), os.path.isdir('sub'))",
    )
    .unwrap();
    assert_eq!(
        py.take_output(),
        "['one\\n', 'two\\n'] ['a.txt']\n['a.txt', 'sub'] True\n"
    );
    assert_eq!(
        std::fs::read_to_string(dir.join("a.txt")).unwrap(),
        "one\ntwo\n"
    );
    // Outside the tree: PermissionError, and nothing is made.
    let err = py.run("open('../escaped.txt', 'w')").unwrap_err();
    assert_eq!(err.exception_type(), Some("PermissionError"));
    assert!(!dir.parent().unwrap().join("escaped.txt").exists());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_read_only_grant_refuses_writes() {
    let dir = scratch("readonly");
    std::fs::write(dir.join("r.txt"), "kept").unwrap();
    let mut py = Interpreter::builder()
        .capture_output()
        .allow_dir(&dir, Access::ReadOnly)
        .build();
    py.run("print(open('r.txt').read())").unwrap();
    assert_eq!(py.take_output(), "kept\n");
    for code in [
        "open('r.txt', 'w')",
        "open('new.txt', 'x')",
        "import os; os.remove('r.txt')",
    ] {
        let err = py.run(code).unwrap_err();
        assert_eq!(err.exception_type(), Some("PermissionError"), "{code}");
    }
    assert_eq!(std::fs::read_to_string(dir.join("r.txt")).unwrap(), "kept");
    assert!(!dir.join("new.txt").exists());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn without_a_grant_every_file_operation_is_a_permission_error() {
    let dir = scratch("denied");
    let target = dir.join("x.txt");
    std::fs::write(&target, "secret").unwrap();
    let mut py = Interpreter::builder().capture_output().build();
    py.set_global("p", target.to_str().unwrap()).unwrap();
    py.run(
        "import os\n\
         for f in [lambda: open(p), lambda: open(p, 'w'), lambda: os.listdir('/'), lambda: os.remove(p)]:\n\
         \x20   try:\n\
         \x20       f()\n\
         \x20   except PermissionError as e:\n\
         \x20       print(type(e).__name__, e.errno, isinstance(e, OSError))",
    )
    .unwrap();
    assert_eq!(py.take_output(), "PermissionError 13 True\n".repeat(4));
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "secret");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn standard_input_reaches_input_and_sys_stdin() {
    let mut py = Interpreter::builder()
        .capture_output()
        .stdin(std::io::Cursor::new("Ada\nline two\nline three\nrest\n"))
        .build();
    py.run(
        "import sys\n\
         name = input('name? ')\n\
         print('hello', name)\n\
         print(repr(sys.stdin.readline()))\n\
         for line in sys.stdin:\n    print(repr(line))\n    break\n\
         print(repr(sys.stdin.read()))\n\
         try:\n    input()\nexcept EOFError as e:\n    print('EOFError:', e)",
    )
    .unwrap();
    assert_eq!(
        py.take_output(),
        "name? hello Ada\n'line two\\n'\n'line three\\n'\n'rest\\n'\nEOFError: EOF when reading a line\n"
    );
}
