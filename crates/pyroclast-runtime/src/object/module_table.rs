//! The table of imported modules, which is also `sys.modules`: one Python
//! dict, so a script that adds, replaces or deletes an entry changes what
//! `import` finds, as in CPython (it used to be a snapshot taken when
//! `sys` was imported).

use std::cell::RefCell;
use std::rc::Rc;

use super::dict::Dict;
use super::value::Value;
use super::vm::Interp;

/// `sys.modules`.
pub struct ModuleTable(Rc<RefCell<Dict>>);

impl Default for ModuleTable {
    fn default() -> Self {
        match Value::dict(Dict::new()) {
            Value::Dict(d) => ModuleTable(d),
            _ => ModuleTable(Rc::new(RefCell::new(Dict::new()))),
        }
    }
}

impl ModuleTable {
    /// The dict itself, as `sys.modules` shows it.
    pub fn value(&self) -> Value {
        Value::Dict(self.0.clone())
    }

    /// What `name` is bound to (usually a module; a script may store
    /// anything there, and `import` then gives that).
    pub fn get(&self, vm: &Interp, name: &str) -> Option<Value> {
        // Only a script's own odd keys (with an `__eq__`) could run Python
        // code here; a table borrowed meanwhile reads as not found.
        let d = self.0.try_borrow().ok()?;
        d.get(vm, &Value::str(name)).ok().flatten()
    }

    /// Binds `name`.
    pub fn insert(&self, vm: &Interp, name: &str, module: Value) {
        if let Ok(mut d) = self.0.try_borrow_mut() {
            let _ = d.set(vm, Value::str(name), module);
        }
    }

    /// Unbinds `name`, returning what it was bound to.
    pub fn remove(&self, vm: &Interp, name: &str) -> Option<Value> {
        let mut d = self.0.try_borrow_mut().ok()?;
        d.remove(vm, &Value::str(name)).ok().flatten()
    }

    /// Empties the table (the interpreter is being torn down), returning
    /// what it held.
    pub fn take_all(&self) -> Vec<Value> {
        match self.0.try_borrow_mut() {
            Ok(mut d) => std::mem::take(&mut *d).values(),
            Err(_) => Vec::new(),
        }
    }
}
