//! `match` statement patterns (PEP 634): the grammar's actions, and the
//! checks CPython's compiler makes before any code runs (unreachable cases,
//! names bound twice, or-patterns binding different names, repeated class
//! attributes, duplicate literal mapping keys), with its messages and the
//! location it reports.

use std::rc::Rc;

use crate::ast::*;
use crate::error::{ErrorKind, SyntaxError};

#[cold]
fn err(msg: impl Into<String>, at: u32) -> SyntaxError {
    SyntaxError::new(ErrorKind::Syntax, msg, at)
}

/// One argument of a class pattern, before positional and keyword
/// patterns are separated.
pub enum ClassArg {
    /// `p`
    Positional(Pattern),
    /// `name=p`, with the name's offset.
    Keyword(Ident, Pattern, u32),
}

/// A name in pattern position: `_` is the wildcard, anything else a capture.
pub fn capture(name: Ident, span: Span) -> Pattern {
    let name = (&*name != "_").then(|| Name::new(name));
    Pattern {
        kind: PatternKind::As {
            pattern: None,
            name,
        },
        span,
    }
}

/// `p as name`.
pub fn as_pattern(p: Pattern, name: Ident, at: u32, span: Span) -> Result<Pattern, SyntaxError> {
    if &*name == "_" {
        return Err(err("cannot use '_' as a target", at));
    }
    Ok(Pattern {
        kind: PatternKind::As {
            pattern: Some(Box::new(p)),
            name: Some(Name::new(name)),
        },
        span,
    })
}

/// `*name` / `*_` in a sequence pattern.
pub fn star(name: Ident, span: Span) -> Pattern {
    let name = (&*name != "_").then(|| Name::new(name));
    Pattern {
        kind: PatternKind::Star(name),
        span,
    }
}

/// `**rest` in a mapping pattern (`**_` is not allowed).
pub fn double_star(name: Ident, at: u32) -> Result<Name, SyntaxError> {
    if &*name == "_" {
        return Err(err("invalid syntax", at));
    }
    Ok(Name::new(name))
}

/// A literal pattern: `None`, `True` and `False` compare by identity.
pub fn literal(e: Expr, span: Span) -> Pattern {
    let kind = match &e.kind {
        ExprKind::Constant(c @ (Constant::None | Constant::Bool(_))) => {
            PatternKind::Singleton(c.clone())
        }
        _ => PatternKind::Value(Box::new(e)),
    };
    Pattern { kind, span }
}

/// `-number`, folded into a constant as CPython's optimizer does.
pub fn negate(n: Expr, span: Span) -> Expr {
    let c = match n.kind {
        ExprKind::Constant(Constant::Int(i)) => match i.checked_neg() {
            Some(v) => Constant::Int(v),
            None => Constant::BigInt(Rc::new(-num_bigint::BigInt::from(i))),
        },
        ExprKind::Constant(Constant::BigInt(b)) => {
            let v = -(*b).clone();
            match i64::try_from(&v) {
                Ok(small) => Constant::Int(small),
                Err(_) => Constant::BigInt(Rc::new(v)),
            }
        }
        ExprKind::Constant(Constant::Float(f)) => Constant::Float(-f),
        other => {
            return Expr::new(
                ExprKind::UnaryOp {
                    op: UnaryOp::USub,
                    operand: Box::new(Expr::new(other, n.span)),
                },
                span,
            );
        }
    };
    Expr::new(ExprKind::Constant(c), span)
}

/// `{k: p, **rest}`.
pub fn mapping(items: Vec<(Expr, Pattern)>, rest: Option<Name>, span: Span) -> Pattern {
    let (keys, patterns) = items.into_iter().unzip();
    Pattern {
        kind: PatternKind::Mapping {
            keys,
            patterns,
            rest,
        },
        span,
    }
}

/// `Cls(p, q, attr=r)`: positional patterns may not follow keyword ones.
pub fn class(cls: Expr, args: Vec<ClassArg>, span: Span) -> Result<Pattern, SyntaxError> {
    let mut patterns = Vec::new();
    let mut kwd_attrs = Vec::new();
    let mut kwd_patterns = Vec::new();
    for a in args {
        match a {
            ClassArg::Positional(p) => {
                if !kwd_attrs.is_empty() {
                    return Err(err(
                        "positional patterns follow keyword patterns",
                        p.span.start,
                    ));
                }
                patterns.push(p);
            }
            ClassArg::Keyword(name, p, _) => {
                kwd_attrs.push(name);
                kwd_patterns.push(p);
            }
        }
    }
    Ok(Pattern {
        kind: PatternKind::Class {
            cls: Box::new(cls),
            patterns,
            kwd_attrs,
            kwd_patterns,
        },
        span,
    })
}

/// What a pattern holds for the resolver: expressions it evaluates (value
/// patterns, classes, mapping keys) and names it binds.
pub enum Part<'a> {
    /// An evaluated expression.
    Expr(&'a Expr),
    /// A bound name.
    Bind(&'a Name),
}

/// Visits a pattern's expressions and bound names in evaluation order.
pub fn walk<'a, E>(p: &'a Pattern, f: &mut dyn FnMut(Part<'a>) -> Result<(), E>) -> Result<(), E> {
    match &p.kind {
        PatternKind::Value(e) => f(Part::Expr(e)),
        PatternKind::Singleton(_) => Ok(()),
        PatternKind::Sequence(items) | PatternKind::Or(items) => {
            items.iter().try_for_each(|p| walk(p, f))
        }
        PatternKind::Star(n) => n.iter().try_for_each(|n| f(Part::Bind(n))),
        PatternKind::Mapping {
            keys,
            patterns,
            rest,
        } => {
            keys.iter().try_for_each(|k| f(Part::Expr(k)))?;
            patterns.iter().try_for_each(|p| walk(p, f))?;
            rest.iter().try_for_each(|n| f(Part::Bind(n)))
        }
        PatternKind::Class {
            cls,
            patterns,
            kwd_patterns,
            ..
        } => {
            f(Part::Expr(cls))?;
            patterns
                .iter()
                .chain(kwd_patterns)
                .try_for_each(|p| walk(p, f))
        }
        PatternKind::As { pattern, name } => {
            if let Some(p) = pattern {
                walk(p, f)?;
            }
            name.iter().try_for_each(|n| f(Part::Bind(n)))
        }
    }
}

// Compile-time checks -------------------------------------------------------

/// The state CPython's compiler keeps while compiling one case's pattern.
struct Check {
    /// Names bound so far by the pattern (or the current alternative).
    stores: Vec<Ident>,
    /// An irrefutable pattern is allowed here (a guarded or last case, or
    /// a sub-pattern).
    allow_irrefutable: bool,
    /// Where an error points: the last pattern node visited, which CPython
    /// tracks the same way (its location is set on entry and not restored).
    loc: u32,
}

/// Checks the pattern of case `index` of `count`, as CPython's compiler does.
pub fn check_case(case: &MatchCase, index: usize, count: usize) -> Result<(), SyntaxError> {
    let mut c = Check {
        stores: Vec::new(),
        allow_irrefutable: case.guard.is_some() || index + 1 == count,
        loc: case.pattern.span.start,
    };
    c.pattern(&case.pattern)
}

impl Check {
    fn pattern(&mut self, p: &Pattern) -> Result<(), SyntaxError> {
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.pattern_inner(p))
    }

    fn subpattern(&mut self, p: &Pattern) -> Result<(), SyntaxError> {
        let saved = self.allow_irrefutable;
        self.allow_irrefutable = true;
        self.pattern(p)?;
        self.allow_irrefutable = saved;
        Ok(())
    }

    fn store(&mut self, name: Option<&Name>) -> Result<(), SyntaxError> {
        let Some(n) = name else {
            return Ok(());
        };
        if &*n.id == "__debug__" {
            return Err(err("cannot assign to __debug__", self.loc));
        }
        if self.stores.contains(&n.id) {
            return Err(err(
                format!("multiple assignments to name '{}' in pattern", n.id),
                self.loc,
            ));
        }
        self.stores.push(n.id.clone());
        Ok(())
    }

    fn pattern_inner(&mut self, p: &Pattern) -> Result<(), SyntaxError> {
        self.loc = p.span.start;
        match &p.kind {
            PatternKind::Value(e) => {
                // Literals (complex ones are `real ± imag`, `-1j` a negation)
                // and dotted names.
                let literal = |e: &Expr| match &e.kind {
                    ExprKind::Constant(_) => true,
                    ExprKind::UnaryOp { operand, .. } => {
                        matches!(operand.kind, ExprKind::Constant(_))
                    }
                    _ => false,
                };
                let complex = match &e.kind {
                    ExprKind::BinOp { left, right, .. } => literal(left) && literal(right),
                    _ => false,
                };
                if !(literal(e) || complex || matches!(e.kind, ExprKind::Attribute { .. })) {
                    return Err(err(
                        "patterns may only match literals and attribute lookups",
                        self.loc,
                    ));
                }
                Ok(())
            }
            PatternKind::Singleton(_) => Ok(()),
            PatternKind::Sequence(items) => {
                let stars = items
                    .iter()
                    .filter(|i| matches!(i.kind, PatternKind::Star(_)))
                    .count();
                if stars > 1 {
                    return Err(err("multiple starred names in sequence pattern", self.loc));
                }
                for i in items {
                    self.subpattern(i)?;
                }
                Ok(())
            }
            PatternKind::Star(name) => self.store(name.as_ref()),
            PatternKind::Mapping {
                keys,
                patterns,
                rest,
            } => {
                let mut seen: Vec<&Constant> = Vec::new();
                for k in keys {
                    match &k.kind {
                        ExprKind::Constant(c) => {
                            if seen.iter().any(|s| constants_equal(s, c)) {
                                return Err(err(
                                    format!(
                                        "mapping pattern checks duplicate key ({})",
                                        constant_repr(c)
                                    ),
                                    self.loc,
                                ));
                            }
                            seen.push(c);
                        }
                        ExprKind::Attribute { .. } => {}
                        _ => {
                            return Err(err(
                                "mapping pattern keys may only match literals and attribute lookups",
                                self.loc,
                            ));
                        }
                    }
                }
                for p in patterns {
                    self.subpattern(p)?;
                }
                self.store(rest.as_ref())
            }
            PatternKind::Class {
                patterns,
                kwd_attrs,
                kwd_patterns,
                ..
            } => {
                for (i, attr) in kwd_attrs.iter().enumerate() {
                    self.loc = kwd_patterns[i].span.start;
                    if &**attr == "__debug__" {
                        return Err(err("cannot assign to __debug__", self.loc));
                    }
                    if let Some(j) = kwd_attrs[i + 1..].iter().position(|o| o == attr) {
                        return Err(err(
                            format!("attribute name repeated in class pattern: {attr}"),
                            kwd_patterns[i + 1 + j].span.start,
                        ));
                    }
                }
                self.loc = p.span.start;
                for p in patterns.iter().chain(kwd_patterns) {
                    self.subpattern(p)?;
                }
                Ok(())
            }
            PatternKind::As {
                pattern: None,
                name,
            } => {
                if !self.allow_irrefutable {
                    return Err(match name {
                        Some(n) => err(
                            format!(
                                "name capture '{}' makes remaining patterns unreachable",
                                n.id
                            ),
                            self.loc,
                        ),
                        None => err("wildcard makes remaining patterns unreachable", self.loc),
                    });
                }
                self.store(name.as_ref())
            }
            PatternKind::As {
                pattern: Some(inner),
                name,
            } => {
                self.pattern(inner)?;
                self.store(name.as_ref())
            }
            PatternKind::Or(alts) => {
                let outer = std::mem::take(&mut self.stores);
                let allow = self.allow_irrefutable;
                let mut control: Option<Vec<Ident>> = None;
                for (i, alt) in alts.iter().enumerate() {
                    self.stores = Vec::new();
                    self.allow_irrefutable = i + 1 == alts.len() && allow;
                    self.pattern(alt)?;
                    let stores = std::mem::take(&mut self.stores);
                    match &control {
                        None => control = Some(stores),
                        Some(c) => {
                            if c.len() != stores.len() || c.iter().any(|n| !stores.contains(n)) {
                                return Err(err(
                                    "alternative patterns bind different names",
                                    self.loc,
                                ));
                            }
                        }
                    }
                }
                self.stores = outer;
                self.allow_irrefutable = allow;
                for name in control.unwrap_or_default() {
                    if self.stores.contains(&name) {
                        return Err(err(
                            format!("multiple assignments to name '{name}' in pattern"),
                            self.loc,
                        ));
                    }
                    self.stores.push(name);
                }
                Ok(())
            }
        }
    }
}

/// Python `==` between two literal keys (what a set of them would merge).
fn constants_equal(a: &Constant, b: &Constant) -> bool {
    use num_bigint::BigInt;
    fn number(c: &Constant) -> Option<Result<BigInt, f64>> {
        match c {
            Constant::Bool(b) => Some(Ok(BigInt::from(*b as i64))),
            Constant::Int(i) => Some(Ok(BigInt::from(*i))),
            Constant::BigInt(b) => Some(Ok((**b).clone())),
            Constant::Float(f) => Some(Err(*f)),
            _ => None,
        }
    }
    match (number(a), number(b)) {
        (Some(Ok(x)), Some(Ok(y))) => x == y,
        (Some(Err(x)), Some(Err(y))) => x == y,
        (Some(Ok(i)), Some(Err(f))) | (Some(Err(f)), Some(Ok(i))) => {
            // An integral float prints exactly with no fraction digits.
            f.is_finite()
                && f.fract() == 0.0
                && format!("{f:.0}").parse::<BigInt>().is_ok_and(|g| g == i)
        }
        (None, None) => a == b,
        _ => false,
    }
}

/// `repr()` of a literal key, for the duplicate-key message.
pub fn constant_repr(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::Bool(true) => "True".into(),
        Constant::Bool(false) => "False".into(),
        Constant::Int(i) => i.to_string(),
        Constant::BigInt(b) => b.to_string(),
        Constant::Float(f) => float_repr(*f),
        // complex's repr: no ".0" on an integral imaginary part.
        Constant::Imag(f) => match float_repr(*f).strip_suffix(".0") {
            Some(whole) => format!("{whole}j"),
            None => format!("{}j", float_repr(*f)),
        },
        Constant::Str(s) => str_repr(s),
        Constant::Bytes(b) => bytes_repr(b),
        Constant::Ellipsis => "Ellipsis".into(),
    }
}

/// Python's float repr: the shortest round-tripping digits, in exponent
/// form below 1e-4 and from 1e16.
fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf" } else { "-inf" }.into();
    }
    let sci = format!("{f:e}");
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    if !(-4..16).contains(&exp) {
        let sign = if exp < 0 { '-' } else { '+' };
        return format!("{mantissa}e{sign}{:02}", exp.abs());
    }
    let s = format!("{f}");
    if s.contains('.') { s } else { format!("{s}.0") }
}

fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || (0x7f..0xa1).contains(&(c as u32)) => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from("b");
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reprs() {
        assert_eq!(float_repr(1.0), "1.0");
        assert_eq!(float_repr(1e16), "1e+16");
        assert_eq!(float_repr(1.5e-5), "1.5e-05");
        assert_eq!(float_repr(0.0001), "0.0001");
        assert_eq!(float_repr(123.25), "123.25");
        assert_eq!(str_repr("a'b"), "\"a'b\"");
        assert_eq!(str_repr("a\n"), "'a\\n'");
        assert_eq!(bytes_repr(b"a\x00"), "b'a\\x00'");
    }

    #[test]
    fn key_equality() {
        assert!(constants_equal(&Constant::Int(1), &Constant::Bool(true)));
        assert!(constants_equal(&Constant::Int(1), &Constant::Float(1.0)));
        assert!(!constants_equal(&Constant::Int(1), &Constant::Float(1.5)));
        assert!(!constants_equal(
            &Constant::Str(Rc::from("1")),
            &Constant::Int(1)
        ));
    }
}
