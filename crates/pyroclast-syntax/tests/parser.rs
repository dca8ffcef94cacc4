//! Parser tests: precedence and associativity, statement shapes, CPython's
//! error wording, the whole corpus parsing, an AST snapshot and a bounded
//! random-input smoke test.

use std::path::{Path, PathBuf};

use pyroclast_syntax::ast::*;
use pyroclast_syntax::{parse_expression, parse_module};

/// A compact prefix rendering of an expression, for precedence tests.
fn sexp(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Name(n) => n.id.to_string(),
        ExprKind::Constant(Constant::Int(i)) => i.to_string(),
        ExprKind::Constant(Constant::Str(s)) => format!("{s:?}"),
        ExprKind::Constant(c) => format!("{c:?}"),
        ExprKind::BinOp { left, op, right } => {
            format!("({} {} {})", op.symbol(), sexp(left), sexp(right))
        }
        ExprKind::UnaryOp { op, operand } => format!("({op:?} {})", sexp(operand)),
        ExprKind::BoolOp { op, values } => {
            format!(
                "({op:?} {})",
                values.iter().map(sexp).collect::<Vec<_>>().join(" ")
            )
        }
        ExprKind::Compare { left, ops } => {
            let mut s = format!("(cmp {}", sexp(left));
            for (op, r) in ops {
                s.push_str(&format!(" {} {}", op.symbol(), sexp(r)));
            }
            s + ")"
        }
        ExprKind::IfExp { test, body, orelse } => {
            format!("(if {} {} {})", sexp(test), sexp(body), sexp(orelse))
        }
        ExprKind::Await(v) => format!("(await {})", sexp(v)),
        ExprKind::Attribute { value, attr, .. } => format!("(. {} {attr})", sexp(value)),
        ExprKind::Call { func, args, .. } => {
            format!(
                "(call {} {})",
                sexp(func),
                args.iter().map(sexp).collect::<Vec<_>>().join(" ")
            )
        }
        ExprKind::Subscript { value, index, .. } => format!("([] {} {})", sexp(value), sexp(index)),
        ExprKind::Tuple(v) => format!(
            "(tuple {})",
            v.iter().map(sexp).collect::<Vec<_>>().join(" ")
        ),
        ExprKind::Starred(v) => format!("*{}", sexp(v)),
        ExprKind::Lambda(_) => "lambda".into(),
        ExprKind::NamedExpr { target, value } => format!("(:= {} {})", sexp(target), sexp(value)),
        other => format!("{other:?}"),
    }
}

fn p(src: &str) -> String {
    sexp(&parse_expression(src).unwrap_or_else(|e| panic!("{src}: {e}")))
}

#[test]
fn precedence_and_associativity() {
    assert_eq!(p("1 + 2 * 3"), "(+ 1 (* 2 3))");
    assert_eq!(p("1 - 2 - 3"), "(- (- 1 2) 3)");
    assert_eq!(p("2 ** 3 ** 2"), "(** 2 (** 3 2))");
    assert_eq!(p("-2 ** 2"), "(USub (** 2 2))");
    assert_eq!(
        p("a | b ^ c & d << e + f"),
        "(| a (^ b (& c (<< d (+ e f)))))"
    );
    assert_eq!(p("not a == b"), "(Not (cmp a == b))");
    assert_eq!(p("a or b and not c"), "(Or a (And b (Not c)))");
    assert_eq!(p("a or b or c"), "(Or a b c)");
    assert_eq!(
        p("a < b <= c is not d not in e"),
        "(cmp a < b <= c is not d not in e)"
    );
    assert_eq!(p("x if a else y if b else z"), "(if a x (if b y z))");
    assert_eq!(p("await f() ** 2"), "(** (await (call f )) 2)");
    assert_eq!(p("a.b(c)[d]"), "([] (call (. a b) c) d)");
    assert_eq!(p("~a // b % c @ d"), "(@ (% (// (Invert a) b) c) d)");
    assert_eq!(p("a, *b"), "(tuple a *b)");
    assert_eq!(p("(x := 5)"), "(:= x 5)");
    assert_eq!(p("lambda x, *a, k=1, **kw: x"), "lambda");
}

#[test]
fn statements_and_layout() {
    let m = parse_module("if a:\n    pass\nelif b:\n    x = y = 1\nelse:\n    del x\n").unwrap();
    assert_eq!(m.body.len(), 1);
    let m = parse_module("async def f():\n    async for x in y:\n        await x\n    async with a as b, c:\n        pass\n").unwrap();
    assert!(matches!(&m.body[0].kind, StmtKind::FunctionDef(f) if f.is_async && f.body.len() == 2));
    let m = parse_module("x = [1,\n     2]  # comment\n\n\ny = 3; z = 4\n").unwrap();
    assert_eq!(m.body.len(), 3);
    let m = parse_module("def f(a, /, b=2, *c, d, **e) -> int:\n    return a\n").unwrap();
    let StmtKind::FunctionDef(f) = &m.body[0].kind else {
        panic!("not a def")
    };
    assert_eq!(
        (
            f.params.posonly.len(),
            f.params.args.len(),
            f.params.kwonly.len()
        ),
        (1, 1, 1)
    );
    assert!(f.params.vararg.is_some() && f.params.kwarg.is_some() && f.returns.is_some());
}

fn error(src: &str) -> String {
    match parse_module(src) {
        Ok(_) => panic!("{src:?} parsed"),
        Err(e) => e.to_string(),
    }
}

#[test]
fn cpython_error_messages() {
    assert_eq!(error("x = = 1\n"), "SyntaxError: invalid syntax");
    assert_eq!(error("if x\n    pass\n"), "SyntaxError: expected ':'");
    assert_eq!(
        error("s = 'abc\n"),
        "SyntaxError: unterminated string literal (detected at line 1)"
    );
    assert_eq!(
        error("x = 1\ns = \"\"\"abc\n\n"),
        "SyntaxError: unterminated triple-quoted string literal (detected at line 3)"
    );
    assert_eq!(
        error("def f():\n    pass\nawait x\n"),
        "SyntaxError: 'await' outside function"
    );
    assert_eq!(
        error("def f():\n    await x\n"),
        "SyntaxError: 'await' outside async function"
    );
    assert_eq!(
        error("return 1\n"),
        "SyntaxError: 'return' outside function"
    );
    assert_eq!(
        error("async def f():\n    yield 1\n    return 2\n"),
        "SyntaxError: 'return' with value in async generator"
    );
    assert_eq!(
        error("def f():\n    return [(yield) for x in y]\n"),
        "SyntaxError: 'yield' inside list comprehension"
    );
    assert_eq!(
        error("x = 1\n    y = 2\n"),
        "IndentationError: unexpected indent"
    );
    assert_eq!(
        error("x = 1\nif x:\nprint(x)\n"),
        "IndentationError: expected an indented block after 'if' statement on line 2"
    );
    assert_eq!(
        error("if x:\n    a\n  b\n"),
        "IndentationError: unindent does not match any outer indentation level"
    );
    assert_eq!(error("foo(1, 2\n"), "SyntaxError: '(' was never closed");
    assert_eq!(
        error("f(a for a in b, c)\n"),
        "SyntaxError: Generator expression must be parenthesized"
    );
    assert_eq!(
        error("f() = 1\n"),
        "SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?"
    );
    assert_eq!(
        error("x = 1€\n"),
        "SyntaxError: invalid character '€' (U+20AC)"
    );
    assert_eq!(
        error("print 'x'\n"),
        "SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?"
    );
    assert_eq!(
        error("f'{}'\n"),
        "SyntaxError: f-string: empty expression not allowed"
    );
}

#[test]
fn errors_carry_line_and_render_like_cpython() {
    let src = "x = 1\nprint('hi\n";
    let e = parse_module(src).unwrap_err();
    assert_eq!(
        e.render(src, "t.py"),
        "  File \"t.py\", line 2\n    print('hi\n          ^\nSyntaxError: unterminated string literal (detected at line 2)\n"
    );
}

#[test]
fn incomplete_input_is_flagged() {
    assert!(parse_module("if x:\n").unwrap_err().incomplete);
    assert!(parse_module("foo(1,\n").unwrap_err().incomplete);
    assert!(!parse_module("x = )\n").unwrap_err().incomplete);
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn python_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = entry.path();
        if p.is_dir() {
            python_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "py") {
            out.push(p);
        }
    }
}

#[test]
fn whole_corpus_and_scripts_parse() {
    let mut files = Vec::new();
    python_files(&root().join("tests/conformance"), &mut files);
    python_files(&root().join("scripts"), &mut files);
    let mut checked = 0;
    for f in files {
        if f.components().any(|c| c.as_os_str() == "syntax_errors") {
            continue;
        }
        // A case elsewhere whose expected outcome is a SyntaxError (the
        // `match` statement's compile-time checks in `match/`).
        let err = std::fs::read_to_string(f.with_extension("err")).unwrap_or_default();
        if err.starts_with("SyntaxError") {
            continue;
        }
        let src = std::fs::read_to_string(&f).unwrap();
        if let Err(e) = parse_module(&src) {
            panic!(
                "{}: {}",
                f.display(),
                e.render(&src, &f.display().to_string())
            );
        }
        checked += 1;
    }
    assert!(checked > 150, "only {checked} files found");
}

#[test]
fn syntax_error_cases_fail_to_compile() {
    let mut files = Vec::new();
    python_files(&root().join("tests/conformance/syntax_errors"), &mut files);
    assert!(files.len() > 40);
    for f in files {
        let src = std::fs::read_to_string(&f).unwrap();
        assert!(parse_module(&src).is_err(), "{} compiled", f.display());
    }
}

#[test]
fn ast_dump_matches_snapshot() {
    let dir = root().join("tests/snapshots");
    let src = std::fs::read_to_string(dir.join("tricky.py")).unwrap();
    let dump = format!("{:#?}\n", parse_module(&src).unwrap());
    let snap = dir.join("tricky.ast");
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&snap, &dump).unwrap();
    }
    let want = std::fs::read_to_string(&snap).unwrap_or_default();
    assert!(
        want == dump,
        "AST dump changed; rerun with UPDATE_SNAPSHOTS=1 and review the diff"
    );
}

#[test]
fn expr_size_is_pinned() {
    // Children are boxed; a growing Expr slows every tree walk. 80 since
    // attribute sites keep where a method was found (`SiteCache::method`)
    // and `ExprKind` has a byte tag of its own (`repr(u8)`: decoding a
    // niche on every dispatch cost more than the 8 bytes).
    assert_eq!(std::mem::size_of::<Expr>(), 80);
}

/// xorshift64*: deterministic and dependency-free.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

#[test]
fn random_input_never_panics() {
    const PIECES: &[&str] = &[
        "(", ")", "[", "]", "{", "}", ":", "\n", "    ", "\t", "if ", "else", "async ", "await ",
        "def ", "lambda", "yield", "'", "\"", "'''", "f'", "{x}", "\\", "#", "x", "1", "0x",
        "1.5e", "=", ":=", "**", ",", "*", ".", "for ", " in ", "é", "€", "\0", "\r\n", "class ",
        "try:",
    ];
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut corpus = Vec::new();
    python_files(&root().join("tests/conformance"), &mut corpus);
    corpus.sort();
    let texts: Vec<String> = corpus
        .iter()
        .filter_map(|f| std::fs::read_to_string(f).ok())
        .collect();
    for _ in 0..3000 {
        let src: String = if rng.below(2) == 0 && !texts.is_empty() {
            let mut s: Vec<char> = texts[rng.below(texts.len())].chars().collect();
            for _ in 0..1 + rng.below(4) {
                let at = rng.below(s.len() + 1);
                match rng.below(3) {
                    0 if at < s.len() => {
                        s.remove(at);
                    }
                    1 => s
                        .splice(at..at, PIECES[rng.below(PIECES.len())].chars())
                        .for_each(drop),
                    _ => {
                        let len = rng.below(20).min(s.len() - at.min(s.len()));
                        s.drain(at.min(s.len())..at.min(s.len()) + len);
                    }
                }
            }
            s.into_iter().collect()
        } else {
            (0..rng.below(40))
                .map(|_| PIECES[rng.below(PIECES.len())])
                .collect()
        };
        let result = std::panic::catch_unwind(|| {
            let _ = parse_module(&src);
            let _ = parse_expression(&src);
        });
        assert!(result.is_ok(), "panic on input {src:?}");
    }
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let src = format!("x = {}1{}\n", "(".repeat(100_000), ")".repeat(100_000));
    assert_eq!(
        parse_module(&src).unwrap_err().to_string(),
        "SyntaxError: too many nested parentheses"
    );
    let mut deep = String::new();
    for i in 0..150 {
        deep.push_str(&format!("{}if x:\n", " ".repeat(i)));
    }
    deep.push_str(&format!("{}pass\n", " ".repeat(150)));
    assert_eq!(
        parse_module(&deep).unwrap_err().to_string(),
        "IndentationError: too many levels of indentation"
    );
    let src = format!("x = {}1\n", "-".repeat(50_000));
    let _ = parse_module(&src);
}
