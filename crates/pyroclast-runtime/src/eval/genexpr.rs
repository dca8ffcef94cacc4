//! The body of a generator expression that cannot await (nearly all of
//! them): a hand-written state machine holding one iterator per `for`
//! clause, evaluated by the sync evaluator between yields. The async
//! evaluator's body for it nested a boxed future per clause and went
//! through three futures per item, about 600 instructions per item more;
//! as a [`SyncBody`] it is stepped by a plain call, not polled as a
//! future, and its variables stay in its frame, where the collector sees
//! them through [`SyncBody::traverse`].

use std::rc::Rc;

use pyroclast_syntax::ast::{Comprehension, ExprKind};

use super::Frame;
use super::assign::assign;
use super::expr as sync;
use crate::object::gc::Edge;
use crate::object::value::Value;
use crate::protocol::generator::{Resume, SyncBody};
use crate::protocol::iter::PyIter;
use crate::{Interp, PyResult};

/// A generator expression's body between items.
pub(super) struct GenExprBody {
    vm: Rc<Interp>,
    /// The expression's own frame (its loop variables).
    frame: Frame,
    comp: Rc<Comprehension>,
    /// The iterator of each `for` clause being looped over, outermost first.
    iters: Vec<PyIter>,
}

impl GenExprBody {
    /// `outer` is the iterator of the first clause, made when the
    /// expression is evaluated (as CPython does).
    pub(super) fn new(vm: &Interp, frame: Frame, comp: Rc<Comprehension>, outer: PyIter) -> Self {
        let mut iters = Vec::with_capacity(comp.generators.len());
        iters.push(outer);
        GenExprBody {
            vm: vm.rc(),
            frame,
            comp,
            iters,
        }
    }

    /// Runs to the next item (`None`: exhausted).
    fn next_item(&mut self) -> PyResult<Option<Value>> {
        let GenExprBody {
            vm,
            frame,
            comp,
            iters,
        } = self;
        let vm = &**vm;
        'items: while let Some(level) = iters.len().checked_sub(1) {
            let Some(item) = iters[level].next_inline(vm)? else {
                iters.pop();
                continue;
            };
            let g = &comp.generators[level];
            match &g.target.kind {
                ExprKind::Name(n) => super::assign::store_loop_target(vm, frame, n, item)?,
                _ => assign(vm, frame, &g.target, item)?,
            }
            for cond in &g.ifs {
                if !sync::condition(vm, frame, cond)? {
                    continue 'items;
                }
            }
            if let Some(inner) = comp.generators.get(level + 1) {
                let next = sync::eval(vm, frame, &inner.iter)?;
                iters.push(PyIter::new(vm, &next)?);
                continue;
            }
            return sync::eval(vm, frame, &comp.element).map(Some);
        }
        Ok(None)
    }
}

impl SyncBody for GenExprBody {
    fn step(&mut self, resume: Option<Resume>) -> PyResult<Option<Value>> {
        // What `send()` passes in is the value of the `yield`, which a
        // generator expression ignores; `throw()` raises at the yield.
        let r = match resume {
            Some(Resume::Throw(e)) => Err(e),
            _ => self.next_item(),
        };
        if let Err(e) = &r {
            self.frame.add_traceback(e);
        }
        r
    }

    fn traverse(&self, visit: &mut dyn FnMut(Edge)) {
        self.frame
            .locals
            .iter()
            .flatten()
            .for_each(|v| visit(Edge::Value(v)));
        self.frame.cells.iter().for_each(|c| visit(Edge::Cell(c)));
    }
}
