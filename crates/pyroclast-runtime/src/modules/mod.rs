//! Built-in modules and the pure algorithms behind them.

pub mod mersenne;
