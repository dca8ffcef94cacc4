//! The stack of running Python frames, as `sys._getframe`, `warnings`,
//! `traceback.extract_stack` and `inspect.stack` see it.
//!
//! The evaluator's frames live on the Rust stack (or inside a suspended
//! body's future), out of reach of a builtin asked for its caller. So each
//! frame that starts running pushes what identifies it (one `Rc` clone),
//! and the statement being executed is kept in one cell of the interpreter
//! (`Interp::line`), saved into the caller's entry when a call starts and
//! put back when it returns: one store per statement, a push and a pop
//! per call.

use std::rc::Rc;

use super::model::{Code, Function, Namespace};
use super::vm::Interp;
use crate::PyResult;

/// What a running frame executes (one `Rc`, cheap to push).
#[derive(Clone)]
pub enum FrameOwner {
    /// A function's body (also a generator's or coroutine's).
    Function(Rc<Function>),
    /// Code that is not a function's.
    Code(Rc<CodeFrame>),
}

/// Code that is not a function's: a module body, `exec`/`eval` code,
/// interactive input (named `<module>`), a class body (named for the
/// class).
pub struct CodeFrame {
    /// Its source.
    pub code: Rc<Code>,
    /// Its globals.
    pub globals: Rc<Namespace>,
    /// `co_name`.
    pub name: Rc<str>,
}

impl FrameOwner {
    /// Module code named `<module>`.
    pub fn module(code: &Rc<Code>, globals: &Rc<Namespace>) -> FrameOwner {
        Self::code(code, globals, Rc::from("<module>"))
    }

    /// Code that is not a function's, named `name`.
    pub fn code(code: &Rc<Code>, globals: &Rc<Namespace>, name: Rc<str>) -> FrameOwner {
        FrameOwner::Code(Rc::new(CodeFrame {
            code: code.clone(),
            globals: globals.clone(),
            name,
        }))
    }

    /// The source it runs.
    pub fn source(&self) -> &Rc<Code> {
        match self {
            FrameOwner::Function(f) => &f.code,
            FrameOwner::Code(c) => &c.code,
        }
    }

    /// Its globals.
    pub fn globals(&self) -> &Rc<Namespace> {
        match self {
            FrameOwner::Function(f) => &f.globals,
            FrameOwner::Code(c) => &c.globals,
        }
    }

    /// The code's name (`co_name`): the function's, or `<module>`.
    pub fn name(&self) -> Rc<str> {
        match self {
            FrameOwner::Function(f) => f.def.name.clone(),
            FrameOwner::Code(c) => c.name.clone(),
        }
    }

    /// The qualified name (`co_qualname`).
    pub fn qualname(&self) -> Rc<str> {
        match self {
            FrameOwner::Function(f) => f.code_qualname.clone(),
            FrameOwner::Code(c) => c.name.clone(),
        }
    }
}

/// One entry of the stack: the frame, and the statement its caller was
/// executing when it called it (the statement of the frame itself is the
/// next entry's `offset`, or `Interp::line` for the innermost one).
#[derive(Clone)]
pub struct ActiveFrame {
    /// What it runs.
    pub owner: FrameOwner,
    /// Byte offset of the caller's statement.
    pub offset: u32,
    /// Which run of the code this is, so a frame object can tell whether
    /// its frame still runs (and read its current line).
    pub serial: u32,
}

impl Interp {
    /// The code object for `source` read from `filename`; sources of real
    /// files are remembered for `linecache` (there may be no file to read:
    /// an embedding host hands source text over).
    pub fn new_code(&self, filename: &str, source: &str) -> Rc<Code> {
        let code = Rc::new(Code {
            filename: Rc::from(filename),
            source: Rc::from(source),
        });
        if !filename.starts_with('<') {
            self.sources
                .borrow_mut()
                .insert(code.filename.clone(), code.source.clone());
        }
        code
    }

    /// Enters a Python frame that starts at statement `offset`, raising
    /// RecursionError past the limit (the depth is the stack's length plus
    /// the native recursion levels under way, `Interp::nested`).
    #[inline(always)]
    pub fn enter_frame(&self, owner: FrameOwner, offset: u32) -> PyResult<()> {
        self.enter_frame_with(owner, offset).map_err(|(e, _)| e)
    }

    /// [`enter_frame`](Self::enter_frame) giving the owner back when the
    /// frame cannot be entered.
    #[inline(always)]
    pub fn enter_frame_with(
        &self,
        owner: FrameOwner,
        offset: u32,
    ) -> Result<(), (crate::PyErr, FrameOwner)> {
        let mut frames = self.frames.borrow_mut();
        if frames.len() + self.native_depth.get() as usize >= self.recursion_limit.get() as usize {
            drop(frames);
            return Err((self.recursion_error(), owner));
        }
        let serial = self.frame_serial.get().wrapping_add(1);
        self.frame_serial.set(serial);
        // The caller's statement is kept in the new entry (it is the
        // caller's line until this frame returns), so entering touches
        // one entry.
        frames.push(ActiveFrame {
            owner,
            offset: self.line.replace(offset),
            serial,
        });
        Ok(())
    }

    /// Leaves the frame entered last; its caller's statement is current
    /// again.
    #[inline(always)]
    pub fn leave_frame(&self) {
        drop(self.leave_frame_with());
    }

    /// [`leave_frame`](Self::leave_frame) handing back what the frame ran.
    #[inline(always)]
    pub fn leave_frame_with(&self) -> Option<FrameOwner> {
        let f = self.frames.borrow_mut().pop()?;
        self.line.set(f.offset);
        Some(f.owner)
    }

    /// Where frame `index` of the stack is now, if it is still the run
    /// numbered `serial`.
    pub fn live_offset(&self, index: usize, serial: u32) -> Option<u32> {
        let frames = self.frames.borrow();
        frames.get(index).filter(|f| f.serial == serial)?;
        Some(frames.get(index + 1).map_or(self.line.get(), |f| f.offset))
    }

    /// The running frames, outermost first, each with its own current
    /// statement in `offset`.
    pub fn stack_snapshot(&self) -> Vec<ActiveFrame> {
        let mut frames = self.frames.borrow().clone();
        let mut line = self.line.get();
        for f in frames.iter_mut().rev() {
            line = std::mem::replace(&mut f.offset, line);
        }
        frames
    }
}
