//! Links the `pyroclast` executable as a fixed-address (non-PIE) program:
//! the loader then has no relocations to apply at every start (ten
//! thousand of them, a fifth of running `print("hello")`).
fn main() {
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("linux") {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
}
