//! The str type's methods.

use crate::object::value::{Args, Value};
use crate::protocol::args::*;
use crate::protocol::text::codecs::*;
use crate::protocol::text::format::*;
use crate::protocol::text::unicode::*;
use crate::protocol::types::strlike::{self, Str};
use crate::{Interp, PyResult};

/// Registers the methods of str.
pub fn install(vm: &Interp) {
    vm.types.str_.new.set(Some(str_new));
    // `str(x)` of a str, int, float or bool: its text, no signature to bind.
    vm.types.str_.fast_new.set(Some(|vm, a| match a {
        [Value::Str(s)] => Some(Ok(Value::Str(s.clone()))),
        [v @ (Value::Int(_) | Value::Float(_) | Value::Bool(_))] => {
            Some(crate::protocol::ops::to_str(vm, v).map(|s| Value::str(&s)))
        }
        _ => None,
    }));
    crate::object::model::add_methods(&vm.types.str_, "str", &strlike::methods::<Str>());
    crate::object::model::add_fast_methods(
        &vm.types.str_,
        &crate::protocol::types::strlike_fast::methods::<Str>(),
    );
    crate::object::model::add_methods(
        &vm.types.str_,
        "str",
        &[
            ("upper", str_upper),
            ("lower", str_lower),
            ("title", str_title),
            ("capitalize", str_capitalize),
            ("swapcase", str_swapcase),
            ("casefold", str_casefold),
            ("isdigit", str_isdigit),
            ("isalpha", str_isalpha),
            ("isalnum", str_isalnum),
            ("isspace", str_isspace),
            ("isupper", str_isupper),
            ("islower", str_islower),
            ("istitle", str_istitle),
            ("isidentifier", str_isidentifier),
            ("isdecimal", str_isdecimal),
            ("isnumeric", str_isnumeric),
            ("isascii", str_isascii),
            ("isprintable", str_isprintable),
            ("encode", str_encode),
            ("format", str_format),
            ("format_map", str_format_map),
            ("translate", str_translate),
            ("__format__", str_dunder_format),
        ],
    );
    crate::protocol::types::support::add_staticmethod(
        &vm.types.str_,
        "str",
        "maketrans",
        str_maketrans,
    );
    crate::object::model::add_fast_methods(
        &vm.types.str_,
        &[
            ("upper", str_upper::fast),
            ("lower", str_lower::fast),
            ("title", str_title::fast),
            ("capitalize", str_capitalize::fast),
            ("swapcase", str_swapcase::fast),
            ("casefold", str_casefold::fast),
            ("isdigit", str_isdigit::fast),
            ("isdecimal", str_isdecimal::fast),
            ("isnumeric", str_isnumeric::fast),
            ("isalpha", str_isalpha::fast),
            ("isalnum", str_isalnum::fast),
            ("isspace", str_isspace::fast),
            ("isascii", str_isascii::fast),
            ("isprintable", str_isprintable::fast),
            ("isidentifier", str_isidentifier::fast),
            ("isupper", str_isupper::fast),
            ("islower", str_islower::fast),
            ("istitle", str_istitle::fast),
        ],
    );
}

// ---------------------------------------------------------------------------
// str methods: case and predicates
// ---------------------------------------------------------------------------

pub(crate) const S: &str = "str";

// Each method also gets a module of the same name holding its body and
// its shortcut for an exact str with no arguments (`str_upper::fast`).
macro_rules! str_map {
    ($fname:ident, $name:literal, $body:expr) => {
        fn $fname(vm: &Interp, args: Args) -> PyResult<Value> {
            let (s, _) = str_args(vm, args, &sig(S, $name, Style::NoArgs, 0, 0))?;
            Ok(Value::str(&$fname::BODY(&s)))
        }
        mod $fname {
            use super::*;
            pub(super) const BODY: fn(&str) -> String = $body;
            pub(super) fn fast(_: &Interp, a: &mut [Value]) -> Option<PyResult<Value>> {
                match a {
                    [Value::Str(s)] => Some(Ok(Value::str(&BODY(s)))),
                    _ => None,
                }
            }
        }
    };
}

macro_rules! str_pred {
    ($fname:ident, $name:literal, $body:expr) => {
        fn $fname(vm: &Interp, args: Args) -> PyResult<Value> {
            let (s, _) = str_args(vm, args, &sig(S, $name, Style::NoArgs, 0, 0))?;
            Ok(Value::Bool($fname::BODY(&s)))
        }
        mod $fname {
            use super::*;
            pub(super) const BODY: fn(&str) -> bool = $body;
            pub(super) fn fast(_: &Interp, a: &mut [Value]) -> Option<PyResult<Value>> {
                match a {
                    [Value::Str(s)] => Some(Ok(Value::Bool(BODY(s)))),
                    _ => None,
                }
            }
        }
    };
}

str_map!(str_upper, "upper", |s| s.to_uppercase());
str_map!(str_lower, "lower", |s| s.to_lowercase());
str_map!(str_title, "title", title);
str_map!(str_capitalize, "capitalize", capitalize);
str_map!(str_swapcase, "swapcase", swapcase);
str_map!(str_casefold, "casefold", |s| {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_fold(&mut out, c);
    }
    out
});

pub(crate) fn title(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if prev_cased {
            push_lower(&mut out, &chars, i);
        } else {
            push_title(&mut out, c);
        }
        prev_cased = is_cased(c);
    }
    out
}

pub(crate) fn capitalize(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if i == 0 {
            push_title(&mut out, c);
        } else {
            push_lower(&mut out, &chars, i);
        }
    }
    out
}

pub(crate) fn swapcase(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if c.is_uppercase() {
            push_lower(&mut out, &chars, i);
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    out
}

str_pred!(str_isdigit, "isdigit", |s| !s.is_empty()
    && s.chars().all(is_digit));
str_pred!(str_isdecimal, "isdecimal", |s| !s.is_empty()
    && s.chars().all(is_decimal));
str_pred!(str_isnumeric, "isnumeric", |s| !s.is_empty()
    && s.chars().all(is_numeric));
str_pred!(str_isalpha, "isalpha", |s| !s.is_empty()
    && s.chars().all(is_alpha));
str_pred!(str_isalnum, "isalnum", |s| !s.is_empty()
    && s.chars().all(is_alnum));
str_pred!(str_isspace, "isspace", |s| !s.is_empty()
    && s.chars().all(is_space));
str_pred!(str_isascii, "isascii", |s| s.is_ascii());
str_pred!(str_isprintable, "isprintable", |s| s
    .chars()
    .all(is_printable));
str_pred!(str_isidentifier, "isidentifier", is_identifier);
str_pred!(str_isupper, "isupper", |s| {
    let mut cased = false;
    for c in s.chars() {
        if c.is_lowercase() || is_titlecase(c) {
            return false;
        }
        cased |= c.is_uppercase();
    }
    cased
});
str_pred!(str_islower, "islower", |s| {
    let mut cased = false;
    for c in s.chars() {
        if c.is_uppercase() || is_titlecase(c) {
            return false;
        }
        cased |= c.is_lowercase();
    }
    cased
});
str_pred!(str_istitle, "istitle", |s| {
    crate::protocol::text::stringlib::is_title(
        s.chars()
            .map(|c| (c.is_uppercase() || is_titlecase(c), c.is_lowercase())),
    )
});

/// `str(object='', encoding='utf-8', errors='strict')`.
fn str_new(vm: &Interp, args: Args) -> PyResult<Value> {
    const SIG: Sig =
        Sig::function("str", Style::Kw, 0, 3).named(&["object", "encoding", "errors"], 0);
    let (_, mut slots) = bind(vm, args, &SIG)?;
    let (object, encoding, errors) = (slots[0].take(), slots[1].take(), slots[2].take());
    let Some(v) = object else {
        return Ok(Value::str(""));
    };
    if encoding.is_none() && errors.is_none() {
        return Ok(Value::Str(crate::protocol::ops::to_str_rc(vm, &v)?));
    }
    // str(bytes-like, encoding, errors) decodes, as bytes.decode.
    let mut kw = Vec::new();
    for (name, arg) in [("encoding", encoding), ("errors", errors)] {
        match arg.map(|a| (crate::protocol::types::construct::unwrap(&a), a)) {
            None => {}
            // A str subclass's value counts.
            Some((s @ Value::Str(_), _)) => kw.push((std::rc::Rc::from(name), s)),
            // CPython's `_PyArg_BadArgument` names None as itself.
            Some((_, Value::None)) => {
                return Err(vm.type_error(format!("str() argument '{name}' must be str, not None")));
            }
            Some((_, a)) => {
                return Err(vm.type_error(format!(
                    "str() argument '{name}' must be str, not {}",
                    crate::protocol::ops::type_name(vm, &a)
                )));
            }
        }
    }
    if let Value::Str(_) = crate::protocol::types::construct::unwrap(&v) {
        return Err(vm.type_error("decoding str is not supported"));
    }
    let Some(b) = crate::protocol::types::bytearray::buffer(&v) else {
        return Err(vm.type_error(format!(
            "decoding to str: need a bytes-like object, {} found",
            crate::protocol::ops::type_name(vm, &v)
        )));
    };
    crate::protocol::types::bytes::bytes_decode::<crate::protocol::types::strlike::Bytes>(
        vm,
        Args {
            pos: vec![Value::Bytes(b)],
            kw,
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::PyErr;
    use crate::protocol::text::percent::percent_format;
    use std::rc::Rc;
    fn vm() -> Rc<Interp> {
        Interp::new()
    }

    fn text(v: &Value) -> String {
        match v {
            Value::Str(s) => s.to_string(),
            _ => panic!("not a str"),
        }
    }

    fn call(vm: &Interp, f: crate::object::value::BuiltinFn, pos: Vec<Value>) -> PyResult<Value> {
        f(vm, Args::new(pos))
    }

    fn err_text(vm: &Interp, e: PyErr) -> String {
        format!(
            "{}: {}",
            e.class_name(),
            crate::protocol::traceback::exception_str(vm, &e.0).unwrap_or_default()
        )
    }

    #[test]
    fn tables_match_known_points() {
        assert!(is_alpha('é') && is_alpha('Σ') && !is_alpha('Ⅻ') && !is_alpha('1'));
        assert!(is_numeric('½') && is_numeric('一') && !is_numeric('a'));
        assert!(is_digit('²') && !is_decimal('²') && is_decimal('٣'));
        assert!(!is_printable('\u{200b}') && is_printable('é') && !is_printable('\n'));
        assert!(is_titlecase('ǅ') && !is_titlecase('D'));
        assert!(is_space('\x1c') && is_space('\u{3000}') && !is_space('\u{200b}'));
    }

    #[test]
    fn case_mappings() {
        assert_eq!(title("they're bill's"), "They'Re Bill'S");
        assert_eq!(title("ǆemal ßx"), "ǅemal Ssx");
        assert_eq!(capitalize("ßA"), "Ssa");
        assert_eq!(swapcase("ΑΣ"), "ας");
        let mut folded = String::new();
        for c in "Straße ﬁ".chars() {
            push_fold(&mut folded, c);
        }
        assert_eq!(folded, "strasse fi");
    }

    #[test]
    fn whitespace_split_limits() {
        use crate::protocol::text::stringlib::split;
        let s = "  a  b   c  ";
        let parts = |max, right| -> Vec<&str> {
            split(s, None, max, right)
                .into_iter()
                .map(|r| &s[r])
                .collect()
        };
        assert_eq!(parts(1, false), vec!["a", "b   c  "]);
        assert_eq!(parts(1, true), vec!["  a  b", "c"]);
        assert!(split(" \t ", None, -1, false).is_empty());
    }

    #[test]
    fn windows_use_code_points() {
        use crate::protocol::text::stringlib::find;
        assert_eq!(find("héllo", "l", None, None, false), Some(2));
        assert_eq!(find("héllo", "l", None, None, true), Some(3));
        assert_eq!(find("héllo", "", Some(6), None, false), None);
        assert_eq!(find("héllo", "", Some(5), None, false), Some(5));
        assert_eq!(find("héllo", "o", Some(-1), None, false), Some(4));
    }

    #[test]
    fn percent_formatting() {
        let vm = vm();
        let fmt = |f: &str, a: Value| percent_format(&vm, &Value::str(f), &a);
        let t = Value::tuple(vec![Value::Int(255), Value::Float(2.5), Value::str("x")]);
        assert_eq!(
            text(&fmt("%#06x|%-6.2f|%5s|%%", t).unwrap_or(Value::None)),
            "0x00ff|2.50  |    x|%"
        );
        let e = fmt("%d %d", Value::tuple(vec![Value::Int(1)])).err();
        assert_eq!(
            e.map(|e| err_text(&vm, e)).unwrap_or_default(),
            "TypeError: not enough arguments for format string"
        );
        let e = fmt("abc %z", Value::Int(1)).err();
        assert_eq!(
            e.map(|e| err_text(&vm, e)).unwrap_or_default(),
            "ValueError: unsupported format character 'z' (0x7a) at index 5"
        );
        let e = fmt("%s", Value::tuple(vec![Value::Int(1), Value::Int(2)])).err();
        assert_eq!(
            e.map(|e| err_text(&vm, e)).unwrap_or_default(),
            "TypeError: not all arguments converted during string formatting"
        );
    }

    #[test]
    fn format_method() {
        let vm = vm();
        let r = call(
            &vm,
            str_format,
            vec![
                Value::str("{0:>{1}}|{{}}|{2!r}"),
                Value::str("w"),
                Value::Int(4),
                Value::str("q"),
            ],
        );
        assert_eq!(text(&r.unwrap_or(Value::None)), "   w|{}|'q'");
        let r = call(
            &vm,
            str_format,
            vec![Value::str("{} {1}"), Value::Int(1), Value::Int(2)],
        );
        assert_eq!(
            r.err().map(|e| err_text(&vm, e)).unwrap_or_default(),
            "ValueError: cannot switch from automatic field numbering to manual field specification"
        );
        let r = call(
            &vm,
            str_format,
            vec![
                Value::str("{:{:{}}}"),
                Value::Int(1),
                Value::Int(2),
                Value::Int(3),
            ],
        );
        assert_eq!(
            r.err().map(|e| err_text(&vm, e)).unwrap_or_default(),
            "ValueError: Max string recursion exceeded"
        );
    }

    #[test]
    fn methods_through_args() {
        let vm = vm();
        let r = call(
            &vm,
            strlike::center::<Str>,
            vec![Value::str("ab"), Value::Int(5)],
        );
        assert_eq!(text(&r.unwrap_or(Value::None)), "  ab ");
        let r = call(
            &vm,
            strlike::join::<Str>,
            vec![Value::str(","), Value::list(vec![Value::Int(1)])],
        );
        assert_eq!(
            r.err().map(|e| err_text(&vm, e)).unwrap_or_default(),
            "TypeError: sequence item 0: expected str instance, int found"
        );
        let r = call(&vm, str_upper, vec![Value::str("straße")]);
        assert_eq!(text(&r.unwrap_or(Value::None)), "STRASSE");
    }
}
