//! A structure-aware generator: fuzzer bytes choose productions of a small
//! Python grammar, so nearly every input is a valid program that reaches
//! the evaluator's semantics (classes with dunders, generators, async
//! code, exceptions, comprehensions, the standard library) instead of
//! stopping at a syntax error. When the bytes run out every choice becomes
//! 0, which is always a leaf, so generation ends.

use arbitrary::Unstructured;

const VARS: &[&str] = &["a", "b", "c", "d", "e"];
const BUILTINS: &[&str] = &[
    "len",
    "str",
    "repr",
    "int",
    "float",
    "list",
    "tuple",
    "set",
    "dict",
    "sorted",
    "reversed",
    "sum",
    "min",
    "max",
    "abs",
    "hash",
    "iter",
    "next",
    "range",
    "enumerate",
    "zip",
    "bool",
    "isinstance",
    "hasattr",
    "format",
    "divmod",
    "pow",
    "round",
    "chr",
    "ord",
    "bytes",
    "bytearray",
    "frozenset",
    "type",
    "any",
    "all",
    "ascii",
    "bin",
    "hex",
    "callable",
    "vars",
    "dir",
    "slice",
    "memoryview",
    "complex",
    "print",
];
const METHODS: &[&str] = &[
    "append",
    "pop",
    "keys",
    "items",
    "get",
    "split",
    "join",
    "upper",
    "replace",
    "format",
    "count",
    "index",
    "sort",
    "copy",
    "update",
    "add",
    "encode",
    "decode",
    "strip",
    "insert",
    "extend",
    "remove",
    "setdefault",
    "startswith",
    "find",
    "values",
    "clear",
    "union",
    "__len__",
    "__iter__",
    "__add__",
    "__eq__",
    "__repr__",
    "__class__",
    "real",
    "bit_length",
];
const BINOPS: &[&str] = &[
    "+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@",
];
const CMPOPS: &[&str] = &[
    "<", "<=", "==", "!=", ">", ">=", "in", "not in", "is", "is not",
];
const EXCS: &[&str] = &[
    "Exception",
    "ValueError",
    "TypeError",
    "KeyError",
    "IndexError",
    "ZeroDivisionError",
    "StopIteration",
    "RuntimeError",
    "AttributeError",
    "ArithmeticError",
    "LookupError",
];
const MODULES: &[(&str, &[&str])] = &[
    ("json", &["dumps", "loads"]),
    (
        "re",
        &["sub", "findall", "split", "match", "compile", "escape"],
    ),
    (
        "math",
        &["sqrt", "floor", "gcd", "isqrt", "log", "comb", "factorial"],
    ),
    (
        "itertools",
        &[
            "chain",
            "islice",
            "count",
            "product",
            "accumulate",
            "permutations",
        ],
    ),
    ("functools", &["reduce", "partial", "lru_cache"]),
    (
        "collections",
        &[
            "Counter",
            "deque",
            "OrderedDict",
            "defaultdict",
            "namedtuple",
        ],
    ),
    ("operator", &["add", "itemgetter", "attrgetter"]),
    ("copy", &["copy", "deepcopy"]),
    ("textwrap", &["wrap", "dedent", "fill"]),
    ("gc", &["collect"]),
    ("weakref", &["ref", "WeakValueDictionary"]),
    ("struct", &["pack", "unpack"]),
    ("decimal", &["Decimal"]),
    ("fractions", &["Fraction"]),
    ("pprint", &["pformat"]),
    ("string", &["capwords"]),
    ("heapq", &["heappush", "heappop", "nlargest"]),
    ("bisect", &["bisect", "insort"]),
    ("statistics", &["mean", "median"]),
];
const DUNDERS: &[&str] = &[
    "__repr__",
    "__str__",
    "__eq__",
    "__hash__",
    "__lt__",
    "__len__",
    "__iter__",
    "__next__",
    "__getattr__",
    "__getitem__",
    "__add__",
    "__bool__",
    "__call__",
    "__enter__",
    "__exit__",
    "__del__",
    "__aiter__",
    "__anext__",
    "__await__",
    "__contains__",
    "__setattr__",
    "__index__",
    "__init__",
    "__format__",
    "__aenter__",
    "__aexit__",
];

struct Gen<'a> {
    u: Unstructured<'a>,
    out: String,
    indent: usize,
    /// Statements still allowed: bounds the program's size.
    budget: u32,
}

/// Builds a Python program from `data`.
pub fn program(data: &[u8]) -> String {
    let mut g = Gen {
        u: Unstructured::new(data),
        out: String::new(),
        indent: 0,
        budget: 60,
    };
    g.out.push_str(
        "a = 0\nb = 1.5\nc = 'xy'\nd = [1, 2, 3]\ne = {'k': 1}\n\
         class C0:\n    pass\nclass C1(Exception):\n    pass\nclass C2(dict):\n    pass\n\
         def f0(*args, **kw):\n    return args\nf1 = f2 = f3 = f0\n",
    );
    while g.budget > 0 && !g.u.is_empty() {
        // Each top-level statement is guarded, so one error does not end
        // the program and later statements still run.
        g.line("try:");
        g.indent += 1;
        g.stmt(3);
        g.indent -= 1;
        g.line("except Exception as _err:");
        g.line("    print(type(_err).__name__)");
    }
    g.out
}

impl Gen<'_> {
    fn pick(&mut self, n: usize) -> usize {
        self.u.choose_index(n).unwrap_or(0)
    }

    fn from<'s>(&mut self, items: &[&'s str]) -> &'s str {
        items[self.pick(items.len())]
    }

    fn coin(&mut self) -> bool {
        self.u.arbitrary().unwrap_or(false)
    }

    fn line(&mut self, s: &str) {
        for _ in 0..self.indent {
            self.out.push_str("    ");
        }
        self.out.push_str(s);
        self.out.push('\n');
    }

    /// An indented block of one to three statements.
    fn block(&mut self, depth: u32) {
        self.indent += 1;
        self.stmts(depth);
        self.indent -= 1;
    }

    /// One to three statements at the current indentation.
    fn stmts(&mut self, depth: u32) {
        let n = 1 + self.pick(3);
        for _ in 0..n {
            self.stmt(depth.saturating_sub(1));
        }
    }

    fn var(&mut self) -> &'static str {
        self.from(VARS)
    }

    fn stmt(&mut self, depth: u32) {
        self.budget = self.budget.saturating_sub(1);
        let kinds = if depth == 0 || self.budget == 0 {
            4
        } else {
            22
        };
        match self.pick(kinds) {
            0 => {
                let (v, x) = (self.var(), self.expr(3));
                self.line(&format!("{v} = {x}"));
            }
            1 => {
                let (v, op, x) = (self.var(), self.from(BINOPS), self.expr(2));
                self.line(&format!("{v} {op}= {x}"));
            }
            2 => {
                let x = self.expr(3);
                self.line(&format!("print({x})"));
            }
            3 => {
                let x = self.expr(3);
                self.line(&x);
            }
            4 => {
                let x = self.expr(2);
                self.line(&format!("if {x}:"));
                self.block(depth);
                if self.coin() {
                    self.line("else:");
                    self.block(depth);
                }
            }
            5 => {
                let (v, x) = (self.var(), self.expr(2));
                self.line(&format!("for {v} in {x}:"));
                self.block(depth);
            }
            6 => {
                let n = self.pick(20);
                self.line("_i = 0");
                self.line(&format!("while _i < {n}:"));
                self.line("    _i += 1");
                self.block(depth);
            }
            7 => self.function(depth),
            8 => self.class(depth),
            9 => {
                self.line("try:");
                self.block(depth);
                let e = self.from(EXCS);
                self.line(&format!("except {e} as err:"));
                self.block(depth);
                if self.coin() {
                    self.line("finally:");
                    self.block(depth);
                }
            }
            10 => {
                let x = self.expr(2);
                let e = self.from(EXCS);
                if self.coin() {
                    self.line(&format!("raise {e}({x})"));
                } else {
                    self.line(&format!("raise {e}({x}) from None"));
                }
            }
            11 => {
                let x = self.expr(2);
                self.line(&format!("with {x}:"));
                self.block(depth);
            }
            12 => self.async_main(depth),
            13 => {
                let g = self.from(&["g0", "g1"]);
                self.line(&format!("def {g}(n):"));
                self.indent += 1;
                let x = self.expr(2);
                self.line(&format!("yield {x}"));
                if self.coin() {
                    let y = self.expr(2);
                    self.line(&format!("yield from {y}"));
                }
                self.stmts(depth);
                self.indent -= 1;
                let x = self.expr(1);
                self.line(&format!("d = list({g}({x}))"));
            }
            14 => {
                let (m, fs) = MODULES[self.pick(MODULES.len())];
                let f = self.from(fs);
                let (x, y) = (self.expr(2), self.expr(2));
                self.line(&format!("import {m}"));
                self.line(&format!("e = {m}.{f}({x}, {y})"));
            }
            15 => {
                let x = self.expr(2);
                self.line(&format!("match {x}:"));
                self.indent += 1;
                let pats = [
                    "[a, *b]",
                    "{'k': a, **b}",
                    "C0()",
                    "int(a) | str(a)",
                    "(1 | 2) as a",
                    "[]",
                    "None",
                    "C1(args=a)",
                ];
                for _ in 0..1 + self.pick(3) {
                    let p = self.from(&pats);
                    self.line(&format!("case {p}:"));
                    self.block(depth);
                }
                // A wildcard anywhere but last is a SyntaxError.
                if self.coin() {
                    self.line("case _:");
                    self.block(depth);
                }
                self.indent -= 1;
            }
            16 => {
                let (x, y) = (self.expr(2), self.expr(1));
                self.line(&format!("assert {x}, {y}"));
            }
            17 => {
                let v = self.var();
                self.line(&format!("del {v}"));
            }
            18 => self.line("import gc; gc.collect()"),
            19 => {
                let (v, x, y) = (self.var(), self.expr(1), self.expr(2));
                self.line(&format!("{v}[{x}] = {y}"));
            }
            20 => {
                let (v, a, x) = (self.var(), self.from(DUNDERS), self.expr(2));
                self.line(&format!("{v}.{a} = {x}"));
            }
            _ => {
                let (x, y) = (self.var(), self.var());
                let z = self.expr(2);
                self.line(&format!("{x}, *{y} = {z}"));
            }
        }
    }

    fn function(&mut self, depth: u32) {
        let name = self.from(&["f0", "f1", "f2", "f3"]);
        let is_async = self.pick(4) == 0;
        let params = self.from(&["", "x", "x, y=1", "*args", "x, /, *, k=None", "**kw"]);
        let kw = if is_async { "async def" } else { "def" };
        self.line(&format!("{kw} {name}({params}):"));
        self.indent += 1;
        if self.coin() {
            let v = self.var();
            self.line(&format!("global {v}"));
        }
        self.stmts(depth);
        let x = self.expr(2);
        self.line(&format!("return {x}"));
        self.indent -= 1;
    }

    fn class(&mut self, depth: u32) {
        let name = self.from(&["C0", "C1", "C2"]);
        let base = self.from(&[
            "",
            "(C0)",
            "(Exception)",
            "(list)",
            "(dict)",
            "(int)",
            "(str)",
        ]);
        self.line(&format!("class {name}{base}:"));
        self.indent += 1;
        let x = self.expr(1);
        self.line(&format!("attr = {x}"));
        for _ in 0..1 + self.pick(4) {
            let m = self.from(DUNDERS);
            let prefix = if matches!(m, "__anext__" | "__aenter__" | "__aexit__") {
                "async def"
            } else {
                "def"
            };
            self.line(&format!("{prefix} {m}(self, *args):"));
            self.block(depth);
            let r = self.expr(2);
            self.line(&format!("    return {r}"));
        }
        self.indent -= 1;
    }

    fn async_main(&mut self, depth: u32) {
        self.line("import asyncio");
        self.line("async def _agen(n):");
        self.line("    for i in range(n):");
        self.line("        await asyncio.sleep(0)");
        self.line("        yield i");
        self.line("async def _main():");
        self.indent += 1;
        for _ in 0..1 + self.pick(4) {
            match self.pick(7) {
                0 => self.line("await asyncio.sleep(0.01)"),
                1 => {
                    let x = self.expr(1);
                    self.line(&format!("async for v in _agen({x}):"));
                    self.block(depth);
                }
                2 => {
                    let x = self.expr(2);
                    self.line(&format!("t = asyncio.create_task(f0({x}))"));
                    if self.coin() {
                        self.line("t.cancel()");
                    }
                    self.line("await asyncio.gather(t, return_exceptions=True)");
                }
                3 => {
                    let x = self.expr(2);
                    self.line(&format!("await {x}"));
                }
                4 => {
                    self.line("q = asyncio.Queue()");
                    let x = self.expr(1);
                    self.line(&format!("q.put_nowait({x})"));
                    self.line("print(await asyncio.wait_for(q.get(), 1))");
                }
                5 => {
                    let x = self.expr(1);
                    self.line(&format!("print([v async for v in _agen({x})])"));
                }
                _ => self.stmt(depth.saturating_sub(1)),
            }
        }
        self.indent -= 1;
        self.line("asyncio.run(_main())");
    }

    fn expr(&mut self, depth: u32) -> String {
        if depth == 0 {
            return self.atom();
        }
        let d = depth - 1;
        match self.pick(20) {
            0 => self.atom(),
            1 => {
                let (x, op, y) = (self.expr(d), self.from(BINOPS), self.expr(d));
                format!("({x} {op} {y})")
            }
            2 => {
                let (op, x) = (self.from(&["-", "+", "~", "not "]), self.expr(d));
                format!("({op}{x})")
            }
            3 => {
                let (x, op, y) = (self.expr(d), self.from(CMPOPS), self.expr(d));
                format!("({x} {op} {y})")
            }
            4 => {
                let (x, op, y) = (self.expr(d), self.from(&["and", "or"]), self.expr(d));
                format!("({x} {op} {y})")
            }
            5 => {
                let (x, c, y) = (self.expr(d), self.expr(d), self.expr(d));
                format!("({x} if {c} else {y})")
            }
            6 => {
                let f = self.from(BUILTINS);
                let args = self.args(d);
                format!("{f}({args})")
            }
            7 => {
                let (x, m, args) = (self.expr(d), self.from(METHODS), self.args(d));
                if self.coin() {
                    format!("({x}).{m}({args})")
                } else {
                    format!("({x}).{m}")
                }
            }
            8 => {
                let (x, i) = (self.expr(d), self.expr(d));
                match self.pick(3) {
                    0 => format!("{x}[{i}]"),
                    1 => format!("{x}[{i}:]"),
                    _ => format!("{x}[::{i}]"),
                }
            }
            9 => format!("[{}]", self.args(d)),
            10 => {
                let items = self.args(d);
                if items.is_empty() {
                    "()".to_string()
                } else {
                    format!("({items},)")
                }
            }
            11 => format!("{{{}}}", self.args(d)),
            12 => {
                let (k, v) = (self.expr(d), self.expr(d));
                format!("{{{k}: {v}}}")
            }
            13 => {
                // Its own variable: a walrus inside may not rebind it.
                let (x, v, it) = (self.expr(d), "_v", self.expr(d));
                let (open, close) = match self.pick(3) {
                    0 => ("[", "]"),
                    1 => ("{", "}"),
                    _ => ("(", ")"),
                };
                format!("{open}{x} for {v} in {it}{close}")
            }
            14 => {
                let x = self.expr(d);
                format!("(lambda *a: {x})")
            }
            15 => {
                let (x, spec) = (
                    self.expr(d),
                    self.from(&["", "!r", ":>8", ":.3", ":x", ":,"]),
                );
                // Nested f-strings reusing the quote, and backslashes in the
                // expression part, are 3.12 syntax.
                if x.contains("f\"") || x.contains('\\') {
                    format!("str({x})")
                } else {
                    format!("f\"<{{({x}){spec}}}>\"")
                }
            }
            16 => {
                let (f, args) = (
                    self.from(&["f0", "f1", "f2", "f3", "C0", "C1", "C2"]),
                    self.args(d),
                );
                format!("{f}({args})")
            }
            17 => {
                let (v, x) = (self.var(), self.expr(d));
                format!("({v} := {x})")
            }
            18 => {
                let (x, a) = (self.expr(d), self.from(DUNDERS));
                format!("getattr({x}, '{a}', None)")
            }
            _ => {
                let x = self.expr(d);
                format!("[*{x}]")
            }
        }
    }

    fn args(&mut self, depth: u32) -> String {
        let n = self.pick(4);
        let mut parts = Vec::new();
        for _ in 0..n {
            parts.push(self.expr(depth));
        }
        parts.join(", ")
    }

    fn atom(&mut self) -> String {
        match self.pick(16) {
            0 => self.var().to_string(),
            1 => format!("{}", self.u.int_in_range(-3i64..=300).unwrap_or(0)),
            2 => format!("{}", self.u.arbitrary::<i64>().unwrap_or(0)),
            3 => "10 ** 30".to_string(),
            4 => format!("{:?}", self.u.arbitrary::<f32>().unwrap_or(0.0) as f64)
                .replace("inf", "float('inf')")
                .replace("NaN", "float('nan')"),
            5 => {
                let s: String = self.u.arbitrary().unwrap_or_default();
                let escaped: String = s.chars().take(12).map(py_escape).collect();
                format!("'{escaped}'")
            }
            6 => "b'ab\\x00'".to_string(),
            7 => self.from(&["None", "True", "False", "..."]).to_string(),
            8 => "2j".to_string(),
            9 => self
                .from(&["d", "e", "c", "[]", "{}", "()", "set()"])
                .to_string(),
            10 => self
                .from(&["C0", "C1", "C2", "f0", "g0", "int", "str", "object"])
                .to_string(),
            11 => "range(5)".to_string(),
            12 => self.from(EXCS).to_string(),
            13 => "C0()".to_string(),
            14 => "_agen(3)".to_string(),
            _ => "(1, 'a', [2.5])".to_string(),
        }
    }
}

/// A character as it may appear inside a single-quoted Python literal.
fn py_escape(c: char) -> String {
    match c {
        '\\' => "\\\\".to_string(),
        '\'' => "\\'".to_string(),
        ' '..='~' => c.to_string(),
        c if (c as u32) < 0x100 => format!("\\x{:02x}", c as u32),
        c if (c as u32) < 0x10000 => format!("\\u{:04x}", c as u32),
        c => format!("\\U{:08x}", c as u32),
    }
}
