//! The interpreter's monotonic clock. On the real clock it reads the OS; on
//! the virtual clock (`--virtual-time`, `virtual_time(true)`) time stands
//! still until the event loop, finding every task waiting, jumps it to the
//! next timer, or `time.sleep` moves it. The clock is the interpreter's own
//! rather than tokio's paused clock, so an embedded interpreter can run on a
//! host's tokio runtime without pausing the host's time.

use std::cell::Cell;
use std::time::{Duration, Instant};

/// Real or virtual monotonic time, measured from the interpreter's start.
pub struct Clock {
    origin: Instant,
    /// `Some(elapsed)` on the virtual clock.
    virtual_now: Cell<Option<Duration>>,
}

impl Default for Clock {
    fn default() -> Self {
        Clock {
            origin: Instant::now(),
            virtual_now: Cell::new(None),
        }
    }
}

impl Clock {
    /// Switches between the real and the virtual clock; the virtual clock
    /// starts where the real one is now, so time never runs backwards.
    pub fn set_virtual(&self, on: bool) {
        match (on, self.virtual_now.get()) {
            (true, None) => self.virtual_now.set(Some(self.origin.elapsed())),
            (false, Some(_)) => self.virtual_now.set(None),
            _ => {}
        }
    }

    /// True on the virtual clock.
    pub fn is_virtual(&self) -> bool {
        self.virtual_now.get().is_some()
    }

    /// Time since the interpreter started.
    pub fn now(&self) -> Duration {
        self.virtual_now
            .get()
            .unwrap_or_else(|| self.origin.elapsed())
    }

    /// The real instant a clock reading corresponds to (for real waits).
    pub fn instant_at(&self, t: Duration) -> Instant {
        self.origin + t
    }

    /// How far the virtual clock runs ahead of the real one (zero on the
    /// real clock); wall-clock readings add it.
    pub fn drift(&self) -> Duration {
        self.now().saturating_sub(self.origin.elapsed())
    }

    /// Moves the virtual clock forward to `t` (no-op on the real clock or
    /// when `t` is in the past).
    pub fn advance_to(&self, t: Duration) {
        if let Some(now) = self.virtual_now.get()
            && t > now
        {
            self.virtual_now.set(Some(t));
        }
    }
}
