//! Helpers for the grammar's actions: building nodes, validating assignment
//! targets and argument lists, and CPython's wording for what the grammar
//! accepts but Python forbids.

use rustc_hash::FxHashSet as HashSet;
use std::rc::Rc;

use crate::ast::*;
use crate::error::{ErrorKind, SyntaxError};
use crate::fstring;
use crate::strings::StringLit;
use crate::token::IntLit;

/// What the single grammar entry produced.
#[derive(Debug)]
pub enum Top {
    /// A module body.
    Module(Vec<Stmt>),
    /// One expression (list).
    Expr(Expr),
}

/// One call argument before validation.
#[derive(Debug)]
pub enum Arg {
    /// `value`
    Positional(Expr),
    /// `x for x in y` without its own parentheses.
    Generator(Expr),
    /// `name=value` (the name is checked to be a Name).
    Keyword(Expr, Expr, Span),
    /// `*iterable`
    Star(Expr, Span),
    /// `**mapping`
    DoubleStar(Expr, Span),
}

/// One parameter-list item before validation.
#[derive(Debug)]
pub enum ParamItem {
    /// `name[: ann][= default]`
    Plain(Param),
    /// `*` or `*args`
    Star(Option<Param>, Span),
    /// `**kwargs`
    DoubleStar(Param),
    /// `/`
    Slash(Span),
}

#[cold]
fn err(msg: impl Into<String>, span: Span) -> SyntaxError {
    SyntaxError::new(ErrorKind::Syntax, msg, span.start)
}

/// CPython's name for an expression kind in error messages.
pub fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred(_) => "starred",
        ExprKind::Name(_) => "name",
        ExprKind::List(_) => "list",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::Lambda(_) => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::Comprehension(c) => match c.kind {
            ComprehensionKind::Generator => "generator expression",
            ComprehensionKind::List => "list comprehension",
            ComprehensionKind::Set => "set comprehension",
            ComprehensionKind::Dict => "dict comprehension",
        },
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::Dict(_) => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::FString(_) => "f-string expression",
        ExprKind::Constant(Constant::None) => "None",
        ExprKind::Constant(Constant::Bool(true)) => "True",
        ExprKind::Constant(Constant::Bool(false)) => "False",
        ExprKind::Constant(Constant::Ellipsis) => "ellipsis",
        ExprKind::Constant(_) => "literal",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

/// Where a target appears, which changes CPython's wording.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TargetCtx {
    /// `a = ...`
    Assign,
    /// `for a in ...` / comprehension target.
    For,
    /// `with ... as a`
    With,
    /// `del a`
    Del,
}

/// Validates an assignment target, returning it unchanged.
pub fn target(e: Expr, ctx: TargetCtx) -> Result<Expr, SyntaxError> {
    if let ExprKind::Starred(_) = e.kind
        && ctx != TargetCtx::Del
    {
        return Err(err(
            "starred assignment target must be in a list or tuple",
            e.span,
        ));
    }
    check_target(&e, ctx, false)?;
    Ok(e)
}

fn check_target(e: &Expr, ctx: TargetCtx, in_seq: bool) -> Result<(), SyntaxError> {
    let verb = if ctx == TargetCtx::Del {
        "delete"
    } else {
        "assign to"
    };
    match &e.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => Ok(()),
        ExprKind::Tuple(items) | ExprKind::List(items) => {
            let mut starred = 0;
            for item in items {
                if matches!(item.kind, ExprKind::Starred(_)) {
                    starred += 1;
                }
                check_target(item, ctx, true)?;
            }
            if starred > 1 && ctx != TargetCtx::Del {
                return Err(err("multiple starred expressions in assignment", e.span));
            }
            Ok(())
        }
        ExprKind::Starred(inner) if in_seq && ctx != TargetCtx::Del => {
            check_target(inner, ctx, false)
        }
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) if ctx != TargetCtx::Del => {
            Err(err("assignment to yield expression not possible", e.span))
        }
        _ => Err(err(format!("cannot {verb} {}", expr_name(e)), e.span)),
    }
}

/// True for expressions at CPython's `bitwise_or` level or tighter.
fn is_bitwise_or_level(e: &Expr) -> bool {
    !matches!(
        e.kind,
        ExprKind::Compare { .. }
            | ExprKind::BoolOp { .. }
            | ExprKind::UnaryOp {
                op: UnaryOp::Not,
                ..
            }
            | ExprKind::IfExp { .. }
            | ExprKind::Lambda(_)
            | ExprKind::NamedExpr { .. }
            | ExprKind::Tuple(_)
            | ExprKind::Starred(_)
            | ExprKind::Yield(_)
            | ExprKind::YieldFrom(_)
    )
}

/// An expression statement; a bare starred expression is an error.
pub fn expr_statement(e: Expr) -> Result<StmtKind, SyntaxError> {
    if let ExprKind::Starred(_) = e.kind {
        return Err(err("can't use starred expression here", e.span));
    }
    Ok(StmtKind::Expr(Box::new(e)))
}

/// `t1 = t2 = value`.
pub fn assign(first: Expr, rest: Vec<Expr>) -> Result<StmtKind, SyntaxError> {
    let mut all = Vec::with_capacity(rest.len() + 1);
    all.push(first);
    all.extend(rest);
    let value = all
        .pop()
        .unwrap_or_else(|| Expr::new(ExprKind::Tuple(vec![]), Span::default()));
    let n = all.len();
    for (i, t) in all.iter().enumerate() {
        if let ExprKind::Starred(_) = t.kind {
            return Err(err(
                "starred assignment target must be in a list or tuple",
                t.span,
            ));
        }
        if let Err(e) = check_target(t, TargetCtx::Assign, false) {
            // CPython suggests `==` when `a = b` could have been a comparison.
            let offender = first_invalid(t);
            if i + 1 == n
                && !matches!(
                    offender.kind,
                    ExprKind::Constant(Constant::None | Constant::Bool(_))
                )
                && is_bitwise_or_level(offender)
                && is_bitwise_or_level(&value)
                && std::ptr::eq(offender, t)
            {
                return Err(err(
                    format!(
                        "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                        expr_name(t)
                    ),
                    t.span,
                ));
            }
            return Err(e);
        }
    }
    if let ExprKind::Starred(_) = value.kind {
        return Err(err("can't use starred expression here", value.span));
    }
    Ok(StmtKind::Assign {
        targets: all,
        value: Box::new(value),
    })
}

fn first_invalid(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::Tuple(items) | ExprKind::List(items) => items
            .iter()
            .find(|i| check_target(i, TargetCtx::Assign, true).is_err())
            .map_or(e, first_invalid),
        _ => e,
    }
}

/// `target op= value`.
pub fn aug_assign(t: Expr, op: BinOp, v: Expr) -> Result<StmtKind, SyntaxError> {
    match t.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {
            Ok(StmtKind::AugAssign {
                target: Box::new(t),
                op,
                value: Box::new(v),
            })
        }
        _ => Err(err(
            format!(
                "'{}' is an illegal expression for augmented assignment",
                expr_name(&t)
            ),
            t.span,
        )),
    }
}

/// `target: annotation [= value]`.
pub fn ann_assign(t: Expr, a: Expr, v: Option<Expr>) -> Result<StmtKind, SyntaxError> {
    let simple = matches!(t.kind, ExprKind::Name(_));
    match t.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
        ExprKind::Tuple(_) => {
            return Err(err(
                "only single target (not tuple) can be annotated",
                t.span,
            ));
        }
        ExprKind::List(_) => {
            return Err(err(
                "only single target (not list) can be annotated",
                t.span,
            ));
        }
        _ => return Err(err("illegal target for annotation", t.span)),
    }
    Ok(StmtKind::AnnAssign {
        target: Box::new(t),
        annotation: Box::new(a),
        value: v.map(Box::new),
        simple,
    })
}

/// `del targets`.
pub fn delete(t: Expr) -> Result<StmtKind, SyntaxError> {
    check_target(&t, TargetCtx::Del, false)?;
    let targets = match t.kind {
        ExprKind::Tuple(items) => items,
        _ => vec![t],
    };
    Ok(StmtKind::Delete(targets))
}

/// Attaches decorators to a def or class statement.
pub fn decorate(mut s: Stmt, decorators: Vec<Expr>) -> Stmt {
    match &mut s.kind {
        StmtKind::FunctionDef(f) => {
            if let Some(f) = Rc::get_mut(f) {
                f.decorators = decorators;
            }
        }
        StmtKind::ClassDef(c) => {
            if let Some(c) = Rc::get_mut(c) {
                c.decorators = decorators;
            }
        }
        _ => {}
    }
    s
}

/// Folds `if`/`elif`/`else` into nested `If` nodes.
pub fn if_chain(
    span: Span,
    test: Expr,
    body: Vec<Stmt>,
    elifs: Vec<(u32, Expr, Vec<Stmt>)>,
    orelse: Vec<Stmt>,
) -> Stmt {
    let mut tail = orelse;
    for (start, t, b) in elifs.into_iter().rev() {
        let s = Stmt::new(
            StmtKind::If {
                test: Box::new(t),
                body: b,
                orelse: tail,
            },
            Span::new(start, span.end),
        );
        tail = vec![s];
    }
    Stmt::new(
        StmtKind::If {
            test: Box::new(test),
            body,
            orelse: tail,
        },
        span,
    )
}

/// `try` with handlers, checking CPython's clause rules.
pub fn try_stmt(
    span: Span,
    body: Vec<Stmt>,
    handlers: Vec<(bool, ExceptHandler)>,
    orelse: Vec<Stmt>,
    finalbody: Vec<Stmt>,
) -> Result<Stmt, SyntaxError> {
    let is_star = handlers.first().is_some_and(|h| h.0);
    let n = handlers.len();
    let mut out = Vec::with_capacity(n);
    for (i, (star, h)) in handlers.into_iter().enumerate() {
        if star != is_star {
            return Err(err(
                "cannot have both 'except' and 'except*' on the same 'try'",
                h.span,
            ));
        }
        if h.typ.is_none() {
            if star {
                return Err(err("expected one or more exception types", h.span));
            }
            if i + 1 != n {
                return Err(err("default 'except:' must be last", h.span));
            }
        }
        out.push(h);
    }
    Ok(Stmt::new(
        StmtKind::Try {
            body,
            handlers: out,
            orelse,
            finalbody,
            is_star,
        },
        span,
    ))
}

/// Orders and checks a parameter list.
fn parameters(items: Vec<ParamItem>) -> Result<Parameters, SyntaxError> {
    let mut p = Parameters::default();
    let mut seen_slash = false;
    let mut seen_star = false;
    let mut seen_default = false;
    let mut bare_star: Option<Span> = None;
    let mut names = HashSet::default();
    let mut check_dup = |param: &Param| -> Result<(), SyntaxError> {
        if !names.insert(param.name.clone()) {
            return Err(err(
                format!("duplicate argument '{}' in function definition", param.name),
                param.span,
            ));
        }
        Ok(())
    };
    for item in items {
        if p.kwarg.is_some() {
            let span = match &item {
                ParamItem::Plain(q) | ParamItem::DoubleStar(q) => q.span,
                ParamItem::Star(_, s) | ParamItem::Slash(s) => *s,
            };
            return Err(err("arguments cannot follow var-keyword argument", span));
        }
        match item {
            ParamItem::Plain(param) => {
                check_dup(&param)?;
                if seen_star {
                    bare_star = None;
                    p.kwonly.push(param);
                } else {
                    if param.default.is_some() {
                        seen_default = true;
                    } else if seen_default {
                        return Err(err(
                            "non-default argument follows default argument",
                            param.span,
                        ));
                    }
                    p.args.push(param);
                }
            }
            ParamItem::Slash(span) => {
                if seen_slash {
                    return Err(err("/ may appear only once", span));
                }
                if seen_star {
                    return Err(err("/ must be ahead of *", span));
                }
                if p.args.is_empty() {
                    return Err(err("at least one argument must precede /", span));
                }
                seen_slash = true;
                p.posonly = std::mem::take(&mut p.args);
            }
            ParamItem::Star(param, span) => {
                if seen_star {
                    return Err(err("* argument may appear only once", span));
                }
                seen_star = true;
                match param {
                    Some(param) => {
                        check_dup(&param)?;
                        p.vararg = Some(param);
                    }
                    None => bare_star = Some(span),
                }
            }
            ParamItem::DoubleStar(param) => {
                check_dup(&param)?;
                p.kwarg = Some(param);
            }
        }
    }
    if let Some(span) = bare_star {
        return Err(err("named arguments must follow bare *", span));
    }
    Ok(p)
}

/// `[async] def name(params) -> ret: body`.
pub fn function_def(
    span: Span,
    is_async: bool,
    name: Ident,
    params: Vec<ParamItem>,
    returns: Option<Expr>,
    body: Vec<Stmt>,
) -> Result<Stmt, SyntaxError> {
    let params = parameters(params)?;
    let def = FunctionDef {
        name,
        params,
        body,
        decorators: vec![],
        returns: returns.map(Box::new),
        is_async,
        span,
        scope: ScopeCell::default(),
    };
    Ok(Stmt::new(StmtKind::FunctionDef(Rc::new(def)), span))
}

/// `lambda params: body`.
pub fn lambda(span: Span, params: Vec<ParamItem>, body: Expr) -> Result<Expr, SyntaxError> {
    let params = parameters(params)?;
    let body_span = body.span;
    let def = FunctionDef {
        name: Rc::from("<lambda>"),
        params,
        body: vec![Stmt::new(StmtKind::Return(Some(Box::new(body))), body_span)],
        decorators: vec![],
        returns: None,
        is_async: false,
        span,
        scope: ScopeCell::default(),
    };
    Ok(Expr::new(ExprKind::Lambda(Rc::new(def)), span))
}

/// `class Name(bases, keywords): body`.
pub fn class_def(
    span: Span,
    name: Ident,
    args: Vec<Arg>,
    body: Vec<Stmt>,
) -> Result<Stmt, SyntaxError> {
    let (bases, keywords) = arguments(args)?;
    let mut body = body;
    crate::mangle::mangle_class_body(&name, &mut body);
    let def = ClassDef {
        name,
        bases,
        keywords,
        body,
        decorators: vec![],
        span,
        scope: ScopeCell::default(),
    };
    Ok(Stmt::new(StmtKind::ClassDef(Rc::new(def)), span))
}

/// Flattens `a or b or c` into one node.
pub fn bool_op(op: BoolOpKind, a: Expr, b: Expr, span: Span) -> Expr {
    match a.kind {
        ExprKind::BoolOp {
            op: inner,
            mut values,
        } if inner == op && a.span.start == span.start => {
            values.push(b);
            Expr::new(ExprKind::BoolOp { op, values }, span)
        }
        kind => Expr::new(
            ExprKind::BoolOp {
                op,
                values: vec![Expr::new(kind, a.span), b],
            },
            span,
        ),
    }
}

/// `name := value`.
pub fn named_expr(t: Expr, v: Expr, span: Span) -> Result<Expr, SyntaxError> {
    match t.kind {
        ExprKind::Name(_) => Ok(Expr::new(
            ExprKind::NamedExpr {
                target: Box::new(t),
                value: Box::new(v),
            },
            span,
        )),
        _ => Err(err(
            format!("cannot use assignment expressions with {}", expr_name(&t)),
            t.span,
        )),
    }
}

/// Splits and checks call arguments as CPython does.
fn arguments(args: Vec<Arg>) -> Result<(Vec<Expr>, Vec<Keyword>), SyntaxError> {
    let mut positional = Vec::new();
    let mut keywords: Vec<Keyword> = Vec::new();
    let mut seen_kw = false;
    let mut seen_kwunpack = false;
    for a in args {
        match a {
            Arg::Positional(e) | Arg::Generator(e) => {
                if seen_kwunpack {
                    return Err(err(
                        "positional argument follows keyword argument unpacking",
                        e.span,
                    ));
                }
                if seen_kw {
                    return Err(err("positional argument follows keyword argument", e.span));
                }
                positional.push(e);
            }
            Arg::Star(e, span) => {
                if seen_kwunpack {
                    return Err(err(
                        "iterable argument unpacking follows keyword argument unpacking",
                        span,
                    ));
                }
                positional.push(Expr::new(ExprKind::Starred(Box::new(e)), span));
            }
            Arg::Keyword(k, v, span) => {
                let ExprKind::Name(name) = &k.kind else {
                    return Err(err(
                        "expression cannot contain assignment, perhaps you meant \"==\"?",
                        k.span,
                    ));
                };
                if keywords
                    .iter()
                    .any(|kw| kw.arg.as_deref() == Some(&*name.id))
                {
                    return Err(err(
                        format!("keyword argument repeated: {}", name.id),
                        k.span,
                    ));
                }
                seen_kw = true;
                keywords.push(Keyword {
                    arg: Some(name.id.clone()),
                    value: v,
                    span,
                });
            }
            Arg::DoubleStar(e, span) => {
                seen_kwunpack = true;
                keywords.push(Keyword {
                    arg: None,
                    value: e,
                    span,
                });
            }
        }
    }
    Ok((positional, keywords))
}

/// A call node.
pub fn call(f: Expr, args: Vec<Arg>, span: Span) -> Result<Expr, SyntaxError> {
    if args.len() > 1 {
        for a in &args {
            if let Arg::Generator(e) = a {
                return Err(err("Generator expression must be parenthesized", e.span));
            }
        }
    }
    let (args, keywords) = arguments(args)?;
    Ok(Expr::new(
        ExprKind::Call {
            func: Box::new(f),
            args,
            keywords,
        },
        span,
    ))
}

/// Any comprehension.
pub fn comprehension(
    kind: ComprehensionKind,
    element: Expr,
    value: Option<Expr>,
    generators: Vec<ComprehensionFor>,
    span: Span,
) -> Expr {
    Expr::new(
        ExprKind::Comprehension(Rc::new(Comprehension {
            kind,
            element,
            value,
            generators,
            span,
            scope: ScopeCell::default(),
        })),
        span,
    )
}

/// An int literal as a constant.
pub fn int_constant(i: IntLit) -> Constant {
    match i {
        IntLit::Small(v) => Constant::Int(v),
        IntLit::Big(b) => Constant::BigInt(b),
    }
}

/// Implicitly concatenated string literals.
pub fn strings(parts: Vec<StringLit>, span: Span) -> Result<Expr, SyntaxError> {
    let bytes = parts
        .iter()
        .filter(|p| matches!(p, StringLit::Bytes(_)))
        .count();
    if bytes != 0 && bytes != parts.len() {
        return Err(err("cannot mix bytes and nonbytes literals", span));
    }
    if bytes != 0 {
        let mut out = Vec::new();
        for p in parts {
            if let StringLit::Bytes(b) = p {
                out.extend(b);
            }
        }
        return Ok(Expr::new(
            ExprKind::Constant(Constant::Bytes(out.into())),
            span,
        ));
    }
    if let [StringLit::Str(s)] = &parts[..] {
        return Ok(Expr::new(
            ExprKind::Constant(Constant::Str(s.clone())),
            span,
        ));
    }
    if !parts.iter().any(|p| matches!(p, StringLit::FString { .. })) {
        let mut s = String::new();
        for p in parts {
            if let StringLit::Str(t) = p {
                s.push_str(&t);
            }
        }
        return Ok(Expr::new(ExprKind::Constant(Constant::Str(s.into())), span));
    }
    let mut out: Vec<FStringPart> = Vec::new();
    for p in parts {
        match p {
            StringLit::Str(t) => fstring::push_literal(&mut out, &t),
            StringLit::FString { raw, body, offset } => {
                for part in fstring::parse(&body, raw, offset)? {
                    match part {
                        FStringPart::Literal(t) => fstring::push_literal(&mut out, &t),
                        field => out.push(field),
                    }
                }
            }
            StringLit::Bytes(_) => {}
        }
    }
    Ok(Expr::new(ExprKind::FString(out), span))
}

/// `( ... )` around a single expression or a tuple.
pub fn parenthesized(e: Expr, span: Span) -> Result<Expr, SyntaxError> {
    match e.kind {
        ExprKind::Starred(_) => Err(err("cannot use starred expression here", e.span)),
        ExprKind::Tuple(items) => Ok(Expr::new(ExprKind::Tuple(items), span)),
        _ => Ok(e),
    }
}

/// The items of `with (a as b, c):`. CPython tries the item list first and
/// falls back to one parenthesised expression when the contents are not
/// items (a starred or walrus element): `with (a, *b):` is a tuple.
pub fn paren_with_items(
    items: Vec<(Expr, Option<Expr>)>,
    span: Span,
) -> Result<Vec<WithItem>, SyntaxError> {
    let expression_only = items.iter().any(|(e, t)| {
        t.is_none() && matches!(e.kind, ExprKind::Starred(_) | ExprKind::NamedExpr { .. })
    });
    if expression_only {
        if let Some((_, Some(t))) = items.iter().find(|(_, t)| t.is_some()) {
            return Err(err("invalid syntax", t.span));
        }
        let trailing_comma = items.last().is_some_and(|(e, _)| e.span.end < span.end);
        let mut exprs: Vec<Expr> = items.into_iter().map(|(e, _)| e).collect();
        let context = if exprs.len() == 1 && !trailing_comma {
            parenthesized(exprs.remove(0), span)?
        } else {
            Expr::new(ExprKind::Tuple(exprs), span)
        };
        return Ok(vec![WithItem {
            context: Box::new(context),
            target: None,
        }]);
    }
    items
        .into_iter()
        .map(|(c, t)| {
            let target = match t {
                Some(t) => Some(Box::new(target(t, TargetCtx::With)?)),
                None => None,
            };
            Ok(WithItem {
                context: Box::new(c),
                target,
            })
        })
        .collect()
}
