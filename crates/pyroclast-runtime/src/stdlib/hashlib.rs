//! The Rust part of `hashlib`: one-shot digests by the RustCrypto crates
//! (`md-5`, `sha1`, `sha2`). The hash objects are the Python part
//! (`python/hashlib.py`), which keeps the data fed to `update` and asks for
//! a digest of all of it, so `copy` is a copy of a list.

use md5::Md5;
use sha1::Sha1;
use sha2::{Digest, Sha224, Sha256, Sha384, Sha512};

use crate::object::model::Namespace;
use crate::object::value::Value;
use crate::{Interp, PyResult};

/// Builds the Rust part of `hashlib`.
pub fn fill(_vm: &Interp, ns: &Namespace) -> PyResult<()> {
    super::toolkit::fill(
        ns,
        vec![(
            "_digest",
            crate::object::value::builtin("_digest", |vm, a| {
                let (Some(Value::Str(name)), Some(Value::Bytes(data))) =
                    (a.pos.first(), a.pos.get(1))
                else {
                    return Err(vm.type_error("_digest(name: str, data: bytes)"));
                };
                let out: Vec<u8> = match &**name {
                    "md5" => Md5::digest(data).to_vec(),
                    "sha1" => Sha1::digest(data).to_vec(),
                    "sha224" => Sha224::digest(data).to_vec(),
                    "sha256" => Sha256::digest(data).to_vec(),
                    "sha384" => Sha384::digest(data).to_vec(),
                    "sha512" => Sha512::digest(data).to_vec(),
                    other => {
                        return Err(vm.value_error(format!("unsupported hash type {other}")));
                    }
                };
                Ok(Value::Bytes(out.into()))
            }),
        )],
    );
    Ok(())
}
