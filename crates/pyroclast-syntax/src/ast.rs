//! The abstract syntax tree. Every node carries a byte-offset [`Span`]; line and
//! column are computed only when an error or traceback is rendered.
//!
//! Fields documented as "filled by the resolver" hold their default until
//! [`crate::resolver::resolve`] runs; the evaluator reads them instead of looking names
//! up by string.

use std::cell::Cell;
use std::rc::Rc;

use num_bigint::BigInt;

/// An identifier. Shared because the same name appears in many nodes and in
/// runtime attribute tables.
pub type Ident = Rc<str>;

/// A half-open byte range `[start, end)` into the source text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Span {
    /// First byte of the node.
    pub start: u32,
    /// One past the last byte of the node.
    pub end: u32,
}

impl Span {
    /// A span from `start` to `end`.
    pub fn new(start: u32, end: u32) -> Self {
        Span { start, end }
    }
    /// The smallest span covering both.
    pub fn to(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

/// A parsed module (a file, a `-c` string or a REPL input).
#[derive(Debug, Default)]
pub struct Module {
    /// Top-level statements.
    pub body: Vec<Stmt>,
    /// Filled by the resolver: the module's own scope (globals live in a
    /// dict, so it only records comprehension/lambda children metadata).
    pub scope: ScopeCell,
}

/// A statement with its span.
#[derive(Debug)]
pub struct Stmt {
    /// What kind of statement.
    pub kind: StmtKind,
    /// Where it is.
    pub span: Span,
    /// Filled by the resolver: executing it can suspend the frame (it
    /// contains `await`, `yield`, `async for` or `async with` outside nested
    /// function scopes), so the async evaluator must handle it.
    pub suspends: Cell<bool>,
}

impl Stmt {
    /// Builds a statement node.
    pub fn new(kind: StmtKind, span: Span) -> Self {
        Stmt {
            kind,
            span,
            suspends: Cell::new(false),
        }
    }
}

/// Statement kinds.
///
/// `repr(u8)`: the evaluator dispatches on the kind of every statement it
/// runs, and a plain byte tag is one load; left to the compiler, the tag
/// hides in a niche of the largest variant and each dispatch decodes it.
#[derive(Debug)]
#[repr(u8)]
pub enum StmtKind {
    /// An expression evaluated for its effect.
    Expr(Box<Expr>),
    /// `a = b = value`
    Assign {
        /// One or more targets, left to right.
        targets: Vec<Expr>,
        /// The assigned value.
        value: Box<Expr>,
    },
    /// `target op= value`
    AugAssign {
        /// Name, attribute or subscript.
        target: Box<Expr>,
        /// The binary operator.
        op: BinOp,
        /// Right-hand side.
        value: Box<Expr>,
    },
    /// `target: annotation [= value]`
    AnnAssign {
        /// The annotated target.
        target: Box<Expr>,
        /// The annotation expression (kept, evaluated as CPython does at module/class level).
        annotation: Box<Expr>,
        /// Optional value.
        value: Option<Box<Expr>>,
        /// True for a bare name not in parentheses.
        simple: bool,
    },
    /// `pass`
    Pass,
    /// `break`
    Break,
    /// `continue`
    Continue,
    /// `return [value]`
    Return(Option<Box<Expr>>),
    /// `raise [exc [from cause]]`
    Raise {
        /// The exception, absent for a bare re-raise.
        exc: Option<Box<Expr>>,
        /// The explicit cause.
        cause: Option<Box<Expr>>,
    },
    /// `global a, b`
    Global(Vec<Ident>),
    /// `nonlocal a, b`
    Nonlocal(Vec<Ident>),
    /// `del a, b[0]`
    Delete(Vec<Expr>),
    /// `assert test[, msg]`
    Assert {
        /// The condition.
        test: Box<Expr>,
        /// The message.
        msg: Option<Box<Expr>>,
    },
    /// `import a.b as c, d`
    Import(Vec<Alias>),
    /// `from [.]module import a as b` or `*`
    ImportFrom {
        /// Dotted module name, if any.
        module: Option<Ident>,
        /// Imported names; a single `*` alias means import-star.
        names: Vec<Alias>,
        /// Number of leading dots.
        level: u32,
    },
    /// `if` / `elif` / `else`
    If {
        /// Condition.
        test: Box<Expr>,
        /// Body.
        body: Vec<Stmt>,
        /// `else` (an `elif` is a nested `If`).
        orelse: Vec<Stmt>,
    },
    /// `while test: body else: orelse`
    While {
        /// Condition.
        test: Box<Expr>,
        /// Body.
        body: Vec<Stmt>,
        /// Runs when the loop ends without `break`.
        orelse: Vec<Stmt>,
    },
    /// `[async] for target in iter: body else: orelse`
    For {
        /// `async for`.
        is_async: bool,
        /// Loop target.
        target: Box<Expr>,
        /// Iterated expression.
        iter: Box<Expr>,
        /// Body.
        body: Vec<Stmt>,
        /// Runs when the loop ends without `break`.
        orelse: Vec<Stmt>,
    },
    /// `[async] with a as b, c: body`
    With {
        /// `async with`.
        is_async: bool,
        /// Context managers, outermost first.
        items: Vec<WithItem>,
        /// Body.
        body: Vec<Stmt>,
    },
    /// `try` with `except`, `except*`, `else`, `finally`.
    Try {
        /// Body.
        body: Vec<Stmt>,
        /// Handlers.
        handlers: Vec<ExceptHandler>,
        /// Runs when the body raised nothing.
        orelse: Vec<Stmt>,
        /// Always runs.
        finalbody: Vec<Stmt>,
        /// `except*` (3.11).
        is_star: bool,
    },
    /// `[async] def`
    FunctionDef(Rc<FunctionDef>),
    /// `class`
    ClassDef(Rc<ClassDef>),
    /// `match subject: case ...` (PEP 634).
    Match {
        /// The value matched against each case.
        subject: Box<Expr>,
        /// The cases, in order.
        cases: Vec<MatchCase>,
    },
}

/// One `case pattern [if guard]: body` of a `match` statement.
#[derive(Debug)]
pub struct MatchCase {
    /// The pattern.
    pub pattern: Pattern,
    /// The guard, evaluated after the pattern's names are bound.
    pub guard: Option<Box<Expr>>,
    /// The body.
    pub body: Vec<Stmt>,
}

/// A pattern of a `case` clause.
#[derive(Debug)]
pub struct Pattern {
    /// What kind of pattern.
    pub kind: PatternKind,
    /// Where it is.
    pub span: Span,
}

/// Pattern kinds, as CPython's `pattern` AST.
#[derive(Debug)]
pub enum PatternKind {
    /// A literal or a dotted name, compared with `==`.
    Value(Box<Expr>),
    /// `None`, `True` or `False`, compared with `is`.
    Singleton(Constant),
    /// `[a, *rest]`, `(a, b)` or `a, b`; at most one item is a `Star`.
    Sequence(Vec<Pattern>),
    /// `*name` or `*_` inside a sequence pattern (`None` for `*_`).
    Star(Option<Name>),
    /// `{key: pattern, **rest}`; keys are literals or dotted names.
    Mapping {
        /// The keys.
        keys: Vec<Expr>,
        /// The pattern matching each key's value.
        patterns: Vec<Pattern>,
        /// `**rest`.
        rest: Option<Name>,
    },
    /// `Cls(p, attr=q)`.
    Class {
        /// The class (a name or dotted name).
        cls: Box<Expr>,
        /// Positional sub-patterns (through `__match_args__`).
        patterns: Vec<Pattern>,
        /// Keyword attribute names.
        kwd_attrs: Vec<Ident>,
        /// The pattern for each keyword attribute.
        kwd_patterns: Vec<Pattern>,
    },
    /// `pattern as name`, a capture (`name`: no pattern) or the wildcard
    /// `_` (neither).
    As {
        /// The pattern that must match first.
        pattern: Option<Box<Pattern>>,
        /// The name bound to the subject.
        name: Option<Name>,
    },
    /// `p | q | r`
    Or(Vec<Pattern>),
}

/// One `except` clause.
#[derive(Debug)]
pub struct ExceptHandler {
    /// The exception type expression; `None` for a bare `except:`.
    pub typ: Option<Box<Expr>>,
    /// `as name`.
    pub name: Option<Box<Expr>>,
    /// Handler body.
    pub body: Vec<Stmt>,
    /// The clause's span (its header).
    pub span: Span,
}

/// One `with` item.
#[derive(Debug)]
pub struct WithItem {
    /// The context manager expression.
    pub context: Box<Expr>,
    /// The `as` target.
    pub target: Option<Box<Expr>>,
}

/// `name as asname` in an import.
#[derive(Debug, Clone)]
pub struct Alias {
    /// Dotted name (or `*`).
    pub name: Ident,
    /// Bound name, if renamed.
    pub asname: Option<Ident>,
    /// Position of the name.
    pub span: Span,
}

/// A function definition (also used for lambdas' parameter lists).
#[derive(Debug)]
pub struct FunctionDef {
    /// Function name (`<lambda>` for lambdas).
    pub name: Ident,
    /// Parameters.
    pub params: Parameters,
    /// Body statements (a lambda body is one `Return`).
    pub body: Vec<Stmt>,
    /// Decorators, outermost first.
    pub decorators: Vec<Expr>,
    /// Return annotation.
    pub returns: Option<Box<Expr>>,
    /// `async def`.
    pub is_async: bool,
    /// Span of the `def` line (or the lambda).
    pub span: Span,
    /// Filled by the resolver.
    pub scope: ScopeCell,
}

/// A class definition.
#[derive(Debug)]
pub struct ClassDef {
    /// Class name.
    pub name: Ident,
    /// Positional bases (may include starred).
    pub bases: Vec<Expr>,
    /// Keywords such as `metaclass=`.
    pub keywords: Vec<Keyword>,
    /// Class body.
    pub body: Vec<Stmt>,
    /// Decorators, outermost first.
    pub decorators: Vec<Expr>,
    /// Span of the `class` line.
    pub span: Span,
    /// Filled by the resolver.
    pub scope: ScopeCell,
}

/// A parameter list.
#[derive(Debug, Default)]
pub struct Parameters {
    /// Positional-only parameters (before `/`).
    pub posonly: Vec<Param>,
    /// Ordinary positional-or-keyword parameters.
    pub args: Vec<Param>,
    /// `*args`.
    pub vararg: Option<Param>,
    /// Keyword-only parameters.
    pub kwonly: Vec<Param>,
    /// `**kwargs`.
    pub kwarg: Option<Param>,
}

impl Parameters {
    /// All parameters in frame-slot order: positional-only, positional,
    /// keyword-only, then `*args` and `**kwargs` (CPython's `co_varnames` order).
    pub fn all(&self) -> impl Iterator<Item = &Param> {
        self.posonly
            .iter()
            .chain(&self.args)
            .chain(&self.kwonly)
            .chain(&self.vararg)
            .chain(&self.kwarg)
    }
}

/// One parameter.
#[derive(Debug)]
pub struct Param {
    /// Its name.
    pub name: Ident,
    /// Annotation.
    pub annotation: Option<Box<Expr>>,
    /// Default value.
    pub default: Option<Box<Expr>>,
    /// Where it is.
    pub span: Span,
}

/// `name=value` or `**value` in a call or class header.
#[derive(Debug)]
pub struct Keyword {
    /// `None` for `**mapping`.
    pub arg: Option<Ident>,
    /// The value.
    pub value: Expr,
    /// Where it is.
    pub span: Span,
}

/// An expression with its span.
#[derive(Debug)]
pub struct Expr {
    /// What kind of expression.
    pub kind: ExprKind,
    /// Where it is.
    pub span: Span,
    /// Filled by the resolver: evaluating it can suspend the frame.
    pub suspends: Cell<bool>,
}

impl Expr {
    /// Builds an expression node.
    pub fn new(kind: ExprKind, span: Span) -> Self {
        Expr {
            kind,
            span,
            suspends: Cell::new(false),
        }
    }
}

/// A literal constant.
#[derive(Debug, Clone, PartialEq)]
pub enum Constant {
    /// `None`
    None,
    /// `True` / `False`
    Bool(bool),
    /// An int that fits in i64.
    Int(i64),
    /// A larger int.
    BigInt(Rc<BigInt>),
    /// A float.
    Float(f64),
    /// An imaginary literal (`2j`): its imaginary part.
    Imag(f64),
    /// A str (implicit concatenation already applied).
    Str(Rc<str>),
    /// A bytes literal.
    Bytes(Rc<[u8]>),
    /// `...`
    Ellipsis,
}

/// Expression kinds (`repr(u8)` for the reason [`StmtKind`] gives).
#[derive(Debug)]
#[repr(u8)]
pub enum ExprKind {
    /// A literal.
    Constant(Constant),
    /// A name reference or binding.
    Name(Name),
    /// An f-string.
    FString(Vec<FStringPart>),
    /// `a and b and c` / `a or b`
    BoolOp {
        /// `and` or `or`.
        op: BoolOpKind,
        /// Two or more operands.
        values: Vec<Expr>,
    },
    /// `target := value`
    NamedExpr {
        /// A name.
        target: Box<Expr>,
        /// The value.
        value: Box<Expr>,
    },
    /// `left op right`
    BinOp {
        /// Left operand.
        left: Box<Expr>,
        /// Operator.
        op: BinOp,
        /// Right operand.
        right: Box<Expr>,
    },
    /// `op operand`
    UnaryOp {
        /// Operator.
        op: UnaryOp,
        /// Operand.
        operand: Box<Expr>,
    },
    /// `lambda params: body`
    Lambda(Rc<FunctionDef>),
    /// `body if test else orelse`
    IfExp {
        /// Condition.
        test: Box<Expr>,
        /// Value when true.
        body: Box<Expr>,
        /// Value when false.
        orelse: Box<Expr>,
    },
    /// `{k: v, **m}`; a `None` key marks `**m`.
    Dict(Vec<(Option<Expr>, Expr)>),
    /// `{a, *b}`
    Set(Vec<Expr>),
    /// `[a, *b]`
    List(Vec<Expr>),
    /// `(a, *b)` or `a, b`
    Tuple(Vec<Expr>),
    /// All four comprehension kinds.
    Comprehension(Rc<Comprehension>),
    /// `await value`
    Await(Box<Expr>),
    /// `yield [value]`
    Yield(Option<Box<Expr>>),
    /// `yield from value`
    YieldFrom(Box<Expr>),
    /// `a < b <= c`
    Compare {
        /// Leftmost operand.
        left: Box<Expr>,
        /// Operators and right operands.
        ops: Vec<(CmpOp, Expr)>,
    },
    /// `func(args, kw=v, *a, **k)`
    Call {
        /// Callee.
        func: Box<Expr>,
        /// Positional arguments (may be `Starred`).
        args: Vec<Expr>,
        /// Keyword arguments.
        keywords: Vec<Keyword>,
    },
    /// `value.attr`
    Attribute {
        /// Object.
        value: Box<Expr>,
        /// Attribute name.
        attr: Ident,
        /// Where the name was last found in an instance's dict, and its
        /// hash (the evaluator checks that index before hashing the name).
        hint: SiteCache,
    },
    /// `value[index]`
    Subscript {
        /// Container.
        value: Box<Expr>,
        /// Index (a `Slice` or `Tuple` of them for slicing).
        index: Box<Expr>,
        /// Where a str constant index was last found in a shared-key
        /// dict (`record["qty"]`; its meaning is the evaluator's).
        hint: Cell<u32>,
    },
    /// `*value`
    Starred(Box<Expr>),
    /// `lower:upper:step` inside a subscript.
    Slice {
        /// Start.
        lower: Option<Box<Expr>>,
        /// Stop.
        upper: Option<Box<Expr>>,
        /// Step.
        step: Option<Box<Expr>>,
    },
}

/// A name use; the resolver fills in where it lives.
#[derive(Debug)]
pub struct Name {
    /// The identifier.
    pub id: Ident,
    /// Filled by the resolver.
    pub slot: Cell<NameSlot>,
    /// For a global: where the name was last found in the module's
    /// namespace or among the builtins, and its hash.
    pub hint: SiteCache,
}

/// What the evaluator remembers at a name or attribute site to find the
/// name again without hashing it: the index of the table entry where it
/// was last found (checked by comparing that entry's key), and the name's
/// hash once computed (0: not yet), for the probes that still miss.
#[derive(Debug, Default)]
pub struct SiteCache {
    /// Index of the entry last found (its meaning is the evaluator's).
    pub index: Cell<u32>,
    /// Version tags of the two classes this site last checked something
    /// about, newest first (0: none; their meaning is the evaluator's).
    /// Two, because a method of a base class sees instances of its
    /// subclasses too.
    pub tags: [Cell<u32>; 2],
    /// The name's hash in the runtime's namespaces (0: not computed).
    pub hash: Cell<u64>,
    /// Where a method call last found its method on the class's MRO, with
    /// the version tag of the class it was found for (0: nothing; its
    /// packing is the evaluator's).
    pub method: Cell<u64>,
}

impl Name {
    /// An unresolved name.
    pub fn new(id: Ident) -> Self {
        Name {
            id,
            slot: Cell::new(NameSlot::Unresolved),
            hint: SiteCache::default(),
        }
    }
}

/// Where a name lives at run time, decided by the resolver.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum NameSlot {
    /// Not resolved yet.
    #[default]
    Unresolved,
    /// A frame-local slot (fast local).
    Local(u32),
    /// A cell or free variable: index into the frame's cell array.
    Cell(u32),
    /// Module global, falling back to builtins.
    Global,
    /// Looked up in the class namespace, then as a global.
    ClassLocal,
    /// Looked up in the class namespace, then in the enclosing function's cell.
    ClassCell(u32),
}

/// A comprehension of any kind.
#[derive(Debug)]
pub struct Comprehension {
    /// Which display it builds.
    pub kind: ComprehensionKind,
    /// Element (the key for dict comprehensions).
    pub element: Expr,
    /// The value for dict comprehensions.
    pub value: Option<Expr>,
    /// `for`/`if` clauses, outermost first.
    pub generators: Vec<ComprehensionFor>,
    /// Span of the whole comprehension.
    pub span: Span,
    /// Filled by the resolver: the comprehension's own function scope.
    pub scope: ScopeCell,
}

/// Kind of comprehension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ComprehensionKind {
    /// `[x for ...]`
    List,
    /// `{x for ...}`
    Set,
    /// `{k: v for ...}`
    Dict,
    /// `(x for ...)`
    Generator,
}

/// One `[async] for target in iter if cond...` clause.
#[derive(Debug)]
pub struct ComprehensionFor {
    /// Loop target.
    pub target: Expr,
    /// Iterated expression.
    pub iter: Expr,
    /// `if` filters.
    pub ifs: Vec<Expr>,
    /// `async for`.
    pub is_async: bool,
}

/// One piece of an f-string.
#[derive(Debug)]
pub enum FStringPart {
    /// Literal text.
    Literal(Rc<str>),
    /// A replacement field.
    Field(FormattedValue),
}

/// `{value!conversion:spec}`.
#[derive(Debug)]
pub struct FormattedValue {
    /// The expression.
    pub value: Box<Expr>,
    /// `r`, `s` or `a`.
    pub conversion: Option<char>,
    /// The format spec, itself possibly containing fields.
    pub spec: Option<Vec<FStringPart>>,
}

/// `and` / `or`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BoolOpKind {
    /// `and`
    And,
    /// `or`
    Or,
}

/// Binary operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinOp {
    /// `+`
    Add,
    /// `-`
    Sub,
    /// `*`
    Mult,
    /// `@`
    MatMult,
    /// `/`
    Div,
    /// `%`
    Mod,
    /// `**`
    Pow,
    /// `<<`
    LShift,
    /// `>>`
    RShift,
    /// `|`
    BitOr,
    /// `^`
    BitXor,
    /// `&`
    BitAnd,
    /// `//`
    FloorDiv,
}

impl BinOp {
    /// The operator as written.
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mult => "*",
            BinOp::MatMult => "@",
            BinOp::Div => "/",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::BitOr => "|",
            BinOp::BitXor => "^",
            BinOp::BitAnd => "&",
            BinOp::FloorDiv => "//",
        }
    }
}

/// Unary operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnaryOp {
    /// `~`
    Invert,
    /// `not`
    Not,
    /// `+`
    UAdd,
    /// `-`
    USub,
}

/// Comparison operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CmpOp {
    /// `==`
    Eq,
    /// `!=`
    NotEq,
    /// `<`
    Lt,
    /// `<=`
    LtE,
    /// `>`
    Gt,
    /// `>=`
    GtE,
    /// `is`
    Is,
    /// `is not`
    IsNot,
    /// `in`
    In,
    /// `not in`
    NotIn,
}

impl CmpOp {
    /// The operator as written.
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Eq => "==",
            CmpOp::NotEq => "!=",
            CmpOp::Lt => "<",
            CmpOp::LtE => "<=",
            CmpOp::Gt => ">",
            CmpOp::GtE => ">=",
            CmpOp::Is => "is",
            CmpOp::IsNot => "is not",
            CmpOp::In => "in",
            CmpOp::NotIn => "not in",
        }
    }
}

/// Holder for the resolver's per-scope result.
#[derive(Debug, Default)]
pub struct ScopeCell(std::cell::OnceCell<Rc<ScopeInfo>>);

impl ScopeCell {
    /// The resolved scope. Panics-free: returns `None` before resolution.
    pub fn get(&self) -> Option<&Rc<ScopeInfo>> {
        self.0.get()
    }
    /// Stores the resolved scope (first write wins).
    pub fn set(&self, info: Rc<ScopeInfo>) {
        let _ = self.0.set(info);
    }
}

/// What the resolver decided about one function, lambda, comprehension or class body.
#[derive(Debug, Default, Clone)]
pub struct ScopeInfo {
    /// The name its frames show in tracebacks (`co_name`): the function
    /// or class name, `<lambda>`, `<listcomp>`, ...
    pub name: Ident,
    /// Names of the fast-local slots, parameters first.
    pub locals: Vec<Ident>,
    /// Names of the cell and free variables (cells first, then frees).
    pub cells: Vec<Ident>,
    /// How many of `cells` are this scope's own cells (the rest are free).
    pub n_own_cells: u32,
    /// For own cells that are parameters: (cell index, local slot) to copy at entry.
    pub param_cells: Vec<(u32, u32)>,
    /// For each free variable: the enclosing scope's cell index it captures.
    pub free_sources: Vec<u32>,
    /// Contains `yield` (a generator or async generator).
    pub is_generator: bool,
    /// `async def` or async comprehension.
    pub is_coroutine: bool,
    /// The body can suspend (`await`, `yield`, `async for`, `async with`).
    pub may_suspend: bool,
    /// The class body's `__class__` cell is used (for `super()`); class scopes only.
    pub needs_class_cell: bool,
}
