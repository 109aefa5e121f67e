//! Shared test helpers. Not every test module uses every helper.
#![allow(dead_code)]

pub mod cmd;

pub use cmd::*;
