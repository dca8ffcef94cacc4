//! Generates the parser from `grammar/python.lalrpop` at the workspace top.
fn main() {
    println!("cargo:rerun-if-changed=../../grammar");
    lalrpop::Configuration::new()
        .set_in_dir("../../grammar")
        .set_out_dir(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
        .process()
        .expect("grammar/python.lalrpop is a valid lalrpop grammar");
}
