//! Where Pyroclast deliberately differs from CPython because it runs one
//! thread and its strings are UTF-8: behaviour the golden corpus cannot pin
//! (CPython would hang, or accept what Pyroclast cannot represent).

use pyroclast::Interpreter;

fn error_of(code: &str) -> (String, String) {
    let mut py = Interpreter::builder().capture_output().build();
    let e = py.run(code).unwrap_err();
    (e.exception_type().unwrap_or("").to_string(), e.message())
}

#[test]
fn waits_that_could_never_end_raise() {
    // CPython blocks for good: no other thread could put, get or finish.
    for code in [
        "import queue\nqueue.Queue().get()",
        "import queue\nq = queue.Queue(1)\nq.put(1)\nq.put(2)",
        "import queue\nq = queue.Queue()\nq.put(1)\nq.join()",
        "import queue\nqueue.SimpleQueue().get()",
        "import queue\nqueue.LifoQueue().get(block=True, timeout=None)",
    ] {
        let (kind, msg) = error_of(code);
        assert_eq!(kind, "RuntimeError", "{code}");
        assert!(msg.contains("would block forever"), "{code}: {msg}");
    }
}

#[test]
fn lone_surrogate_escapes_are_decode_errors() {
    // CPython returns a str holding the lone surrogate.
    for (doc, pos) in [(r#""\ud800""#, 1), (r#"["ok", "a\udc00b"]"#, 9)] {
        let code = format!("import json\njson.loads({doc:?})");
        let (kind, msg) = error_of(&code);
        assert_eq!(kind, "JSONDecodeError", "{doc}");
        assert!(msg.contains("Lone surrogate"), "{doc}: {msg}");
        assert!(msg.ends_with(&format!("(char {pos})")), "{doc}: {msg}");
    }
    // A pair is one character.
    let mut py = Interpreter::builder().capture_output().build();
    py.run(r#"import json; print(json.loads('"\\ud83d\\ude00"') == '\U0001F600')"#)
        .unwrap();
    assert_eq!(py.take_output(), "True\n");
}
