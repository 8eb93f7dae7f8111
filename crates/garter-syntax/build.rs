//! Generates the parser from `grammar/python.lalrpop` at the workspace root.

fn main() {
    println!("cargo:rerun-if-changed=../../grammar");
    lalrpop::Configuration::new()
        .set_in_dir("../../grammar")
        .set_out_dir(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
        .force_build(true)
        .process()
        .expect("the grammar in grammar/ must build");
}
