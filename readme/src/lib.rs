//! The README's examples, compiled and run as doctests in a crate whose only dependency is
//! `identity-errors`, as a new user's project would be, and with every warning an error: an
//! example copied into a project must compile clean (rustdoc's usual `allow(unused)` is off).
#![doc(test(attr(deny(warnings))))]
#![doc = include_str!("../../README.md")]
