//! Private name mangling: inside a class body (and everything nested in it),
//! `__name` (not ending in `__`) becomes `_Class__name`, as CPython's
//! compiler does. Applied by the parser when a class statement is built, so
//! nested classes are mangled first with their own name and the outer pass
//! leaves their already-mangled names alone.

use std::rc::Rc;

use crate::ast::*;

/// The mangled form of `name` inside class `class_name`, if it changes.
fn mangled(class_name: &str, name: &str) -> Option<Ident> {
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return None;
    }
    let stripped = class_name.trim_start_matches('_');
    if stripped.is_empty() {
        return None;
    }
    Some(Rc::from(format!("_{stripped}{name}")))
}

fn fix(class_name: &str, id: &mut Ident) {
    if let Some(m) = mangled(class_name, id) {
        *id = m;
    }
}

/// Mangles every private name in a class body.
pub fn mangle_class_body(class_name: &str, body: &mut [Stmt]) {
    for s in body {
        stmt(class_name, s);
    }
}

fn stmts(c: &str, body: &mut [Stmt]) {
    for s in body {
        stmt(c, s);
    }
}

fn opt(c: &str, e: &mut Option<Box<Expr>>) {
    if let Some(e) = e {
        expr(c, e);
    }
}

fn name(c: &str, n: &mut Option<Name>) {
    if let Some(n) = n {
        fix(c, &mut n.id);
    }
}

fn pattern(c: &str, p: &mut Pattern) {
    match &mut p.kind {
        PatternKind::Value(e) => expr(c, e),
        PatternKind::Singleton(_) => {}
        PatternKind::Sequence(items) | PatternKind::Or(items) => {
            items.iter_mut().for_each(|p| pattern(c, p));
        }
        PatternKind::Star(n) => name(c, n),
        PatternKind::Mapping {
            keys,
            patterns,
            rest,
        } => {
            keys.iter_mut().for_each(|k| expr(c, k));
            patterns.iter_mut().for_each(|p| pattern(c, p));
            name(c, rest);
        }
        PatternKind::Class {
            cls,
            patterns,
            kwd_patterns,
            ..
        } => {
            expr(c, cls);
            patterns.iter_mut().for_each(|p| pattern(c, p));
            kwd_patterns.iter_mut().for_each(|p| pattern(c, p));
        }
        PatternKind::As {
            pattern: inner,
            name: n,
        } => {
            if let Some(inner) = inner {
                pattern(c, inner);
            }
            name(c, n);
        }
    }
}

fn stmt(c: &str, s: &mut Stmt) {
    match &mut s.kind {
        StmtKind::Expr(e) => expr(c, e),
        StmtKind::Assign { targets, value } => {
            targets.iter_mut().for_each(|t| expr(c, t));
            expr(c, value);
        }
        StmtKind::AugAssign { target, value, .. } => {
            expr(c, target);
            expr(c, value);
        }
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
            ..
        } => {
            expr(c, target);
            expr(c, annotation);
            opt(c, value);
        }
        StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
        StmtKind::Return(v) => opt(c, v),
        StmtKind::Raise { exc, cause } => {
            opt(c, exc);
            opt(c, cause);
        }
        StmtKind::Global(names) | StmtKind::Nonlocal(names) => {
            names.iter_mut().for_each(|n| fix(c, n))
        }
        StmtKind::Delete(targets) => targets.iter_mut().for_each(|t| expr(c, t)),
        StmtKind::Assert { test, msg } => {
            expr(c, test);
            opt(c, msg);
        }
        StmtKind::Import(aliases) | StmtKind::ImportFrom { names: aliases, .. } => {
            for a in aliases {
                if let Some(asname) = &mut a.asname {
                    fix(c, asname);
                }
            }
        }
        StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
            expr(c, test);
            stmts(c, body);
            stmts(c, orelse);
        }
        StmtKind::For {
            target,
            iter,
            body,
            orelse,
            ..
        } => {
            expr(c, target);
            expr(c, iter);
            stmts(c, body);
            stmts(c, orelse);
        }
        StmtKind::With { items, body, .. } => {
            for item in items {
                expr(c, &mut item.context);
                opt(c, &mut item.target);
            }
            stmts(c, body);
        }
        StmtKind::Match { subject, cases } => {
            expr(c, subject);
            for case in cases {
                pattern(c, &mut case.pattern);
                opt(c, &mut case.guard);
                stmts(c, &mut case.body);
            }
        }
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
            ..
        } => {
            stmts(c, body);
            for h in handlers {
                opt(c, &mut h.typ);
                opt(c, &mut h.name);
                stmts(c, &mut h.body);
            }
            stmts(c, orelse);
            stmts(c, finalbody);
        }
        StmtKind::FunctionDef(f) => {
            if let Some(f) = Rc::get_mut(f) {
                fix(c, &mut f.name);
                function(c, f);
            }
        }
        StmtKind::ClassDef(k) => {
            if let Some(k) = Rc::get_mut(k) {
                fix(c, &mut k.name);
                k.bases.iter_mut().for_each(|b| expr(c, b));
                k.keywords.iter_mut().for_each(|kw| expr(c, &mut kw.value));
                k.decorators.iter_mut().for_each(|d| expr(c, d));
                // The body was mangled with the nested class's own name.
            }
        }
    }
}

fn function(c: &str, f: &mut FunctionDef) {
    f.decorators.iter_mut().for_each(|d| expr(c, d));
    opt(c, &mut f.returns);
    let p = &mut f.params;
    for param in p
        .posonly
        .iter_mut()
        .chain(p.args.iter_mut())
        .chain(p.vararg.iter_mut())
        .chain(p.kwonly.iter_mut())
        .chain(p.kwarg.iter_mut())
    {
        fix(c, &mut param.name);
        opt(c, &mut param.annotation);
        opt(c, &mut param.default);
    }
    stmts(c, &mut f.body);
}

fn fstring(c: &str, parts: &mut [FStringPart]) {
    for p in parts {
        if let FStringPart::Field(f) = p {
            expr(c, &mut f.value);
            if let Some(spec) = &mut f.spec {
                fstring(c, spec);
            }
        }
    }
}

fn expr(c: &str, e: &mut Expr) {
    match &mut e.kind {
        ExprKind::Constant(_) => {}
        ExprKind::Name(n) => fix(c, &mut n.id),
        ExprKind::FString(parts) => fstring(c, parts),
        ExprKind::BoolOp { values, .. } => values.iter_mut().for_each(|v| expr(c, v)),
        ExprKind::NamedExpr { target, value } => {
            expr(c, target);
            expr(c, value);
        }
        ExprKind::BinOp { left, right, .. } => {
            expr(c, left);
            expr(c, right);
        }
        ExprKind::UnaryOp { operand, .. } => expr(c, operand),
        ExprKind::Lambda(f) => {
            if let Some(f) = Rc::get_mut(f) {
                function(c, f);
            }
        }
        ExprKind::IfExp { test, body, orelse } => {
            expr(c, test);
            expr(c, body);
            expr(c, orelse);
        }
        ExprKind::Dict(items) => {
            for (k, v) in items {
                if let Some(k) = k {
                    expr(c, k);
                }
                expr(c, v);
            }
        }
        ExprKind::Set(v) | ExprKind::List(v) | ExprKind::Tuple(v) => {
            v.iter_mut().for_each(|x| expr(c, x))
        }
        ExprKind::Comprehension(comp) => {
            if let Some(comp) = Rc::get_mut(comp) {
                expr(c, &mut comp.element);
                if let Some(v) = &mut comp.value {
                    expr(c, v);
                }
                for g in &mut comp.generators {
                    expr(c, &mut g.target);
                    expr(c, &mut g.iter);
                    g.ifs.iter_mut().for_each(|i| expr(c, i));
                }
            }
        }
        ExprKind::Await(v) | ExprKind::YieldFrom(v) | ExprKind::Starred(v) => expr(c, v),
        ExprKind::Yield(v) => opt(c, v),
        ExprKind::Compare { left, ops } => {
            expr(c, left);
            ops.iter_mut().for_each(|(_, r)| expr(c, r));
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            expr(c, func);
            args.iter_mut().for_each(|a| expr(c, a));
            for k in keywords {
                if let Some(arg) = &mut k.arg {
                    fix(c, arg);
                }
                expr(c, &mut k.value);
            }
        }
        ExprKind::Attribute { value, attr, .. } => {
            expr(c, value);
            fix(c, attr);
        }
        ExprKind::Subscript { value, index, .. } => {
            expr(c, value);
            expr(c, index);
        }
        ExprKind::Slice { lower, upper, step } => {
            opt(c, lower);
            opt(c, upper);
            opt(c, step);
        }
    }
}
