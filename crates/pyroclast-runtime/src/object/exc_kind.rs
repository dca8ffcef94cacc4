//! The builtin exception classes as an enum, so that raising one names it
//! in the type system: a typo is a compile error, not a silent fallback to
//! `Exception`. The table is CPython's exception tree, parents first.

macro_rules! exceptions {
    ($($name:ident $(: $parent:ident)?,)*) => {
        /// A builtin exception class.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum ExcKind {
            $(
                #[doc = concat!("`", stringify!($name), "`")]
                $name,
            )*
        }

        impl ExcKind {
            /// Every builtin exception class, each after its parent.
            pub const ALL: &'static [ExcKind] = &[$(ExcKind::$name),*];

            /// The class's Python name.
            pub const fn name(self) -> &'static str {
                match self {
                    $(ExcKind::$name => stringify!($name),)*
                }
            }

            /// The class it derives from (`None` for `BaseException`).
            pub const fn parent(self) -> Option<ExcKind> {
                match self {
                    $(ExcKind::$name => exceptions!(@parent $($parent)?),)*
                }
            }
        }
    };
    (@parent) => { None };
    (@parent $parent:ident) => { Some(ExcKind::$parent) };
}

exceptions! {
    BaseException,
    BaseExceptionGroup: BaseException,
    GeneratorExit: BaseException,
    KeyboardInterrupt: BaseException,
    SystemExit: BaseException,
    Exception: BaseException,
    ArithmeticError: Exception,
    FloatingPointError: ArithmeticError,
    OverflowError: ArithmeticError,
    ZeroDivisionError: ArithmeticError,
    AssertionError: Exception,
    AttributeError: Exception,
    BufferError: Exception,
    EOFError: Exception,
    ExceptionGroup: BaseExceptionGroup,
    ImportError: Exception,
    ModuleNotFoundError: ImportError,
    LookupError: Exception,
    IndexError: LookupError,
    KeyError: LookupError,
    MemoryError: Exception,
    NameError: Exception,
    UnboundLocalError: NameError,
    OSError: Exception,
    FileNotFoundError: OSError,
    TimeoutError: OSError,
    ConnectionError: OSError,
    BrokenPipeError: ConnectionError,
    ConnectionAbortedError: ConnectionError,
    ConnectionRefusedError: ConnectionError,
    ConnectionResetError: ConnectionError,
    BlockingIOError: OSError,
    ChildProcessError: OSError,
    FileExistsError: OSError,
    InterruptedError: OSError,
    IsADirectoryError: OSError,
    NotADirectoryError: OSError,
    PermissionError: OSError,
    ProcessLookupError: OSError,
    ReferenceError: Exception,
    RuntimeError: Exception,
    NotImplementedError: RuntimeError,
    RecursionError: RuntimeError,
    StopAsyncIteration: Exception,
    StopIteration: Exception,
    SyntaxError: Exception,
    IndentationError: SyntaxError,
    TabError: IndentationError,
    SystemError: Exception,
    TypeError: Exception,
    ValueError: Exception,
    UnicodeError: ValueError,
    UnicodeDecodeError: UnicodeError,
    UnicodeEncodeError: UnicodeError,
    UnicodeTranslateError: UnicodeError,
    Warning: Exception,
    DeprecationWarning: Warning,
    RuntimeWarning: Warning,
    UserWarning: Warning,
    FutureWarning: Warning,
    PendingDeprecationWarning: Warning,
    SyntaxWarning: Warning,
    ImportWarning: Warning,
    UnicodeWarning: Warning,
    BytesWarning: Warning,
    ResourceWarning: Warning,
    EncodingWarning: Warning,
}

impl ExcKind {
    /// The builtin class called `name`, if there is one (for names that
    /// arrive as text: a host's error, a codec's error class).
    pub fn from_name(name: &str) -> Option<ExcKind> {
        ExcKind::ALL.iter().copied().find(|k| k.name() == name)
    }
}

impl From<pyroclast_syntax::ErrorKind> for ExcKind {
    fn from(kind: pyroclast_syntax::ErrorKind) -> ExcKind {
        use pyroclast_syntax::ErrorKind as K;
        match kind {
            K::Syntax => ExcKind::SyntaxError,
            K::Indentation => ExcKind::IndentationError,
            K::Tab => ExcKind::TabError,
            K::Recursion => ExcKind::RecursionError,
            K::Memory => ExcKind::MemoryError,
        }
    }
}

/// The attributes `SyntaxError.__init__` sets from its arguments: `msg`
/// from the first, `filename`, `lineno`, `offset`, `text`, `end_lineno`,
/// `end_offset` from a second that is a tuple of 4 to 6 items (the rest
/// None).
pub fn syntax_error_fields(inst: &super::model::Instance, args: &[super::value::Value]) {
    use super::value::Value;
    const FIELDS: [&str; 6] = [
        "filename",
        "lineno",
        "offset",
        "text",
        "end_lineno",
        "end_offset",
    ];
    let mut d = inst.dict.borrow_mut();
    let msg = args.first().cloned().unwrap_or(Value::None);
    d.insert(std::rc::Rc::from("msg"), msg);
    let info: Vec<Value> = match args {
        [_, Value::Tuple(t)] if (4..=6).contains(&t.len()) => t.to_vec(),
        _ => Vec::new(),
    };
    for (i, name) in FIELDS.iter().enumerate() {
        d.insert(
            std::rc::Rc::from(*name),
            info.get(i).cloned().unwrap_or(Value::None),
        );
    }
    d.insert(std::rc::Rc::from("print_file_and_line"), Value::None);
}

/// The subclass `OSError(errno, ...)` makes for an errno, as CPython
/// maps them (`OSError(2, ...)` is a `FileNotFoundError`).
pub fn os_error_subclass(errno: i64) -> Option<ExcKind> {
    Some(match errno {
        1 | 13 => ExcKind::PermissionError,
        2 => ExcKind::FileNotFoundError,
        3 => ExcKind::ProcessLookupError,
        4 => ExcKind::InterruptedError,
        10 => ExcKind::ChildProcessError,
        11 | 114 | 115 => ExcKind::BlockingIOError,
        17 => ExcKind::FileExistsError,
        20 => ExcKind::NotADirectoryError,
        21 => ExcKind::IsADirectoryError,
        32 | 108 => ExcKind::BrokenPipeError,
        103 => ExcKind::ConnectionAbortedError,
        104 => ExcKind::ConnectionResetError,
        110 => ExcKind::TimeoutError,
        111 => ExcKind::ConnectionRefusedError,
        _ => return None,
    })
}

/// The attributes `OSError.__init__` sets: `errno`, `strerror`,
/// `filename` and `filename2` from 2 to 5 arguments (None otherwise).
pub fn os_error_fields(inst: &super::model::Instance, args: &[super::value::Value]) {
    use super::value::Value;
    let mut d = inst.dict.borrow_mut();
    let n = args.len();
    let get = |i: usize| -> Value {
        if (2..=5).contains(&n) {
            args.get(i).cloned().unwrap_or(Value::None)
        } else {
            Value::None
        }
    };
    for (i, name) in [
        (0, "errno"),
        (1, "strerror"),
        (2, "filename"),
        (4, "filename2"),
    ] {
        d.insert(std::rc::Rc::from(name), get(i));
    }
}

#[cfg(test)]
mod tests {
    use super::ExcKind;

    #[test]
    fn parents_come_first() {
        for (i, k) in ExcKind::ALL.iter().enumerate() {
            assert_eq!(*k as usize, i);
            if let Some(p) = k.parent() {
                assert!((p as usize) < i, "{} before its parent", k.name());
            }
        }
        assert_eq!(ExcKind::from_name("KeyError"), Some(ExcKind::KeyError));
        assert_eq!(ExcKind::from_name("KeyErorr"), None);
    }
}
