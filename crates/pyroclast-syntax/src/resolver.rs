//! The resolver: CPython's symbol-table rules (local, global, nonlocal, cell,
//! free, class and comprehension scopes) decide where every name lives, so the
//! evaluator reads locals from frame slots and never looks them up by string.
//! It also raises the errors CPython's symtable and compiler raise before any
//! code runs, and marks which bodies can suspend.
//!
//! Pass 1 (`Collector`) walks the tree and records, per scope, how each name
//! is used. Pass 2 (`analyze`) decides local/cell/free/global per scope.
//! Pass 3 (`Assigner`) walks the tree again in the same order and writes the
//! decisions into the AST's `Cell`s.

// Fx: identifiers are short and trusted; SipHash was a tenth of compiling.
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::rc::Rc;

use crate::ast::*;
use crate::error::{ErrorKind, SyntaxError};

const ASSIGNED: u8 = 1;
const PARAM: u8 = 2;
const GLOBAL: u8 = 4;
const NONLOCAL: u8 = 8;
const USED: u8 = 16;
/// Bound by a walrus in a comprehension: the name belongs to the enclosing scope.
const COMP_WALRUS: u8 = 32;

/// Deepest expression nesting we compile; deeper trees raise RecursionError
/// (CPython's compiler stops near the same depth).
pub const MAX_EXPR_DEPTH: usize = 3000;

/// CPython's parser gives up with a bare MemoryError past this many levels
/// of its own recursion (`MAXSTACK`), before its compiler ever sees the
/// tree; [`PARSER_BASE_LEVELS`] are spent reaching an expression.
const PARSER_MAX_LEVELS: usize = 6000;
const PARSER_BASE_LEVELS: usize = 24;

/// Levels of CPython's recursive-descent parser one node of a
/// right-recursive chain costs (`-x`, `not x`, `a if b else c`: one;
/// `lambda: x` and `a ** b`: two), and the child the chain goes on with.
/// Left-recursive forms (`a + b`, `a.b`, calls) are loops there: none.
fn parser_levels(e: &Expr) -> (usize, Option<&Expr>) {
    match &e.kind {
        ExprKind::UnaryOp { operand, .. } => (1, Some(operand)),
        ExprKind::IfExp { orelse, .. } => (1, Some(orelse)),
        ExprKind::BinOp {
            op: BinOp::Pow,
            right,
            ..
        } => (2, Some(right)),
        ExprKind::Lambda(f) => match f.body.first().map(|s| &s.kind) {
            Some(StmtKind::Return(Some(body))) => (2, Some(body)),
            _ => (2, None),
        },
        _ => (0, None),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Module,
    Function,
    Class,
    Comprehension,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Resolution {
    Local,
    Cell,
    Free,
    GlobalExplicit,
    GlobalImplicit,
}

#[derive(Debug)]
struct Scope {
    kind: Kind,
    parent: Option<usize>,
    /// Names in first-seen order with their flags.
    names: Vec<(Ident, u8)>,
    index: HashMap<Ident, usize>,
    params: Vec<Ident>,
    is_async: bool,
    is_generator: bool,
    may_suspend: bool,
    /// A child function uses `super` or `__class__` (class scopes only).
    needs_class_cell: bool,
    comp_kind: Option<ComprehensionKind>,
    /// `co_name` of its frames (`ScopeInfo::name`).
    name: Ident,
    /// Class scopes: names bound in the class that methods still need from
    /// the enclosing function (CPython's DEF_FREE_CLASS).
    pass_through: Vec<Ident>,
    resolved: HashMap<Ident, Resolution>,
    /// Own cells in order, then free variables in order.
    cells: Vec<Ident>,
    n_own_cells: usize,
    /// Returns with a value, checked once we know whether this is a generator.
    value_returns: Vec<Span>,
}

impl Scope {
    fn new(kind: Kind, parent: Option<usize>) -> Self {
        Scope {
            kind,
            parent,
            names: Vec::new(),
            index: HashMap::default(),
            params: Vec::new(),
            is_async: false,
            is_generator: false,
            may_suspend: false,
            needs_class_cell: false,
            comp_kind: None,
            name: Ident::from(""),
            pass_through: Vec::new(),
            resolved: HashMap::default(),
            cells: Vec::new(),
            n_own_cells: 0,
            value_returns: Vec::new(),
        }
    }

    fn flags(&self, name: &str) -> u8 {
        self.index.get(name).map_or(0, |&i| self.names[i].1)
    }

    fn add(&mut self, name: &Ident, flag: u8) {
        match self.index.get(name) {
            Some(&i) => self.names[i].1 |= flag,
            None => {
                self.index.insert(name.clone(), self.names.len());
                self.names.push((name.clone(), flag));
            }
        }
    }
}

#[cold]
fn err(msg: impl Into<String>, span: Span) -> SyntaxError {
    SyntaxError::new(ErrorKind::Syntax, msg, span.start)
}

/// Resolves a module in place: fills every `Name.slot` and every scope's
/// [`ScopeInfo`], or returns the first compile-time SyntaxError.
pub fn resolve(module: &Module) -> Result<(), SyntaxError> {
    resolve_with(module, false)
}

/// [`resolve`], optionally allowing `await`, `async for`, `async with` and
/// async comprehensions at module level (CPython's
/// `PyCF_ALLOW_TOP_LEVEL_AWAIT`, used by `run_async` and the REPL): the
/// module body then runs as a coroutine.
pub fn resolve_with(module: &Module, top_level_await: bool) -> Result<(), SyntaxError> {
    let mut module_scope = Scope::new(Kind::Module, None);
    module_scope.is_async = top_level_await;
    let mut c = Collector {
        scopes: vec![module_scope],
        current: 0,
        loops: vec![0],
        order: Vec::new(),
        depth: 0,
        parser_levels: 0,
        suspend_points: 0,
        except_star: vec![None],
    };
    c.check_future(&module.body)?;
    c.stmts(&module.body)?;
    for s in &c.scopes {
        if s.is_async
            && s.is_generator
            && let Some(span) = s.value_returns.first()
        {
            return Err(err("'return' with value in async generator", *span));
        }
    }
    analyze(&mut c.scopes)?;
    let infos: Vec<Rc<ScopeInfo>> = c
        .scopes
        .iter()
        .enumerate()
        .map(|(i, _)| Rc::new(scope_info(&c.scopes, i)))
        .collect();
    let mut a = Assigner {
        scopes: &c.scopes,
        infos: &infos,
        order: c.order.into_iter(),
        current: 0,
    };
    module.scope.set(infos[0].clone());
    a.stmts(&module.body);
    Ok(())
}

// Pass 1 --------------------------------------------------------------------

struct Collector {
    scopes: Vec<Scope>,
    current: usize,
    /// Loop depth per nesting of function/class scopes.
    loops: Vec<usize>,
    /// Scope ids in the order the walk entered them (pass 3 replays it).
    order: Vec<usize>,
    /// Current expression nesting, bounded like CPython's compiler recursion.
    depth: usize,
    /// CPython parser levels the enclosing expressions cost (see
    /// [`parser_levels`]).
    parser_levels: usize,
    /// Per function/class scope: the loop depth at which the innermost
    /// enclosing `except*` handler started (its body may not `return`, nor
    /// `break`/`continue` out of it).
    except_star: Vec<Option<usize>>,
    /// Suspension points seen so far in the current function body; a node
    /// whose walk increases it can suspend.
    suspend_points: usize,
}

impl Collector {
    fn scope(&mut self) -> &mut Scope {
        &mut self.scopes[self.current]
    }

    fn enter(&mut self, kind: Kind) -> (usize, usize) {
        let id = self.scopes.len();
        self.scopes.push(Scope::new(kind, Some(self.current)));
        self.order.push(id);
        let prev = self.current;
        self.current = id;
        if kind != Kind::Comprehension {
            self.loops.push(0);
            self.except_star.push(None);
        }
        (prev, id)
    }

    fn leave(&mut self, prev: usize) {
        if self.scopes[self.current].kind != Kind::Comprehension {
            self.loops.pop();
            self.except_star.pop();
        }
        self.current = prev;
    }

    /// The innermost scope that is not a comprehension.
    fn function_like(&self) -> usize {
        let mut s = self.current;
        while self.scopes[s].kind == Kind::Comprehension {
            s = self.scopes[s].parent.unwrap_or(0);
        }
        s
    }

    fn in_generator_expression(&self) -> bool {
        let mut s = self.current;
        while self.scopes[s].kind == Kind::Comprehension {
            if self.scopes[s].comp_kind == Some(ComprehensionKind::Generator) {
                return true;
            }
            s = self.scopes[s].parent.unwrap_or(0);
        }
        false
    }

    fn in_async_function(&self) -> bool {
        let f = self.function_like();
        matches!(self.scopes[f].kind, Kind::Function | Kind::Module) && self.scopes[f].is_async
    }

    fn check_future(&self, body: &[Stmt]) -> Result<(), SyntaxError> {
        const FEATURES: [&str; 10] = [
            "nested_scopes",
            "generators",
            "division",
            "absolute_import",
            "with_statement",
            "print_function",
            "unicode_literals",
            "barry_as_FLUFL",
            "generator_stop",
            "annotations",
        ];
        let mut prologue = true;
        for (i, s) in body.iter().enumerate() {
            match &s.kind {
                StmtKind::ImportFrom {
                    module: Some(m),
                    names,
                    ..
                } if &**m == "__future__" => {
                    if !prologue {
                        return Err(err(
                            "from __future__ imports must occur at the beginning of the file",
                            s.span,
                        ));
                    }
                    for n in names {
                        if &*n.name == "braces" {
                            return Err(err("not a chance", n.span));
                        }
                        if !FEATURES.contains(&&*n.name) {
                            return Err(err(
                                format!("future feature {} is not defined", n.name),
                                n.span,
                            ));
                        }
                    }
                }
                StmtKind::Expr(e)
                    if i == 0 && matches!(e.kind, ExprKind::Constant(Constant::Str(_))) => {}
                _ => prologue = false,
            }
        }
        Ok(())
    }

    fn bind(&mut self, name: &Ident, _span: Span) -> Result<(), SyntaxError> {
        self.scope().add(name, ASSIGNED);
        Ok(())
    }

    fn use_name(&mut self, name: &Ident) {
        self.scope().add(name, USED);
        if &**name == "super" {
            // Zero-argument super() reads the class cell, as in CPython.
            let class_name: Ident = Rc::from("__class__");
            self.scope().add(&class_name, USED);
        }
    }

    fn stmts(&mut self, body: &[Stmt]) -> Result<(), SyntaxError> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> Result<(), SyntaxError> {
        let before = self.suspend_points;
        self.stmt_inner(s)?;
        if self.suspend_points > before {
            s.suspends.set(true);
        }
        Ok(())
    }

    fn stmt_inner(&mut self, s: &Stmt) -> Result<(), SyntaxError> {
        match &s.kind {
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for t in targets {
                    self.target(t)?;
                }
                Ok(())
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value)?;
                if let ExprKind::Name(n) = &target.kind {
                    self.use_name(&n.id);
                }
                self.target(target)
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let Some(v) = value {
                    self.expr(v)?;
                }
                self.expr(annotation)?;
                if let (true, ExprKind::Name(n)) = (*simple, &target.kind) {
                    let f = self.scope().flags(&n.id);
                    if f & GLOBAL != 0 {
                        return Err(err(
                            format!("annotated name '{}' can't be global", n.id),
                            target.span,
                        ));
                    }
                    if f & NONLOCAL != 0 {
                        return Err(err(
                            format!("annotated name '{}' can't be nonlocal", n.id),
                            target.span,
                        ));
                    }
                }
                self.target(target)
            }
            StmtKind::Pass => Ok(()),
            // The except* rule is checked first, as CPython's compiler does.
            StmtKind::Break => {
                self.check_except_star(s.span, false)?;
                if self.loops.last().copied().unwrap_or(0) == 0 {
                    return Err(err("'break' outside loop", s.span));
                }
                Ok(())
            }
            StmtKind::Continue => {
                self.check_except_star(s.span, false)?;
                if self.loops.last().copied().unwrap_or(0) == 0 {
                    return Err(err("'continue' not properly in loop", s.span));
                }
                Ok(())
            }
            StmtKind::Return(v) => {
                let f = self.function_like();
                if self.scopes[f].kind != Kind::Function {
                    return Err(err("'return' outside function", s.span));
                }
                self.check_except_star(s.span, true)?;
                if let Some(v) = v {
                    self.scopes[f].value_returns.push(s.span);
                    self.expr(v)?;
                }
                Ok(())
            }
            StmtKind::Raise { exc, cause } => {
                self.opt(exc.as_deref())?;
                self.opt(cause.as_deref())
            }
            StmtKind::Global(names) => self.declare(names, GLOBAL, s.span),
            StmtKind::Nonlocal(names) => self.declare(names, NONLOCAL, s.span),
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.target(t)?;
                }
                Ok(())
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                self.opt(msg.as_deref())
            }
            StmtKind::Import(names) => {
                for a in names {
                    let bound = a
                        .asname
                        .clone()
                        .unwrap_or_else(|| Rc::from(a.name.split('.').next().unwrap_or(&a.name)));
                    self.bind(&bound, a.span)?;
                }
                Ok(())
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    if &*a.name == "*" {
                        if self.scope().kind != Kind::Module {
                            return Err(err("import * only allowed at module level", s.span));
                        }
                        continue;
                    }
                    let bound = a.asname.clone().unwrap_or_else(|| a.name.clone());
                    self.bind(&bound, a.span)?;
                }
                Ok(())
            }
            StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)
            }
            StmtKind::While { test, body, orelse } => {
                self.expr(test)?;
                self.looped(body)?;
                self.stmts(orelse)
            }
            StmtKind::For {
                is_async,
                target,
                iter,
                body,
                orelse,
            } => {
                if *is_async {
                    self.require_async("'async for' outside async function", s.span)?;
                }
                self.expr(iter)?;
                self.target(target)?;
                self.looped(body)?;
                self.stmts(orelse)
            }
            StmtKind::With {
                is_async,
                items,
                body,
            } => {
                if *is_async {
                    self.require_async("'async with' outside async function", s.span)?;
                }
                for item in items {
                    self.expr(&item.context)?;
                    if let Some(t) = &item.target {
                        self.target(t)?;
                    }
                }
                self.stmts(body)
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                is_star,
            } => {
                self.stmts(body)?;
                for h in handlers {
                    self.opt(h.typ.as_deref())?;
                    if let Some(n) = &h.name {
                        self.target(n)?;
                    }
                    let saved = self.except_star.last().copied().flatten();
                    if *is_star && let Some(slot) = self.except_star.last_mut() {
                        *slot = Some(self.loops.last().copied().unwrap_or(0));
                    }
                    let r = self.stmts(&h.body);
                    if let Some(slot) = self.except_star.last_mut() {
                        *slot = saved;
                    }
                    r?;
                }
                self.stmts(orelse)?;
                self.stmts(finalbody)
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject)?;
                for (i, case) in cases.iter().enumerate() {
                    crate::patterns::check_case(case, i, cases.len())?;
                    crate::patterns::walk(&case.pattern, &mut |part| match part {
                        crate::patterns::Part::Expr(e) => self.expr(e),
                        crate::patterns::Part::Bind(n) => self.bind(&n.id, case.pattern.span),
                    })?;
                    self.opt(case.guard.as_deref())?;
                    self.stmts(&case.body)?;
                }
                Ok(())
            }
            StmtKind::FunctionDef(f) => {
                for d in &f.decorators {
                    self.expr(d)?;
                }
                self.function(f)?;
                self.bind(&f.name, f.span)
            }
            StmtKind::ClassDef(c) => {
                for d in &c.decorators {
                    self.expr(d)?;
                }
                for b in &c.bases {
                    self.expr(b)?;
                }
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
                let saved = self.suspend_points;
                let (prev, _) = self.enter(Kind::Class);
                self.scope().name = c.name.clone();
                self.stmts(&c.body)?;
                self.leave(prev);
                self.suspend_points = saved;
                self.bind(&c.name, c.span)
            }
        }
    }

    /// `return`, and `break`/`continue` leaving the handler, are not allowed
    /// in an `except*` block.
    fn check_except_star(&self, span: Span, is_return: bool) -> Result<(), SyntaxError> {
        if let Some(Some(depth)) = self.except_star.last()
            && (is_return || self.loops.last().copied().unwrap_or(0) == *depth)
        {
            return Err(err(
                "'break', 'continue' and 'return' cannot appear in an except* block",
                span,
            ));
        }
        Ok(())
    }

    fn require_async(&mut self, msg: &str, span: Span) -> Result<(), SyntaxError> {
        if !self.in_async_function() {
            return Err(err(msg, span));
        }
        self.mark_suspend();
        Ok(())
    }

    fn mark_suspend(&mut self) {
        self.scope().may_suspend = true;
        self.suspend_points += 1;
    }

    fn looped(&mut self, body: &[Stmt]) -> Result<(), SyntaxError> {
        if let Some(l) = self.loops.last_mut() {
            *l += 1;
        }
        self.stmts(body)?;
        if let Some(l) = self.loops.last_mut() {
            *l -= 1;
        }
        Ok(())
    }

    fn declare(&mut self, names: &[Ident], flag: u8, span: Span) -> Result<(), SyntaxError> {
        let what = if flag == GLOBAL { "global" } else { "nonlocal" };
        for n in names {
            let f = self.scope().flags(n);
            let other = if flag == GLOBAL { NONLOCAL } else { GLOBAL };
            if f & other != 0 {
                return Err(err(format!("name '{n}' is nonlocal and global"), span));
            }
            if f & PARAM != 0 {
                return Err(err(format!("name '{n}' is parameter and {what}"), span));
            }
            if f & ASSIGNED != 0 {
                return Err(err(
                    format!("name '{n}' is assigned to before {what} declaration"),
                    span,
                ));
            }
            if f & USED != 0 {
                return Err(err(
                    format!("name '{n}' is used prior to {what} declaration"),
                    span,
                ));
            }
            if flag == NONLOCAL && self.scope().kind == Kind::Module {
                return Err(err(
                    "nonlocal declaration not allowed at module level",
                    span,
                ));
            }
            self.scope().add(n, flag);
        }
        Ok(())
    }

    fn opt(&mut self, e: Option<&Expr>) -> Result<(), SyntaxError> {
        match e {
            Some(e) => self.expr(e),
            None => Ok(()),
        }
    }

    fn target(&mut self, t: &Expr) -> Result<(), SyntaxError> {
        match &t.kind {
            ExprKind::Name(n) => self.bind(&n.id, t.span),
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.target(i)?;
                }
                Ok(())
            }
            ExprKind::Starred(inner) => self.target(inner),
            _ => self.expr(t),
        }
    }

    fn params(&mut self, p: &Parameters) -> Result<(), SyntaxError> {
        for param in p.all() {
            if let Some(a) = &param.annotation {
                self.expr(a)?;
            }
        }
        Ok(())
    }

    fn function(&mut self, f: &FunctionDef) -> Result<(), SyntaxError> {
        // Defaults and annotations are evaluated in the enclosing scope.
        for param in f.params.all() {
            self.opt(param.default.as_deref())?;
        }
        self.params(&f.params)?;
        self.opt(f.returns.as_deref())?;
        let saved = self.suspend_points;
        let (prev, _) = self.enter(Kind::Function);
        self.scope().is_async = f.is_async;
        self.scope().name = f.name.clone();
        for param in f.params.all() {
            self.scope().params.push(param.name.clone());
            self.scope().add(&param.name, PARAM);
        }
        self.stmts(&f.body)?;
        self.leave(prev);
        self.suspend_points = saved;
        Ok(())
    }

    fn comprehension(&mut self, c: &Comprehension) -> Result<(), SyntaxError> {
        // The outermost iterable is evaluated in the enclosing scope.
        if let Some(first) = c.generators.first() {
            self.expr(&first.iter)?;
        }
        let saved = self.suspend_points;
        let (prev, id) = self.enter(Kind::Comprehension);
        self.scope().comp_kind = Some(c.kind);
        self.scope().name = Ident::from(match c.kind {
            ComprehensionKind::List => "<listcomp>",
            ComprehensionKind::Set => "<setcomp>",
            ComprehensionKind::Dict => "<dictcomp>",
            ComprehensionKind::Generator => "<genexpr>",
        });
        let is_async = c.generators.iter().any(|g| g.is_async);
        for (i, g) in c.generators.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter)?;
            }
            self.target(&g.target)?;
            for cond in &g.ifs {
                self.expr(cond)?;
            }
        }
        self.expr(&c.element)?;
        if let Some(v) = &c.value {
            self.expr(v)?;
        }
        let awaits = self.scopes[self.current].may_suspend;
        self.leave(prev);
        // Only the outermost iterable runs in this body; the rest runs in the
        // comprehension's own frame.
        self.suspend_points = saved;
        if is_async || awaits {
            self.scopes[id].is_async = true;
            self.scopes[id].may_suspend = true;
            if c.kind == ComprehensionKind::Generator {
                self.scopes[id].is_generator = true;
            } else {
                if !self.in_async_function() && !self.enclosing_comprehension_is_async() {
                    return Err(err(
                        "asynchronous comprehension outside of an asynchronous function",
                        c.span,
                    ));
                }
                // Awaiting the comprehension suspends the enclosing body.
                self.mark_suspend();
            }
        } else if c.kind == ComprehensionKind::Generator {
            self.scopes[id].is_generator = true;
        }
        Ok(())
    }

    fn enclosing_comprehension_is_async(&self) -> bool {
        self.scopes[self.current].kind == Kind::Comprehension && self.scopes[self.current].is_async
    }

    fn expr(&mut self, e: &Expr) -> Result<(), SyntaxError> {
        self.depth += 1;
        if self.depth > MAX_EXPR_DEPTH {
            return Err(self.too_deep(e));
        }
        let levels = parser_levels(e).0;
        self.parser_levels += levels;
        let before = self.suspend_points;
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.expr_inner(e))?;
        if self.suspend_points > before {
            e.suspends.set(true);
        }
        self.parser_levels -= levels;
        self.depth -= 1;
        Ok(())
    }

    /// The error for a tree nested past what CPython compiles: its parser's
    /// MemoryError when the right-recursive chain through `e` is longer than
    /// that parser follows, else the compiler's RecursionError.
    #[cold]
    fn too_deep(&self, e: &Expr) -> SyntaxError {
        let mut levels = self.parser_levels + PARSER_BASE_LEVELS;
        let mut next = Some(e);
        while let Some(node) = next
            && levels < PARSER_MAX_LEVELS
        {
            let (cost, child) = parser_levels(node);
            levels += cost;
            next = child;
        }
        if levels >= PARSER_MAX_LEVELS {
            SyntaxError::new(ErrorKind::Memory, "", e.span.start)
        } else {
            SyntaxError::new(
                ErrorKind::Recursion,
                "maximum recursion depth exceeded during compilation",
                e.span.start,
            )
        }
    }

    fn expr_inner(&mut self, e: &Expr) -> Result<(), SyntaxError> {
        match &e.kind {
            ExprKind::Constant(_) => Ok(()),
            ExprKind::Name(n) => {
                self.use_name(&n.id);
                Ok(())
            }
            ExprKind::FString(parts) => self.fstring(parts),
            ExprKind::BoolOp { values, .. } => self.exprs(values),
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                let ExprKind::Name(n) = &target.kind else {
                    return Ok(());
                };
                if self.scope().kind == Kind::Comprehension {
                    // PEP 572: the name binds in the enclosing non-comprehension scope.
                    let f = self.function_like();
                    if self.scopes[f].kind == Kind::Class {
                        return Err(err(
                            "assignment expression within a comprehension cannot be used in a class body",
                            e.span,
                        ));
                    }
                    let mut s = self.current;
                    while self.scopes[s].kind == Kind::Comprehension {
                        if self.scopes[s].flags(&n.id) & ASSIGNED != 0 {
                            return Err(err(
                                format!(
                                    "assignment expression cannot rebind comprehension iteration variable '{}'",
                                    n.id
                                ),
                                e.span,
                            ));
                        }
                        self.scopes[s].add(&n.id, COMP_WALRUS | USED);
                        s = self.scopes[s].parent.unwrap_or(0);
                    }
                    self.scopes[f].add(&n.id, ASSIGNED);
                    Ok(())
                } else {
                    self.bind(&n.id, target.span)
                }
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand),
            ExprKind::Lambda(f) => self.function(f),
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)
            }
            ExprKind::Dict(items) => {
                for (k, v) in items {
                    self.opt(k.as_ref())?;
                    self.expr(v)?;
                }
                Ok(())
            }
            ExprKind::Set(v) | ExprKind::List(v) | ExprKind::Tuple(v) => self.exprs(v),
            ExprKind::Comprehension(c) => self.comprehension(c),
            ExprKind::Await(v) => {
                // Inside a generator expression, `await` makes it an
                // asynchronous generator expression, allowed anywhere.
                if self.in_generator_expression() {
                    self.mark_suspend();
                    return self.expr(v);
                }
                let f = self.function_like();
                match self.scopes[f].kind {
                    Kind::Function | Kind::Module if self.scopes[f].is_async => {}
                    _ if self.scopes[self.current].kind == Kind::Comprehension => {
                        return Err(err(
                            "asynchronous comprehension outside of an asynchronous function",
                            e.span,
                        ));
                    }
                    Kind::Function => return Err(err("'await' outside async function", e.span)),
                    _ => return Err(err("'await' outside function", e.span)),
                }
                self.mark_suspend();
                self.expr(v)
            }
            ExprKind::Yield(v) => {
                self.yield_here(e.span)?;
                self.opt(v.as_deref())
            }
            ExprKind::YieldFrom(v) => {
                self.yield_here(e.span)?;
                if self.scope().is_async {
                    return Err(err("'yield from' inside async function", e.span));
                }
                self.expr(v)
            }
            ExprKind::Compare { left, ops } => {
                self.expr(left)?;
                for (_, r) in ops {
                    self.expr(r)?;
                }
                Ok(())
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func)?;
                self.exprs(args)?;
                for k in keywords {
                    self.expr(&k.value)?;
                }
                Ok(())
            }
            ExprKind::Attribute { value, .. } => self.expr(value),
            ExprKind::Subscript { value, index, .. } => {
                self.expr(value)?;
                self.expr(index)
            }
            ExprKind::Starred(v) => self.expr(v),
            ExprKind::Slice { lower, upper, step } => {
                self.opt(lower.as_deref())?;
                self.opt(upper.as_deref())?;
                self.opt(step.as_deref())
            }
        }
    }

    fn yield_here(&mut self, span: Span) -> Result<(), SyntaxError> {
        let scope = &self.scopes[self.current];
        match scope.kind {
            Kind::Comprehension => {
                let what = match scope.comp_kind {
                    Some(ComprehensionKind::List) | None => "list comprehension",
                    Some(ComprehensionKind::Set) => "set comprehension",
                    Some(ComprehensionKind::Dict) => "dict comprehension",
                    Some(ComprehensionKind::Generator) => "generator expression",
                };
                Err(err(format!("'yield' inside {what}"), span))
            }
            Kind::Function => {
                self.scope().is_generator = true;
                self.mark_suspend();
                Ok(())
            }
            _ => Err(err("'yield' outside function", span)),
        }
    }

    fn exprs(&mut self, v: &[Expr]) -> Result<(), SyntaxError> {
        for e in v {
            self.expr(e)?;
        }
        Ok(())
    }

    fn fstring(&mut self, parts: &[FStringPart]) -> Result<(), SyntaxError> {
        for p in parts {
            if let FStringPart::Field(f) = p {
                self.expr(&f.value)?;
                if let Some(spec) = &f.spec {
                    self.fstring(spec)?;
                }
            }
        }
        Ok(())
    }
}

// Pass 2 --------------------------------------------------------------------

fn analyze(scopes: &mut [Scope]) -> Result<(), SyntaxError> {
    let children = children_of(scopes);
    let mut free = HashSet::default();
    analyze_block(scopes, &children, 0, None, &mut free, &HashSet::default())
}

fn children_of(scopes: &[Scope]) -> Vec<Vec<usize>> {
    let mut children = vec![Vec::new(); scopes.len()];
    for (i, s) in scopes.iter().enumerate() {
        if let Some(p) = s.parent {
            children[p].push(i);
        }
    }
    children
}

/// CPython's `analyze_block`: `bound` holds names bound in enclosing function
/// scopes, `global` names declared global there; `free` collects what this
/// block needs from outside.
fn analyze_block(
    scopes: &mut [Scope],
    children: &[Vec<usize>],
    id: usize,
    bound: Option<&HashSet<Ident>>,
    free: &mut HashSet<Ident>,
    global: &HashSet<Ident>,
) -> Result<(), SyntaxError> {
    let kind = scopes[id].kind;
    let mut local = HashSet::default();
    let mut global = global.clone();
    let names = scopes[id].names.clone();
    for (name, flags) in &names {
        let r = if flags & GLOBAL != 0 {
            global.insert(name.clone());
            Resolution::GlobalExplicit
        } else if flags & NONLOCAL != 0 {
            if !bound.is_some_and(|b| b.contains(name)) {
                return Err(err(
                    format!("no binding for nonlocal '{name}' found"),
                    Span::default(),
                ));
            }
            free.insert(name.clone());
            Resolution::Free
        } else if flags & (ASSIGNED | PARAM) != 0 {
            local.insert(name.clone());
            global.remove(name);
            Resolution::Local
        } else if bound.is_some_and(|b| b.contains(name)) {
            free.insert(name.clone());
            Resolution::Free
        } else {
            Resolution::GlobalImplicit
        };
        scopes[id].resolved.insert(name.clone(), r);
    }
    let mut new_bound: HashSet<Ident> = HashSet::default();
    if kind == Kind::Class {
        if let Some(b) = bound {
            new_bound.extend(b.iter().cloned());
        }
        new_bound.insert(Rc::from("__class__"));
    } else {
        if kind != Kind::Module {
            new_bound.extend(local.iter().cloned());
        }
        if let Some(b) = bound {
            new_bound.extend(b.iter().cloned());
        }
    }
    let mut new_free = HashSet::default();
    for &child in &children[id] {
        let mut child_free = HashSet::default();
        let child_bound = if kind == Kind::Module && new_bound.is_empty() {
            None
        } else {
            Some(&new_bound)
        };
        analyze_block(
            scopes,
            children,
            child,
            child_bound,
            &mut child_free,
            &global,
        )?;
        new_free.extend(child_free);
    }
    match kind {
        Kind::Function | Kind::Comprehension => {
            for name in &local {
                if new_free.remove(name) {
                    scopes[id].resolved.insert(name.clone(), Resolution::Cell);
                }
            }
        }
        Kind::Class => {
            if new_free.remove("__class__") {
                scopes[id].needs_class_cell = true;
            }
        }
        Kind::Module => {}
    }
    // Names children need that pass through this scope become free here.
    if kind != Kind::Module {
        let mut pass: Vec<Ident> = new_free.iter().cloned().collect();
        pass.sort();
        for name in pass {
            match scopes[id].resolved.get(&name) {
                Some(Resolution::Local) if kind == Kind::Class => {
                    scopes[id].pass_through.push(name.clone());
                }
                Some(Resolution::Free) | Some(Resolution::Cell) => {}
                Some(Resolution::Local) => {}
                _ => {
                    scopes[id].add(&name, 0);
                    scopes[id].resolved.insert(name.clone(), Resolution::Free);
                }
            }
        }
    }
    free.extend(new_free);
    // Fix the cell layout: own cells, then frees, in first-seen order.
    let scope = &mut scopes[id];
    let mut cells: Vec<Ident> = Vec::new();
    if scope.needs_class_cell {
        cells.push(Rc::from("__class__"));
    }
    for (name, _) in &scope.names {
        if scope.resolved.get(name) == Some(&Resolution::Cell) {
            cells.push(name.clone());
        }
    }
    scope.n_own_cells = cells.len();
    for (name, _) in &scope.names {
        if scope.resolved.get(name) == Some(&Resolution::Free) {
            cells.push(name.clone());
        }
    }
    let extra = scope.pass_through.clone();
    cells.extend(extra);
    scope.cells = cells;
    Ok(())
}

fn scope_info(scopes: &[Scope], id: usize) -> ScopeInfo {
    let s = &scopes[id];
    let mut info = ScopeInfo {
        name: s.name.clone(),
        is_generator: s.is_generator,
        is_coroutine: s.is_async,
        may_suspend: s.may_suspend,
        needs_class_cell: s.needs_class_cell,
        n_own_cells: s.n_own_cells as u32,
        cells: s.cells.clone(),
        ..ScopeInfo::default()
    };
    if matches!(s.kind, Kind::Function | Kind::Comprehension) {
        info.locals = s.params.clone();
        for (name, _) in &s.names {
            if s.resolved.get(name) == Some(&Resolution::Local) && !s.params.contains(name) {
                info.locals.push(name.clone());
            }
        }
        for (slot, p) in s.params.iter().enumerate() {
            if let Some(ci) = s.cells[..s.n_own_cells].iter().position(|c| c == p) {
                info.param_cells.push((ci as u32, slot as u32));
            }
        }
    }
    if let Some(parent) = s.parent {
        let pcells = &scopes[parent].cells;
        for name in &s.cells[s.n_own_cells..] {
            let src = pcells.iter().position(|c| c == name).unwrap_or(0);
            info.free_sources.push(src as u32);
        }
    }
    info
}

// Pass 3 --------------------------------------------------------------------

struct Assigner<'a> {
    scopes: &'a [Scope],
    infos: &'a [Rc<ScopeInfo>],
    order: std::vec::IntoIter<usize>,
    current: usize,
}

impl Assigner<'_> {
    fn enter(&mut self) -> (usize, usize) {
        let id = self.order.next().unwrap_or(0);
        let prev = self.current;
        self.current = id;
        (prev, id)
    }

    fn name(&self, n: &Name) {
        let s = &self.scopes[self.current];
        let info = &self.infos[self.current];
        let r = s
            .resolved
            .get(&n.id)
            .copied()
            .unwrap_or(Resolution::GlobalImplicit);
        let cell = || info.cells.iter().position(|c| *c == n.id).unwrap_or(0) as u32;
        let slot = match (s.kind, r) {
            (Kind::Module, _) => NameSlot::Global,
            (_, Resolution::GlobalExplicit) => NameSlot::Global,
            (Kind::Class, Resolution::Local | Resolution::GlobalImplicit) => NameSlot::ClassLocal,
            (Kind::Class, _) => NameSlot::ClassCell(cell()),
            (_, Resolution::GlobalImplicit) => NameSlot::Global,
            (_, Resolution::Local) => {
                NameSlot::Local(info.locals.iter().position(|l| *l == n.id).unwrap_or(0) as u32)
            }
            (_, Resolution::Cell | Resolution::Free) => NameSlot::Cell(cell()),
        };
        n.slot.set(slot);
    }

    fn stmts(&mut self, body: &[Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn opt(&mut self, e: Option<&Expr>) {
        if let Some(e) = e {
            self.expr(e);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Assign { targets, value } => {
                self.expr(value);
                for t in targets {
                    self.expr(t);
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value);
                self.expr(target);
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                ..
            } => {
                self.opt(value.as_deref());
                self.expr(annotation);
                self.expr(target);
            }
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => {}
            StmtKind::Import(_) | StmtKind::ImportFrom { .. } => {}
            StmtKind::Return(v) => self.opt(v.as_deref()),
            StmtKind::Raise { exc, cause } => {
                self.opt(exc.as_deref());
                self.opt(cause.as_deref());
            }
            StmtKind::Delete(targets) => targets.iter().for_each(|t| self.expr(t)),
            StmtKind::Assert { test, msg } => {
                self.expr(test);
                self.opt(msg.as_deref());
            }
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                self.expr(test);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.expr(iter);
                self.expr(target);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::With { items, body, .. } => {
                for item in items {
                    self.expr(&item.context);
                    self.opt(item.target.as_deref());
                }
                self.stmts(body);
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => {
                self.stmts(body);
                for h in handlers {
                    self.opt(h.typ.as_deref());
                    self.opt(h.name.as_deref());
                    self.stmts(&h.body);
                }
                self.stmts(orelse);
                self.stmts(finalbody);
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject);
                for case in cases {
                    let _ = crate::patterns::walk::<()>(&case.pattern, &mut |part| {
                        match part {
                            crate::patterns::Part::Expr(e) => self.expr(e),
                            crate::patterns::Part::Bind(n) => self.name(n),
                        }
                        Ok(())
                    });
                    self.opt(case.guard.as_deref());
                    self.stmts(&case.body);
                }
            }
            StmtKind::FunctionDef(f) => {
                for d in &f.decorators {
                    self.expr(d);
                }
                self.function(f);
            }
            StmtKind::ClassDef(c) => {
                for d in &c.decorators {
                    self.expr(d);
                }
                c.bases.iter().for_each(|b| self.expr(b));
                c.keywords.iter().for_each(|k| self.expr(&k.value));
                let (prev, id) = self.enter();
                c.scope.set(self.infos[id].clone());
                self.stmts(&c.body);
                self.current = prev;
            }
        }
    }

    fn function(&mut self, f: &FunctionDef) {
        for param in f.params.all() {
            self.opt(param.default.as_deref());
        }
        for param in f.params.all() {
            self.opt(param.annotation.as_deref());
        }
        self.opt(f.returns.as_deref());
        let (prev, id) = self.enter();
        f.scope.set(self.infos[id].clone());
        self.stmts(&f.body);
        self.current = prev;
    }

    fn fstring(&mut self, parts: &[FStringPart]) {
        for p in parts {
            if let FStringPart::Field(f) = p {
                self.expr(&f.value);
                if let Some(spec) = &f.spec {
                    self.fstring(spec);
                }
            }
        }
    }

    fn expr(&mut self, e: &Expr) {
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.expr_inner(e));
    }

    fn expr_inner(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Constant(_) => {}
            ExprKind::Name(n) => self.name(n),
            ExprKind::FString(parts) => self.fstring(parts),
            ExprKind::BoolOp { values, .. } => values.iter().for_each(|v| self.expr(v)),
            ExprKind::NamedExpr { target, value } => {
                self.expr(value);
                self.expr(target);
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left);
                self.expr(right);
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand),
            ExprKind::Lambda(f) => self.function(f),
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test);
                self.expr(body);
                self.expr(orelse);
            }
            ExprKind::Dict(items) => {
                for (k, v) in items {
                    self.opt(k.as_ref());
                    self.expr(v);
                }
            }
            ExprKind::Set(v) | ExprKind::List(v) | ExprKind::Tuple(v) => {
                v.iter().for_each(|x| self.expr(x));
            }
            ExprKind::Comprehension(c) => {
                if let Some(first) = c.generators.first() {
                    self.expr(&first.iter);
                }
                let (prev, id) = self.enter();
                c.scope.set(self.infos[id].clone());
                for (i, g) in c.generators.iter().enumerate() {
                    if i > 0 {
                        self.expr(&g.iter);
                    }
                    self.expr(&g.target);
                    g.ifs.iter().for_each(|x| self.expr(x));
                }
                self.expr(&c.element);
                self.opt(c.value.as_ref());
                self.current = prev;
            }
            ExprKind::Await(v) | ExprKind::YieldFrom(v) | ExprKind::Starred(v) => self.expr(v),
            ExprKind::Yield(v) => self.opt(v.as_deref()),
            ExprKind::Compare { left, ops } => {
                self.expr(left);
                ops.iter().for_each(|(_, r)| self.expr(r));
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func);
                args.iter().for_each(|a| self.expr(a));
                keywords.iter().for_each(|k| self.expr(&k.value));
            }
            ExprKind::Attribute { value, .. } => self.expr(value),
            ExprKind::Subscript { value, index, .. } => {
                self.expr(value);
                self.expr(index);
            }
            ExprKind::Slice { lower, upper, step } => {
                self.opt(lower.as_deref());
                self.opt(upper.as_deref());
                self.opt(step.as_deref());
            }
        }
    }
}
