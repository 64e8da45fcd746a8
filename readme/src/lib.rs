//! The README's examples, compiled and run as doctests in a crate whose only dependency is
//! `identity-errors`, as a new user's project would be.
#![doc = include_str!("../../README.md")]
